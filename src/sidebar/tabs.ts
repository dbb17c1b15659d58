/**
 * The "My list | Cohort" tabs: click, arrow keys, Home and End switch the panel; only the selected tab is in
 * the tab order, as the ARIA tabs pattern expects.
 */
import { byId } from './dom.ts';

const TABS = [
  { tab: 'tab-mine', panel: 'panel-mine' },
  { tab: 'tab-cohort', panel: 'panel-cohort' },
] as const;

/**
 * Shows one tab's panel and hides the others.
 *
 * @param index - which tab (0 = My list, 1 = Cohort)
 * @param focus - move keyboard focus to the tab
 * @returns nothing
 * @example
 * selectTab(1, false);
 */
export function selectTab(index: number, focus: boolean): void {
  TABS.forEach((entry, i) => {
    const tab = byId(entry.tab);
    const selected = i === index;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    byId(entry.panel).hidden = !selected;
    if (selected && focus) tab.focus();
  });
}

/**
 * Wires the tabs' click and arrow-key handlers; called once at start-up.
 *
 * @returns nothing
 * @example
 * wireTabs();
 */
export function wireTabs(): void {
  TABS.forEach((entry, i) => {
    const tab = byId(entry.tab);
    tab.addEventListener('click', () => selectTab(i, false));
    tab.addEventListener('keydown', (event) => {
      if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        selectTab(event.key === 'Home' ? 0 : TABS.length - 1, true);
        return;
      }
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      selectTab((i + step + TABS.length) % TABS.length, true);
    });
  });
}
