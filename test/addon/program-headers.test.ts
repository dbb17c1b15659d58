/**
 * A Programs sheet whose minimum, visa and graduation-year columns have headers RadList does not know: each
 * such header is an issue naming its cell and the name to use, the plan's note on the absent column names it,
 * and the notes on absent columns reach the sidebar's issues (generateList and getState alike).
 */
import { describe, expect, it } from 'vitest';
import type { PlanSummary, StateResult } from '../../src/addon/api.ts';
import { openWorkbook, valuesOf } from './harness.ts';

const PROFILE = [
  ['Name', 'H'],
  ['Applicant type', 'US IMG'],
  ['Step 2 CK', 215],
  ['Needs visa', 'Yes'],
  ['Graduation year', 2015],
];
const PROGRAMS = [
  ['Program Name', 'State', 'Step 2 CK min req', 'Visa sponsorship needed?', 'Typical Step 2 CK'],
  ['A', 'OH', 230, 'None', 235],
  ['B', 'NY', 240, 'None', 245],
];

describe('unknown Programs headers near a column', () => {
  const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
  const reply = book.bundle.callServer('generateList', {});
  const summary = (reply as { result: PlanSummary }).result;
  const state = (book.bundle.callServer('getState') as { result: StateResult }).result;

  it('names each such header, its cell and the name to use', () => {
    expect(reply.ok).toBe(true);
    const c1 = summary.issues.find((issue) => issue.sheet === 'Programs' && issue.cell === 'C1');
    expect(c1?.message).toContain('rename it "Min Step 2 CK"');
    const d1 = summary.issues.find((issue) => issue.sheet === 'Programs' && issue.cell === 'D1');
    expect(d1?.message).toContain('rename it "Sponsors visa"');
  });

  it("says in the plan's note on the absent minimum column which column it did not recognise", () => {
    const plan = valuesOf(book, 'Application Plan').map((row) => row.join(' | '));
    const note = plan.find((line) => line.includes('no minimum-score column'));
    expect(note).toContain('Column C, "Step 2 CK min req", was not recognised');
  });

  it("lists the notes on absent columns among the sidebar's issues, after generating and before", () => {
    for (const issues of [summary.issues, state.issues]) {
      const notes = issues.filter((issue) => issue.message.startsWith('Your Programs sheet has no'));
      expect(notes.map((issue) => issue.cell)).toContain('A1');
      expect(notes.some((issue) => issue.message.includes('no minimum-score column'))).toBe(true);
      expect(notes.some((issue) => issue.message.includes('no Sponsors visa column'))).toBe(true);
    }
  });
});
