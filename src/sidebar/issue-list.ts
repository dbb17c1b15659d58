/**
 * The data-issues list: each issue is a button naming its sheet and cell, which selects that cell in the
 * spreadsheet when clicked; "and N more" follows when the server cut the list short.
 */
import type { Issue } from '../core/types.ts';
import { el } from './dom.ts';
import { formatCount } from './format.ts';

/** Called with the issue whose cell the user wants to see. */
export type SelectIssue = (issue: Issue) => void;

/**
 * Builds the issues block, or nothing when there are no issues.
 *
 * @param issues - the issues to list
 * @param more - the "and N more" text, or null
 * @param total - the full issue count, for the heading
 * @param onSelect - what clicking an issue does
 * @returns the block, or null when there are no issues
 * @example
 * renderIssues(view.issues, view.moreIssues, state.issueCount, selectIssueCell);
 */
export function renderIssues(
  issues: readonly Issue[],
  more: string | null,
  total: number,
  onSelect: SelectIssue,
): HTMLElement | null {
  if (issues.length === 0 && more === null) return null;
  const items = issues.map((issue) => {
    const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
    const button = el(
      'button',
      { type: 'button', class: 'issue', title: issue.cell ? `Go to ${where}` : undefined },
      el('span', { class: 'cell-ref' }, where),
      issue.message,
    );
    if (issue.cell) button.addEventListener('click', () => onSelect(issue));
    else button.disabled = true;
    return el('li', {}, button);
  });
  return el(
    'div',
    { class: 'issues-block' },
    el('h3', {}, `Data issues (${Math.max(total, issues.length)})`),
    el('p', { class: 'muted' }, 'Click an issue to go to its cell.'),
    el('ul', { class: 'issue-list' }, ...items),
    more ? el('p', { class: 'muted' }, more) : null,
  );
}

/**
 * A short sentence for a count of issues.
 *
 * @param count - how many issues
 * @returns e.g. `No data issues.` or `3 data issues.`
 * @example
 * issueSummary(1); // → '1 data issue.'
 */
export function issueSummary(count: number): string {
  return count === 0 ? 'No data issues.' : `${formatCount(count, 'data issue')}.`;
}
