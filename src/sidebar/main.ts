/**
 * The sidebar's start-up: wires the page template (sidebar.html) to the server. Loads the data status,
 * runs "Set up sheets" and "Generate my list", switches between the "My list" and "Cohort" tabs, and
 * selects an issue's cell on click. Cohort actions live in cohort-panel.ts.
 */
import type { StateResult } from '../addon/api.ts';
import type { Issue } from '../core/types.ts';
import { showCohort, wireCohort } from './cohort-panel.ts';
import { byId, replaceChildren } from './dom.ts';
import { announce, clearError, showError, whileBusy, wireErrorBox } from './feedback.ts';
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
}

async function loadState(): Promise<void> {
  const status = byId('status');
  status.setAttribute('aria-busy', 'true');
  try {
    applyState(await callServer('getState'));
    clearError();
  } catch (error) {
    status.setAttribute('aria-busy', 'false');
    showError(error, () => void loadState());
  }
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
    replaceChildren(result, renderPlan(summary, selectIssueCell));
    announce(`Your list is ready in the ${summary.sheetName} sheet.`);
  } catch (error) {
    showError(error, () => void generateMyList());
  }
}

function start(): void {
  wireErrorBox();
  wireTabs();
  wireCohort(selectIssueCell);
  byId('refresh-state').addEventListener('click', () => void loadState());
  byId('setup-sheets').addEventListener('click', () => void setUpSheets());
  byId('generate-list').addEventListener('click', () => void generateMyList());
  void loadState();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
