/** Tests for what the one data-issues list shows (src/sidebar/issue-view.ts). */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/types.ts';
import {
  buildIssueListView,
  ISSUES_SHOWN_FIRST,
  issuesNotListed,
  listedAboveNote,
} from '../../src/sidebar/issue-view.ts';

function makeIssues(count: number): Issue[] {
  return Array.from({ length: count }, (_, i) => ({
    sheet: 'Programs',
    row: i + 2,
    column: 6,
    cell: `F${i + 2}`,
    message: 'expected a score',
  }));
}

describe('buildIssueListView', () => {
  it('is null when there are no issues', () => {
    expect(buildIssueListView([], 0)).toBeNull();
  });

  it.each([
    // sent, total, first, rest, restLabel, notListed starts
    [1, 1, 1, 0, null, null],
    [ISSUES_SHOWN_FIRST, ISSUES_SHOWN_FIRST, ISSUES_SHOWN_FIRST, 0, null, null],
    [ISSUES_SHOWN_FIRST + 1, ISSUES_SHOWN_FIRST + 1, ISSUES_SHOWN_FIRST, 1, 'and 1 more', null],
    [200, 200, ISSUES_SHOWN_FIRST, 200 - ISSUES_SHOWN_FIRST, `and ${200 - ISSUES_SHOWN_FIRST} more`, null],
    [
      200,
      201,
      ISSUES_SHOWN_FIRST,
      200 - ISSUES_SHOWN_FIRST,
      `and ${201 - ISSUES_SHOWN_FIRST} more`,
      '1 more is not listed here.',
    ],
    [3, 5, 3, 0, 'and 2 more', '2 more are not listed here.'],
    [
      ISSUES_SHOWN_FIRST,
      8,
      ISSUES_SHOWN_FIRST,
      0,
      `and ${8 - ISSUES_SHOWN_FIRST} more`,
      `${8 - ISSUES_SHOWN_FIRST} more`,
    ],
    [0, 4, 0, 0, 'and 4 more', '4 more are not listed here.'],
  ])(
    'with %s sent of %s lists %s first and %s behind "%s"',
    (sent, total, first, rest, restLabel, notListed) => {
      const view = buildIssueListView(makeIssues(sent), total)!;
      expect([view.first.length, view.rest.length, view.restLabel]).toEqual([first, rest, restLabel]);
      if (notListed === null) expect(view.notListed).toBeNull();
      else expect(view.notListed?.startsWith(notListed)).toBe(true);
      expect(view.heading).toBe(`Data issues (${Math.max(sent, total)})`);
    },
  );

  it('keeps every sent issue exactly once, in order', () => {
    const issues = makeIssues(37);
    const view = buildIssueListView(issues, 37)!;
    expect([...view.first, ...view.rest].map((row) => row.issue)).toEqual(issues);
  });

  it.each([
    [{ sheet: 'Programs', row: 7, column: 6, cell: 'F7', message: 'm' }, 'Programs!F7', true],
    [{ sheet: 'Settings', row: 0, column: 0, cell: '', message: 'm' }, 'Settings', false],
  ])('names where %j is as %s (selectable: %s)', (issue, where, canSelect) => {
    expect(buildIssueListView([issue], 1)!.first[0]).toEqual({ issue, where, canSelect });
  });
});

describe('issuesNotListed', () => {
  const a = { sheet: 'Programs', row: 7, column: 6, cell: 'F7', message: 'expected a score' };
  const b = { sheet: 'Programs', row: 8, column: 6, cell: 'F8', message: 'expected a score' };
  const c = { sheet: 'Programs', row: 7, column: 6, cell: 'F7', message: 'expected a year' };

  it.each([
    [[a, b, c], [], [a, b, c]],
    [[a, b, c], [a], [b, c]],
    [[a, b], [{ ...b }, a], []],
    [[], [a], []],
  ])('keeps from %j those not in %j', (issues, listed, kept) => {
    expect(issuesNotListed(issues, listed)).toEqual(kept);
  });
});

describe('listedAboveNote', () => {
  it.each([
    [0, null],
    [-1, null],
    [1, '1 data issue is listed under "Your data" above.'],
    [12, '12 data issues are listed under "Your data" above.'],
  ])('says %s as %j', (count, note) => {
    expect(listedAboveNote(count)).toBe(note);
  });
});
