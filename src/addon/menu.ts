/**
 * The add-on menu and the sidebar. `onOpen` runs in `AuthMode.NONE` before the user authorizes the add-on,
 * so it only builds the menu: it reads no sheet, property or service that needs authorization.
 */
import { formatDollars } from '../core/money.ts';
import { readFailure } from './api.ts';
import { messageOf } from './errors.ts';
import { runAction } from './execution.ts';
import { generateList } from './generate-list.ts';
import { setupSheets } from './setup-sheets.ts';

/** Adds the RadList menu (Extensions → RadList). */
export function onOpen(_event?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open RadList', 'showSidebar')
    .addSeparator()
    .addItem('Set up sheets', 'menuSetUpSheets')
    .addItem('Generate my list', 'menuGenerateList')
    .addItem('Generate cohort lists', 'menuGenerateCohort')
    .addToUi();
}

/** Runs when the add-on is installed: the same menu, at once. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

/** The sidebar's tabs; the page opens on the one named in its body's `data-start-tab`. */
export type SidebarTab = 'mine' | 'cohort';

/** The start tab as the page template (src/sidebar/sidebar.html) writes it. */
const DEFAULT_TAB_ATTRIBUTE = 'data-start-tab="mine"';

/**
 * Opens the sidebar on a tab: the tab is written into the page (its body's `data-start-tab`), so the page
 * opens there without asking the server.
 *
 * @param tab - `mine` (My list) or `cohort`
 */
export function openSidebar(tab: SidebarTab): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('RadList');
  if (tab !== 'mine') {
    html.setContent(html.getContent().replace(DEFAULT_TAB_ATTRIBUTE, `data-start-tab="${tab}"`));
  }
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Opens the sidebar (on My list). */
export function showSidebar(): void {
  openSidebar('mine');
}

function tell(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}

/** Tells a failure in an alert: its message without the code the sidebar uses. */
function tellFailure(error: unknown): void {
  tell(readFailure(messageOf(error)).message);
}

/** Menu: creates the missing input sheets (without sample data). */
export function menuSetUpSheets(): void {
  try {
    const result = setupSheets({ withSamples: false });
    tell(
      (result.created.length > 0
        ? `Created: ${result.created.join(', ')}. Sheets that already existed were not changed.`
        : 'All RadList sheets already exist; nothing was changed.') +
        (result.renameFirst ? ` ${result.renameFirst.join(' ')}` : ''),
    );
  } catch (error) {
    tellFailure(error);
  }
}

/** Menu: writes the Profile applicant's list and plan. */
export function menuGenerateList(): void {
  try {
    const plan = generateList({});
    const pgyOne = plan.pgyOne.recommended > 0 ? ', with the PGY-1 applications' : '';
    tell(
      `${plan.sheetName} is ready: ${plan.applyCount} programs marked Apply out of ${plan.recommended} recommended ` +
        `(ERAS cost ${formatDollars(plan.erasCost + plan.pgyOne.erasCost)}${pgyOne}). ` +
        `See ${plan.planSheetName ?? 'the plan'} for what to do next.` +
        (plan.leftAlone.length > 0
          ? ` RadList did not write over ${plan.leftAlone.map((name) => `"${name}"`).join(' or ')}, which it did not make.`
          : ''),
    );
  } catch (error) {
    tellFailure(error);
  }
}

/**
 * Menu: cohort lists run in batches with progress, which the sidebar drives, so this opens the sidebar on
 * its Cohort tab; the run starts when the user presses Generate cohort lists there.
 */
export function menuGenerateCohort(): void {
  runAction('open the sidebar', () => openSidebar('cohort'));
}
