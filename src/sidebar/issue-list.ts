/**
 * The one data-issues list: each issue is a button naming its sheet and cell, which selects that cell in
 * the spreadsheet when clicked. The first few are listed; the rest open under "and N more" (a native
 * disclosure, so the list grows with the sidebar instead of scrolling inside it).
 */
import type { Issue } from '../core/types.ts';
import { el } from './dom.ts';
import type { IssueListView, IssueRow } from './issue-view.ts';

/** Called with the issue whose cell the user wants to see. */
export type SelectIssue = (issue: Issue) => void;

function issueItem(row: IssueRow, onSelect: SelectIssue): HTMLElement {
  const button = el(
    'button',
    { type: 'button', class: 'issue', title: row.canSelect ? `Go to ${row.where}` : undefined },
    el('span', { class: 'cell-ref' }, row.where),
    row.issue.message,
  );
  if (row.canSelect) button.addEventListener('click', () => onSelect(row.issue));
  else button.disabled = true;
  return el('li', {}, button);
}

/**
 * Builds the issues block, or nothing when there are no issues.
 *
 * @param view - what to list (see `buildIssueListView`), or null
 * @param onSelect - what clicking an issue does
 * @returns the block, or null when there is nothing to list
 * @example
 * renderIssues(buildIssueListView(state.issues, state.issueCount), selectIssueCell);
 */
export function renderIssues(view: IssueListView | null, onSelect: SelectIssue): HTMLElement | null {
  if (!view) return null;
  const rest =
    view.rest.length > 0 && view.restLabel
      ? el(
          'details',
          { class: 'more-issues' },
          el('summary', {}, view.restLabel),
          el('ul', { class: 'issue-list' }, ...view.rest.map((row) => issueItem(row, onSelect))),
          view.notListed ? el('p', { class: 'muted' }, view.notListed) : null,
        )
      : null;
  return el(
    'div',
    { class: 'issues-block', 'data-testid': 'issues-block' },
    el('h3', {}, view.heading),
    view.first.some((row) => row.canSelect)
      ? el('p', { class: 'muted' }, 'Click an issue to go to its cell.')
      : null,
    el('ul', { class: 'issue-list' }, ...view.first.map((row) => issueItem(row, onSelect))),
    rest,
    !rest && view.notListed ? el('p', { class: 'muted' }, view.notListed) : null,
  );
}
