/**
 * The Cohort tab: pick one applicant to open their list or share it with a mentor, or generate lists for
 * the whole cohort in batches with a progress bar, time left and Cancel.
 */
import type { ShareResult } from '../addon/api.ts';
import { COHORT_BATCH_SIZE, type CohortRunOutcome, type CohortRunUpdate, runCohort } from './cohort-run.ts';
import { byId, el, replaceChildren, safeHttpsUrl } from './dom.ts';
import { announce, clearError, showError, whileBusy } from './feedback.ts';
import { formatCount, formatTimeLeft } from './format.ts';
import { renderIssues, type SelectIssue } from './issue-list.ts';
import { renderPlan } from './plan-panel.ts';
import { progressLine } from './progress.ts';
import { callServer } from './server.ts';

let cancelRequested = false;
let selectIssue: SelectIssue = () => {};

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
}

async function openList(): Promise<void> {
  const applicant = byId<HTMLSelectElement>('cohort-applicant').value;
  const result = byId('cohort-result');
  try {
    const summary = await whileBusy(byId<HTMLButtonElement>('cohort-open-list'), 'Generating…', result, () =>
      callServer('generateList', { applicant }),
    );
    clearError();
    replaceChildren(result, renderPlan(summary, selectIssue));
    announce(`The list for ${summary.applicant} is ready in the ${summary.sheetName} sheet.`);
  } catch (error) {
    showError(error, () => void openList());
  }
}

function shareLink(result: ShareResult): Node {
  const url = safeHttpsUrl(result.url);
  if (!url)
    return document.createTextNode(
      `Shared "${result.fileName}", but the link it returned is not a safe address.`,
    );
  const link = el('a', {
    href: url,
    target: '_blank',
    rel: 'noopener noreferrer',
    'data-testid': 'cohort-share-link',
  });
  link.textContent = `Open "${result.fileName}"`;
  return el('span', { class: 'success' }, 'Shared. ', link, ' (opens in a new tab)');
}

async function share(): Promise<void> {
  const applicant = byId<HTMLSelectElement>('cohort-applicant').value;
  const emailInput = byId<HTMLInputElement>('cohort-share-email');
  const email = emailInput.value.trim();
  const output = byId('cohort-share-result');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    emailInput.setAttribute('aria-invalid', 'true');
    showError(new Error("Please type the mentor's email address, like name@example.org."));
    emailInput.focus();
    return;
  }
  emailInput.removeAttribute('aria-invalid');
  const role = byId<HTMLSelectElement>('cohort-share-role').value === 'viewer' ? 'viewer' : 'commenter';
  const includeScores = byId<HTMLInputElement>('cohort-share-scores').checked;
  try {
    const result = await whileBusy(byId<HTMLButtonElement>('cohort-share'), 'Sharing…', output, () =>
      callServer('shareList', { applicant, email, role, includeScores }),
    );
    clearError();
    replaceChildren(output, shareLink(result));
    announce(`Shared ${applicant}'s list with ${email}.`);
  } catch (error) {
    showError(error, () => void share());
  }
}

function showProgress(update: CohortRunUpdate): void {
  const bar = byId<HTMLProgressElement>('cohort-progress');
  bar.value = update.percent;
  bar.setAttribute('aria-valuetext', `${update.percent}%`);
  byId('cohort-progress-text').textContent = progressLine(
    update.done,
    update.total,
    formatTimeLeft(update.secondsLeft),
  );
}

function showOutcome(outcome: CohortRunOutcome): void {
  const seconds = Math.round(outcome.elapsedMillis / 1000);
  const headline =
    outcome.status === 'done'
      ? `Done: ${formatCount(outcome.total, 'applicant')} in ${formatCount(seconds, 'second')}. See the Cohort Summary and Cohort Lists sheets.`
      : `Stopped after ${outcome.done} of ${outcome.total} applicants. Generate again to start over.`;
  replaceChildren(
    byId('cohort-summary'),
    el('p', { class: outcome.status === 'done' ? 'success' : '' }, headline),
    renderIssues(
      outcome.issues,
      outcome.issueCount > outcome.issues.length
        ? `and ${outcome.issueCount - outcome.issues.length} more`
        : null,
      outcome.issueCount,
      selectIssue,
    ),
  );
  announce(headline);
}

async function generateCohort(): Promise<void> {
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
        batchSize: COHORT_BATCH_SIZE,
        now: () => Date.now(),
        isCancelled: () => cancelRequested,
        onBatch: showProgress,
      }),
    );
    clearError();
    showOutcome(outcome);
  } catch (error) {
    showError(error, () => void generateCohort());
  } finally {
    cancel.hidden = true;
  }
}

/**
 * Wires the Cohort tab's controls; called once at start-up.
 *
 * @param onSelect - what clicking an issue does
 * @returns nothing
 * @example
 * wireCohort(selectIssueCell);
 */
export function wireCohort(onSelect: SelectIssue): void {
  selectIssue = onSelect;
  byId('cohort-open-list').addEventListener('click', () => void openList());
  byId('cohort-share-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void share();
  });
  byId('cohort-generate').addEventListener('click', () => void generateCohort());
  byId<HTMLButtonElement>('cohort-cancel').addEventListener('click', (event) => {
    cancelRequested = true;
    const button = event.currentTarget as HTMLButtonElement;
    button.disabled = true;
    byId('cohort-progress-text').textContent += ' · stopping after this batch…';
    announce('Stopping after the current batch.');
  });
}
