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
    const first = summaryAfterBatch(null, [row('Ana'), row('Ben')], { replaceOthers: true });
    const next = summaryAfterBatch(first.values, [row('ben', 80), row('Cy')], { replaceOthers: false });
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

describe('summaryAfterBatch and the columns people add', () => {
  it('keeps an added column by applicant, aside during a new run’s first batch and back after', () => {
    const first = summaryAfterBatch(null, [row('Ana'), row('Ben')], { replaceOthers: true });
    const typed = first.values.map((cells, i) => [
      ...cells,
      i === 0 ? 'Advisor' : i === 2 ? '=HYPERLINK("x","ben")' : '',
    ]);
    const withFormula = typed.map((cells, i) =>
      cells.map((cell, c) => (i === 2 && c === cells.length - 1 ? { formula: cell } : cell)),
    );
    const fresh = summaryAfterBatch(withFormula, [row('Ana')], { replaceOthers: true });
    expect(fresh.values[0]!.at(-1)).toBe('Advisor');
    const kept = fresh.values.find((cells) => cells[0] === 'Ben');
    expect(kept?.at(-1)).toBe('=HYPERLINK("x","ben")');
    const back = summaryAfterBatch(
      fresh.values.map((cells) =>
        cells.map((cell) => (typeof cell === 'string' && cell.startsWith('=') ? { formula: cell } : cell)),
      ),
      [row('Ben')],
      {
        replaceOthers: false,
      },
    );
    expect(back.values.map((cells) => [cells[0], cells.at(-1)]).slice(0, 3)).toEqual([
      ['Applicant', 'Advisor'],
      ['Ana', ''],
      ['Ben', '=HYPERLINK("x","ben")'],
    ]);
    expect(back.values.flat()).not.toContain(KEPT_SEPARATOR);
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
