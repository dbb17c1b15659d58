/**
 * The Cohort tab: pick one applicant to open their list or share it with a mentor, or generate lists for
 * the whole cohort in batches with a progress bar, time left and Cancel. After each success the "Your
 * data" panel is read again (through the hooks main.ts passes in), and issues it lists are not repeated.
 */
import type { StateResult } from '../addon/api.ts';
import { type CohortRunOutcome, type CohortRunUpdate, runCohort } from './cohort-run.ts';
import { byId, el, replaceChildren } from './dom.ts';
import { announce, clearError, whileBusy } from './feedback.ts';
import { renderIssues, type SelectIssue } from './issue-list.ts';
import { buildIssueListView, issuesNotListed, listedAboveNote } from './issue-view.ts';
import { renderPlan } from './plan-panel.ts';
import { cohortHeadline, progressLine, progressPercent } from './progress.ts';
import { callServer } from './server.ts';
import { wireShare } from './share-panel.ts';
import { leftAloneNote } from './view-model.ts';

/** What the Cohort tab needs from the rest of the sidebar. */
export interface CohortHooks {
  /** What clicking an issue does. */
  onSelect: SelectIssue;
  /** Reads the state again and shows it; null when it could not be read. */
  refreshState: () => Promise<StateResult | null>;
  /** Shows a failure with the right button ("Set up sheets" or "Try again"). */
  reportFailure: (error: unknown, retry: () => void) => Promise<void>;
}

let cancelRequested = false;
/** Redraws the share preview for the applicant picked. */
let updateSharePreview: () => void = () => {};
let hooks: CohortHooks = {
  onSelect: () => {},
  refreshState: async () => null,
  reportFailure: async () => {},
};

/**
 * Fills the applicant picker from `getState`'s cohort names, keeping the current choice when it is still there.
 *
 * @param names - cohort applicant names, in sheet order
 * @returns nothing
 * @example
 * showCohort(state.cohort);
 */
export function showCohort(names: readonly string[]): void {
  const picker = byId<HTMLSelectElement>('cohort-applicant');
  const previous = picker.value;
  replaceChildren(picker, ...names.map((name) => el('option', { value: name }, name)));
  if (names.includes(previous)) picker.value = previous;
  const hasCohort = names.length > 0;
  byId('cohort-empty').hidden = hasCohort;
  byId('cohort-one').hidden = !hasCohort;
  byId('cohort-all').hidden = !hasCohort;
  updateSharePreview();
}

async function openList(): Promise<void> {
  const applicant = byId<HTMLSelectElement>('cohort-applicant').value;
  const result = byId('cohort-result');
  try {
    const summary = await whileBusy(byId<HTMLButtonElement>('cohort-open-list'), 'Generating…', result, () =>
      callServer('generateList', { applicant }),
    );
    clearError();
    const state = await hooks.refreshState();
    replaceChildren(result, renderPlan(summary, hooks.onSelect, state?.issues ?? null));
    announce(`The list for ${summary.applicant} is ready in the ${summary.sheetName} sheet.`);
  } catch (error) {
    await hooks.reportFailure(error, () => void openList());
  }
}

function showProgress(update: CohortRunUpdate, finished = false): void {
  const bar = byId<HTMLProgressElement>('cohort-progress');
  bar.value = update.percent;
  bar.setAttribute('aria-valuetext', `${update.percent}%`);
  byId('cohort-progress-text').textContent = progressLine(
    update.done,
    update.total,
    update.secondsLeft,
    finished,
  );
}

function showOutcome(outcome: CohortRunOutcome, state: StateResult | null): void {
  const headline = cohortHeadline(outcome);
  const percent = progressPercent(outcome.done, outcome.total);
  showProgress({ done: outcome.done, total: outcome.total, percent, secondsLeft: 0 }, true);
  const own = state ? issuesNotListed(outcome.issues, state.issues) : outcome.issues;
  const ownTotal = state ? own.length : outcome.issueCount;
  const note = state
    ? listedAboveNote(Math.max(outcome.issueCount, outcome.issues.length) - own.length)
    : null;
  replaceChildren(
    byId('cohort-summary'),
    el('p', { class: outcome.status === 'done' ? 'success' : '' }, headline),
    outcome.leftAlone.length > 0
      ? el('p', { class: 'notice', 'data-testid': 'cohort-left-alone' }, leftAloneNote(outcome.leftAlone))
      : null,
    note ? el('p', { class: 'muted' }, note) : null,
    renderIssues(buildIssueListView(own, ownTotal), hooks.onSelect),
  );
  announce(headline);
}

async function generateCohort(): Promise<void> {
  byId('cohort-from-menu').hidden = true;
  const cancel = byId<HTMLButtonElement>('cohort-cancel');
  const summary = byId('cohort-summary');
  cancelRequested = false;
  cancel.hidden = false;
  cancel.disabled = false;
  byId('cohort-progress-box').hidden = false;
  replaceChildren(summary);
  showProgress({ done: 0, total: 0, percent: 0, secondsLeft: null });
  byId('cohort-progress-text').textContent = 'Starting…';
  try {
    const outcome = await whileBusy(byId<HTMLButtonElement>('cohort-generate'), 'Generating…', summary, () =>
      runCohort({
        callBatch: (args) => callServer('generateCohort', args),
        now: () => Date.now(),
        isCancelled: () => cancelRequested,
        onBatch: showProgress,
      }),
    );
    clearError();
    showOutcome(outcome, await hooks.refreshState());
  } catch (error) {
    await hooks.reportFailure(error, () => void generateCohort());
  } finally {
    cancel.hidden = true;
  }
}

/**
 * Wires the Cohort tab's controls; called once at start-up.
 *
 * @param cohortHooks - issue clicks, the state refresh and failure reporting from main.ts
 * @returns nothing
 * @example
 * wireCohort({ onSelect: selectIssueCell, refreshState: () => loadState(), reportFailure });
 */
export function wireCohort(cohortHooks: CohortHooks): void {
  hooks = cohortHooks;
  byId('cohort-open-list').addEventListener('click', () => void openList());
  const picker = byId<HTMLSelectElement>('cohort-applicant');
  updateSharePreview = wireShare({
    prefix: 'cohort',
    applicantName: () => picker.value,
    applicant: () => picker.value,
    refreshState: () => hooks.refreshState(),
    reportFailure: (error, retry) => hooks.reportFailure(error, retry),
  });
  picker.addEventListener('change', () => updateSharePreview());
  byId('cohort-generate').addEventListener('click', () => void generateCohort());
  byId<HTMLButtonElement>('cohort-cancel').addEventListener('click', (event) => {
    cancelRequested = true;
    const button = event.currentTarget as HTMLButtonElement;
    button.disabled = true;
    byId('cohort-progress-text').textContent += ' · stopping after this batch…';
    announce('Stopping after the current batch.');
  });
}
