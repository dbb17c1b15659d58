import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_APPLICANTS_PER_FIGURE,
  programRates,
  withholdSmallGroups,
} from '../../src/core/outcome-privacy.ts';

describe('withholdSmallGroups', () => {
  it('blanks the figures of rows drawn from fewer than 5 applicants and keeps the others', () => {
    const rows = [
      { band: '10–20%', applicants: 4, count: 9, observedRate: 0.3 },
      { band: '20–40%', applicants: 5, count: 12, observedRate: 0.25 },
    ];
    expect(withholdSmallGroups(rows, ['count', 'observedRate'])).toEqual([
      { band: '10–20%', applicants: null, count: null, observedRate: null, withheld: true },
      { band: '20–40%', applicants: 5, count: 12, observedRate: 0.25, withheld: false },
    ]);
  });

  it('never lets a figure from fewer than the minimum through', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            applicants: fc.integer({ min: 0, max: 12 }),
            rate: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
        ),
        (rows) =>
          withholdSmallGroups(rows, ['rate']).every(
            (row, i) =>
              rows[i]!.applicants === 0 ||
              rows[i]!.applicants >= MIN_APPLICANTS_PER_FIGURE ||
              (row.rate === null && row.applicants === null),
          ),
      ),
    );
  });
});

describe('programRates', () => {
  it('counts applications, distinct applicants and the invited share per program', () => {
    const rates = programRates([
      { applicant: 'A01', programKey: 'FX-1', program: 'Lakeview', invited: true },
      { applicant: 'a01 ', programKey: 'FX-1', program: 'Lakeview', invited: false },
      { applicant: 'A02', programKey: 'FX-1', program: 'Lakeview', invited: false },
      { applicant: 'A02', programKey: 'FX-2', program: 'Prairie', invited: true },
    ]);
    expect(rates).toEqual([
      {
        programKey: 'FX-1',
        program: 'Lakeview',
        applications: 3,
        applicants: 2,
        invited: 1,
        observedRate: 1 / 3,
      },
      { programKey: 'FX-2', program: 'Prairie', applications: 1, applicants: 1, invited: 1, observedRate: 1 },
    ]);
    expect(
      withholdSmallGroups(rates, ['observedRate', 'invited', 'applications']).every((r) => r.withheld),
    ).toBe(true);
  });
});
