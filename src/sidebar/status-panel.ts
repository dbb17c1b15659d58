/**
 * The "Your data" panel: which input sheets exist, the Profile applicant, how many programs, what is
 * missing (with the Set up sheets offer) and the data issues.
 */
import type { StateResult } from '../addon/api.ts';
import { byId, el, replaceChildren } from './dom.ts';
import { renderIssues, type SelectIssue } from './issue-list.ts';
import { buildStatusView } from './view-model.ts';

/**
 * Shows a `getState` result in the status panel.
 *
 * @param state - what `getState` returned
 * @param onSelect - what clicking an issue does
 * @returns nothing
 * @example
 * renderStatus(state, selectIssueCell);
 */
export function renderStatus(state: StateResult, onSelect: SelectIssue): void {
  const view = buildStatusView(state);
  const sheetChips = view.sheets.map((sheet) =>
    el(
      'li',
      { class: sheet.present ? 'present' : 'absent' },
      el('span', { class: 'sr-only' }, sheet.label),
      el('span', { 'aria-hidden': 'true' }, `${sheet.present ? '✓' : '✗'} ${sheet.name}`),
    ),
  );
  replaceChildren(
    byId('status-body'),
    el('ul', { class: 'sheets', 'aria-label': 'Input sheets' }, ...sheetChips),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, 'Applicant'),
      el('dd', { 'data-testid': 'status-applicant' }, view.applicant),
      el('dt', {}, 'Programs'),
      el('dd', { 'data-testid': 'status-programs' }, view.programs),
      view.cohort ? el('dt', {}, 'Cohort') : null,
      view.cohort ? el('dd', { 'data-testid': 'status-cohort' }, view.cohort) : null,
    ),
  );
  byId('setup').hidden = !view.offerSetup;
  replaceChildren(
    byId('missing'),
    ...(view.missing.length > 0
      ? view.missing.map((sentence) => el('li', {}, sentence))
      : [el('li', {}, 'Some input sheets are not there yet.')]),
  );
  replaceChildren(byId('issues'), renderIssues(view.issues, onSelect));
  byId('status').setAttribute('aria-busy', 'false');
}
