/**
 * What the one data-issues list shows, decided without the DOM: the first few issues, the rest behind an
 * "and N more" disclosure (so the sidebar never nests a scroll box), a note for issues the server left
 * out, and which issues a result panel should skip because the "Your data" panel already lists them.
 */
import type { Issue } from '../core/types.ts';
import { formatCount } from './format.ts';

/** Issues listed before the "and N more" disclosure. */
export const ISSUES_SHOWN_FIRST = 5;

export interface IssueRow {
  issue: Issue;
  /** `Programs!F7`, or the sheet alone when the issue names no cell. */
  where: string;
  /** False when there is no cell to go to. */
  canSelect: boolean;
}

export interface IssueListView {
  /** e.g. `Data issues (12)`. */
  heading: string;
  first: IssueRow[];
  /** Issues the server sent beyond the first few, shown when the user opens "and N more". */
  rest: IssueRow[];
  /** The disclosure's label, e.g. `and 190 more`; null when everything is in `first`. */
  restLabel: string | null;
  /** Issues the server counted but did not send, e.g. `and 15 more not listed here…`; null when none. */
  notListed: string | null;
}

function issueRow(issue: Issue): IssueRow {
  return {
    issue,
    where: issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet,
    canSelect: Boolean(issue.cell),
  };
}

/**
 * Builds the issues list: the first few, the rest behind "and N more", and how many were not sent.
 *
 * @param issues - the issues the server sent
 * @param total - how many there are in all (the server sends at most 200)
 * @param shownFirst - how many to list before the disclosure
 * @returns the view, or null when there are no issues at all
 * @example
 * buildIssueListView(state.issues, state.issueCount)?.restLabel; // → 'and 195 more' (200 sent, 5 first)
 */
export function buildIssueListView(
  issues: readonly Issue[],
  total: number,
  shownFirst = ISSUES_SHOWN_FIRST,
): IssueListView | null {
  const count = Math.max(total, issues.length);
  if (count === 0) return null;
  const rows = issues.map(issueRow);
  const first = rows.slice(0, shownFirst);
  const rest = rows.slice(shownFirst);
  const unsent = count - issues.length;
  const hidden = count - first.length;
  return {
    heading: `Data issues (${count})`,
    first,
    rest,
    restLabel: hidden > 0 ? `and ${hidden} more` : null,
    notListed:
      unsent > 0
        ? `${unsent} more ${unsent === 1 ? 'is' : 'are'} not listed here. Fix the ones above, then press Refresh to see them.`
        : null,
  };
}

function issueKey(issue: Issue): string {
  return `${issue.sheet}\u0000${issue.cell}\u0000${issue.message}`;
}

/**
 * The issues not already in another list (same sheet, cell and message).
 *
 * @param issues - the issues a result brought
 * @param listed - the issues already shown elsewhere (the "Your data" panel)
 * @returns the issues of `issues` missing from `listed`, in their order
 * @example
 * issuesNotListed(summary.issues, state.issues); // → e.g. the live-highlight warning only
 */
export function issuesNotListed(issues: readonly Issue[], listed: readonly Issue[]): Issue[] {
  const seen = new Set(listed.map(issueKey));
  return issues.filter((issue) => !seen.has(issueKey(issue)));
}

/**
 * The line a result shows instead of repeating issues the "Your data" panel lists.
 *
 * @param count - how many of the result's issues are listed there
 * @returns e.g. `3 data issues are listed under "Your data" above.`, or null for 0
 * @example
 * listedAboveNote(1); // → '1 data issue is listed under "Your data" above.'
 */
export function listedAboveNote(count: number): string | null {
  if (!(count > 0)) return null;
  return `${formatCount(count, 'data issue')} ${count === 1 ? 'is' : 'are'} listed under "Your data" above.`;
}
