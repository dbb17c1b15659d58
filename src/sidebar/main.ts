/**
 * The sidebar's start-up: wires the page template (sidebar.html) to the server. Opens on the tab the server
 * wrote into the page (`data-start-tab`: the menu's "Generate cohort lists" opens the Cohort tab), loads the
 * data status, runs "Set up sheets" and "Generate my list", shares the applicant's own list, fills the
 * "How RadList decides" panel with the settings in force, and selects an issue's cell on click. After every
 * action the "Your data" panel is read again, and a result made from data that has changed since says so,
 * so nothing on screen shows the state from before. Cohort actions live in cohort-panel.ts.
 */
import { SITE } from '../../listing/site.ts';
import type { StateResult } from '../addon/api.ts';
import type { Issue } from '../core/types.ts';
import { showCohort, wireCohort } from './cohort-panel.ts';
import { byId, el, replaceChildren } from './dom.ts';
import { failureCode, recoveryFor } from './errors.ts';
import { announce, clearError, showError, whileBusy, wireErrorBox } from './feedback.ts';
import { showOutcomesState, wireOutcomes } from './outcomes-panel.ts';
import { renderPlan } from './plan-panel.ts';
import { callServer } from './server.ts';
import { wireShare } from './share-panel.ts';
import { renderStatus } from './status-panel.ts';
import { selectTab, wireTabs } from './tabs.ts';
import { dataFingerprint } from './view-model.ts';

/** The last state read, and the data the shown result was made from (null: no result shown). */
let lastState: StateResult | null = null;
let resultBasis: string | null = null;
let updateSharePreview: () => void = () => {};

/** Selects the cell an issue names; a failure is shown but not retried. */
function selectIssueCell(issue: Issue): void {
  callServer('selectCell', { sheet: issue.sheet, cell: issue.cell }).then(
    () => announce(`Selected ${issue.sheet}!${issue.cell}.`),
    (error: unknown) => showError(error),
  );
}

/** Fills the help panel's figures from the settings in force (labels as the Settings sheet shows them). */
function showSettingsInHelp(state: StateResult): void {
  for (const span of document.querySelectorAll<HTMLElement>('[data-setting]')) {
    const setting = state.settings.find((s) => s.label === span.dataset.setting);
    if (setting) span.textContent = String(setting.value);
  }
}

function applyState(state: StateResult): void {
  lastState = state;
  renderStatus(state, selectIssueCell);
  showCohort(state.cohort);
  showOutcomesState(state);
  showSettingsInHelp(state);
  byId('result-stale').hidden = resultBasis === null || resultBasis === dataFingerprint(state);
  updateSharePreview();
}

/**
 * Reads the workbook's state again and shows it.
 *
 * @param keepError - leave the alert box as it is (when a failure is about to be shown)
 * @returns the new state, or null when it could not be read (the failure is shown)
 */
async function loadState(keepError = false): Promise<StateResult | null> {
  const status = byId('status');
  status.setAttribute('aria-busy', 'true');
  try {
    const state = await callServer('getState');
    applyState(state);
    if (!keepError) clearError();
    return state;
  } catch (error) {
    status.setAttribute('aria-busy', 'false');
    showError(error, () => void loadState());
    return null;
  }
}

/** Shows a failure; when input sheets are missing, first re-reads the state so the panel says what. */
async function reportFailure(error: unknown, retry: () => void): Promise<void> {
  if (recoveryFor(failureCode(error)) === 'set-up-sheets') await loadState(true);
  showError(error, retry);
}

async function setUpSheets(): Promise<void> {
  const button = byId<HTMLButtonElement>('setup-sheets');
  const withSamples = byId<HTMLInputElement>('setup-samples').checked;
  try {
    const result = await whileBusy(button, 'Setting up…', byId('status'), () =>
      callServer('setupSheets', { withSamples }),
    );
    clearError();
    announce(
      (result.created.length > 0
        ? `Created ${result.created.join(', ')}.`
        : 'All input sheets were already there.') +
        (result.renameFirst ? ` ${result.renameFirst.join(' ')}` : ''),
    );
    await loadState();
  } catch (error) {
    showError(error, () => void setUpSheets());
  }
}

async function generateMyList(): Promise<void> {
  const button = byId<HTMLButtonElement>('generate-list');
  const result = byId('result');
  try {
    const summary = await whileBusy(button, 'Generating your list…', result, () =>
      callServer('generateList', {}),
    );
    clearError();
    resultBasis = null;
    const state = await loadState();
    resultBasis = state ? dataFingerprint(state) : null;
    byId('result-stale').hidden = true;
    replaceChildren(result, renderPlan(summary, selectIssueCell, state?.issues ?? null));
    result.querySelector<HTMLElement>('h2')?.focus();
    announce(`Your list is ready in the ${summary.sheetName} sheet.`);
  } catch (error) {
    await reportFailure(error, () => void generateMyList());
  }
}

/** The help panel's links to the documentation pages (docs/chance-model.md and docs/scoring.md, published). */
function wireHelp(): void {
  const link = (testId: string, page: string, text: string) =>
    el(
      'a',
      { href: `${SITE}/${page}`, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testId },
      text,
    );
  replaceChildren(
    byId('help-links'),
    'More detail: ',
    link('help-chance-link', 'chance-model', 'how Chance is worked out'),
    ' and ',
    link('help-ranking-link', 'scoring', 'how programs are ranked'),
    ' (each opens in a new tab).',
  );
}

function start(): void {
  wireErrorBox(() => void setUpSheets());
  wireTabs();
  wireHelp();
  wireCohort({ onSelect: selectIssueCell, refreshState: () => loadState(), reportFailure });
  wireOutcomes({
    onSelect: selectIssueCell,
    reportFailure,
    // Saved outcomes can change the chance model, so a list shown from before may be out of date.
    afterSave: async () => {
      if (resultBasis !== null) resultBasis = 'outcomes saved since';
      await loadState();
    },
  });
  updateSharePreview = wireShare({
    prefix: 'mine',
    applicantName: () => lastState?.applicant?.name ?? '',
    applicant: () => undefined,
    refreshState: () => loadState(),
    reportFailure,
  });
  byId('refresh-state').addEventListener('click', () => void loadState());
  byId('setup-sheets').addEventListener('click', () => void setUpSheets());
  byId('generate-list').addEventListener('click', () => void generateMyList());
  if (document.body.dataset.startTab === 'cohort') {
    selectTab(1, false);
    byId('cohort-from-menu').hidden = false;
  }
  void loadState();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
