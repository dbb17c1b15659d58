/** Tests for how a later cohort batch lands in the sheets written so far (src/sheets/cohort-batch.ts). */
import { describe, expect, it } from 'vitest';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import { listsTailStart, sameHeader, summaryAfterBatch } from '../../src/sheets/cohort-batch.ts';
import { COHORT_SUMMARY_COLUMNS, type CohortSummaryRow } from '../../src/sheets/write-cohort.ts';

function row(applicant: string, recommended = 60): CohortSummaryRow {
  return {
    applicant,
    stepTwoScore: 225,
    tier: 'Mildly low',
    recommended,
    counts: { Reach: 1, Target: 1, Safety: 1, 'Below minimum': 0, 'Not eligible': 0 },
    eligible: 3,
    dualApply: 'Not needed',
    erasCost: 330,
    expectedInterviews: 3.2,
    chanceOfTarget: 4,
    atRisk: true,
    topPrograms: [],
    issues: [],
  };
}

describe('summaryAfterBatch', () => {
  it('replaces the batch’s applicants where they stood and appends new ones', () => {
    const first = summaryAfterBatch(null, [row('Ana'), row('Ben')]);
    const next = summaryAfterBatch(first.values, [row('ben', 80), row('Cy')]);
    const recommended = COHORT_SUMMARY_COLUMNS.indexOf('Recommended');
    expect(next.values.map((r) => [r[0], r[recommended]])).toEqual([
      ['Applicant', 'Recommended'],
      ['Ana', 60],
      ['ben', 80],
      ['Cy', 60],
    ]);
    expect(next.backgrounds).toHaveLength(next.values.length);
  });
});

describe('listsTailStart', () => {
  const column = [['Applicant'], ['Ana'], ['Ana'], ['Ben'], [''], [KEPT_SEPARATOR], ['Old']];

  it.each([
    ['a new batch, at the end of the listed rows', ['Cy'], 5],
    ['a retried batch, at its own rows', ['ben'], 4],
    ['no tail, one past the last row', ['Cy'], 4, [['Applicant'], ['Ana'], ['Ben']]],
  ])('starts %s', (_case, batch, start, values = column) => {
    expect(listsTailStart(values as unknown[][], batch as string[])).toBe(start);
  });
});

describe('sameHeader', () => {
  it('is true for the header written, whatever case or escaping, with blanks beyond', () => {
    expect(sameHeader(['Applicant', 'Rank'], ["'applicant", 'RANK', ''])).toBe(true);
  });

  it('is false when a column moved or a header was typed beyond', () => {
    expect(sameHeader(['Applicant', 'Rank'], ['Rank', 'Applicant'])).toBe(false);
    expect(sameHeader(['Applicant'], ['Applicant', 'Mine'])).toBe(false);
  });
});
