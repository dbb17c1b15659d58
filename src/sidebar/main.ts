/**
 * The sidebar's start-up: wires the page template (sidebar.html) to the server. Loads the data status,
 * runs "Set up sheets" and "Generate my list", switches between the "My list" and "Cohort" tabs, and
 * selects an issue's cell on click. After every action that changes the workbook the "Your data" panel is
 * read again, so it never shows the state from before. Cohort actions live in cohort-panel.ts.
 */
import type { StateResult } from '../addon/api.ts';
import type { Issue } from '../core/types.ts';
import { showCohort, wireCohort } from './cohort-panel.ts';
import { byId, replaceChildren } from './dom.ts';
import { failureCode, recoveryFor } from './errors.ts';
import { announce, clearError, showError, whileBusy, wireErrorBox } from './feedback.ts';
import { showOutcomesState, wireOutcomes } from './outcomes-panel.ts';
import { renderPlan } from './plan-panel.ts';
import { callServer } from './server.ts';
import { renderStatus } from './status-panel.ts';
import { wireTabs } from './tabs.ts';

/** Selects the cell an issue names; a failure is shown but not retried. */
function selectIssueCell(issue: Issue): void {
  callServer('selectCell', { sheet: issue.sheet, cell: issue.cell }).then(
    () => announce(`Selected ${issue.sheet}!${issue.cell}.`),
    (error: unknown) => showError(error),
  );
}

function applyState(state: StateResult): void {
  renderStatus(state, selectIssueCell);
  showCohort(state.cohort);
  showOutcomesState(state);
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
      result.created.length > 0
        ? `Created ${result.created.join(', ')}.`
        : 'All input sheets were already there.',
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
    const state = await loadState();
    replaceChildren(result, renderPlan(summary, selectIssueCell, state?.issues ?? null));
    announce(`Your list is ready in the ${summary.sheetName} sheet.`);
  } catch (error) {
    await reportFailure(error, () => void generateMyList());
  }
}

function start(): void {
  wireErrorBox(() => void setUpSheets());
  wireTabs();
  wireCohort({ onSelect: selectIssueCell, refreshState: () => loadState(), reportFailure });
  wireOutcomes({ onSelect: selectIssueCell, reportFailure });
  byId('refresh-state').addEventListener('click', () => void loadState());
  byId('setup-sheets').addEventListener('click', () => void setUpSheets());
  byId('generate-list').addEventListener('click', () => void generateMyList());
  void loadState();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
