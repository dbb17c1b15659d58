/**
 * What the sidebar says after "Save outcomes": how many applications went to the `Outcomes` sheet for which
 * cycle, what was left out because it is still waiting (and how to save those once the season is over), and
 * the cycle the form starts with (the Settings `Cycle year` in force). Pure strings; the DOM code places them.
 */
import type { SaveOutcomesResult, StateResult } from '../addon/api.ts';
import { formatCount } from './format.ts';

export interface OutcomesView {
  /** `Saved 12 applications of 2026 to the Outcomes sheet.` */
  sentence: string;
  /** What was left out and why, or null. */
  waiting: string | null;
  /** What to do next, in plain words. */
  next: string;
}

/**
 * Builds the confirmation of a save.
 *
 * @param result - what `saveOutcomes` returned
 * @returns the sentences to show
 * @example
 * buildOutcomesView({ rows: 12, cycle: 2026, final: false, waiting: 3, … }).waiting
 * // → '3 applications still Applied were left out: …'
 */
export function buildOutcomesView(result: SaveOutcomesResult): OutcomesView {
  const replaced =
    result.replaced + result.emptied > 0 ? ` (RadList's earlier rows of ${result.cycle} replaced)` : '';
  return {
    sentence: `Saved ${formatCount(result.rows, 'application')} of ${result.cycle} to the Outcomes sheet${replaced}.`,
    waiting:
      result.waiting > 0
        ? `${formatCount(result.waiting, 'application')} still "Applied" ${result.waiting === 1 ? 'was' : 'were'} left out: when the season is over, tick "The season is over" and save again to count them as not invited.`
        : null,
    next: 'Generate a list to fit the chance model to your outcomes (see the Model sheet).',
  };
}

/**
 * The cycle the form starts with: the Settings `Cycle year` in force.
 *
 * @param state - what `getState` returned
 * @returns the year, or null when the state does not say
 */
export function cycleOf(state: StateResult): number | null {
  const found = state.settings.find((setting) => setting.label === 'Cycle year');
  return found && Number.isInteger(found.value) ? found.value : null;
}
