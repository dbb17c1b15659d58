import { describe, expect, it } from 'vitest';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import {
  buildCohortLists,
  buildCohortSummary,
  COHORT_LIST_COLUMNS,
  COHORT_SUMMARY_COLUMNS,
  mergeCohortBatch,
  summaryRowFor,
} from '../../src/sheets/write-cohort.ts';
import { buildListSheet, LIST_COLUMNS } from '../../src/sheets/write-list.ts';
import { makeApplicant, makePgyOne } from '../core/fixtures.ts';
import { makePlan, makeRanked, shownText, storedValues } from './write-fixtures.ts';

const lake = (rank: number) =>
  makeRanked({ rank, program: { name: 'Lakeview Regional Radiology', id: 'LV-1' } });
const harbor = (rank: number) =>
  makeRanked({ rank, program: { name: 'Harbor Point Imaging', id: '', state: 'ME' } });
const mesa = (rank: number) =>
  makeRanked({ rank, category: 'Below minimum', program: { name: 'Mesa Verde Community', id: 'MV-3' } });

/** Types `text` into `column` of the row for applicant + program. */
function typeInto(values: unknown[][], applicant: string, program: string, column: string, text: unknown) {
  const copy = values.map((r) => [...r]);
  let at = copy[0]!.indexOf(column);
  if (at < 0) {
    at = copy[0]!.length;
    copy.forEach((r, i) => {
      r[at] = i === 0 ? column : '';
    });
  }
  copy.find((r) => r[0] === applicant && r[2] === program)![at] = text;
  return copy;
}

function cellOf(values: unknown[][], applicant: string, program: string, column: string): unknown {
  return values.find((r) => r[0] === applicant && r[2] === program)?.[values[0]!.indexOf(column)];
}

describe('summaryRowFor', () => {
  it('counts eligible programs, shortens dual-apply advice and names the top Apply programs', () => {
    const ranked = [
      makeRanked({ rank: 1, apply: false, program: { name: 'First' } }),
      makeRanked({ rank: 2, apply: true, program: { name: 'Second' } }),
      makeRanked({ rank: 3, apply: true, program: { name: 'Third' } }),
    ];
    const plan = makePlan({
      dualApply: 'Consider dual-applying: DR plus a backup such as Internal Medicine.',
      counts: { Reach: 1, Target: 1, Safety: 0, 'Below minimum': 1, 'Not eligible': 1 },
    });
    const row = summaryRowFor(makeApplicant({ name: 'Ana Li', stepTwoScore: 221 }), plan, ranked, [
      { sheet: 'Cohort', row: 4, column: 3, cell: 'C4', message: 'bad' },
    ]);
    expect(row.eligible).toBe(2);
    expect(row.dualApply).toBe('Consider dual-applying');
    expect(row.topPrograms).toEqual(['Second', 'Third']);
    expect(row.issues).toEqual(['Cohort!C4: bad']);
  });

  it('counts the PGY-1 applications in the ERAS cost, each specialty priced on its own', () => {
    const plan = makePlan({
      erasCost: 720,
      pgyOne: makePgyOne({ advanced: 12, recommended: 12, erasCost: 132 }),
    });
    const row = summaryRowFor(makeApplicant(), plan, [], []);
    expect(row.erasCost).toBe(852);
    const out = buildCohortSummary([row]);
    expect(out.values[1]?.[COHORT_SUMMARY_COLUMNS.indexOf('ERAS cost')]).toBe(852);
    expect(summaryRowFor(makeApplicant(), makePlan({ erasCost: 720 }), [], []).erasCost).toBe(720);
  });
});

describe('buildCohortSummary', () => {
  it('writes exactly the SPEC columns and one row per applicant', () => {
    const rows = ['Ana Li', '=Bob', 'Cy'].map((name) =>
      summaryRowFor(makeApplicant({ name }), makePlan({ applicant: name }), [], []),
    );
    const out = buildCohortSummary(rows);
    expect(out.values[0]).toEqual([
      'Applicant',
      'Step 2 CK',
      'Tier',
      'Recommended',
      'Eligible',
      'Reach',
      'Target',
      'Safety',
      'Below minimum',
      'Not eligible',
      'Expected interviews',
      'Chance of target',
      'At risk',
      'Dual-apply',
      'ERAS cost',
      'Top programs',
      'Issues',
    ]);
    expect(out.values.slice(1).map((r) => r[0])).toEqual(['Ana Li', "'=Bob", 'Cy']);
    const at = (column: string) => out.values[1]![COHORT_SUMMARY_COLUMNS.indexOf(column as never)];
    expect([at('Expected interviews'), at('Chance of target'), at('At risk')]).toEqual([4.2, 0.03, 'Yes']);
    expect(out.columnFormats?.[COHORT_SUMMARY_COLUMNS.indexOf('Chance of target')]).toBe('0%');
    expect(out.values.every((r) => r.length === COHORT_SUMMARY_COLUMNS.length)).toBe(true);
    expect(out.frozenRows).toBe(1);
  });

  it.each([
    [0, ''],
    [5, 'S!A1: m0; S!A1: m1; S!A1: m2; S!A1: m3; S!A1: m4'],
    [7, 'S!A1: m0; S!A1: m1; S!A1: m2; S!A1: m3; S!A1: m4; and 2 more'],
  ])('spells out at most 5 of %i issues', (count, expected) => {
    const issues = Array.from({ length: count }, (_, i) => ({
      sheet: 'S',
      row: 1,
      column: 1,
      cell: 'A1',
      message: `m${i}`,
    }));
    const out = buildCohortSummary([summaryRowFor(makeApplicant(), makePlan(), [], issues)]);
    expect(out.values[1]!.at(-1)).toBe(expected);
  });

  it('marks an applicant At risk only below the At risk setting', () => {
    const safe = makePlan();
    safe.interviews = { ...safe.interviews, chanceOfTarget: 50 };
    expect(summaryRowFor(makeApplicant(), safe, [], [], 50).atRisk).toBe(false);
    expect(summaryRowFor(makeApplicant(), safe, [], [], 51).atRisk).toBe(true);
  });

  it('leaves an unknown score, its tier and its recommended count blank rather than guess', () => {
    const out = buildCohortSummary([
      summaryRowFor(makeApplicant({ stepTwoScore: null }), makePlan({ tier: null }), [], []),
    ]);
    expect(out.values[1]!.slice(1, 4)).toEqual(['', '', '']);
  });
});

describe('buildCohortLists', () => {
  it('writes the long form with the SPEC columns and highlights below-minimum rows', () => {
    const out = buildCohortLists(
      [
        { applicant: 'Ana Li', ranked: [lake(1), mesa(2)] },
        { applicant: 'Bo Park', ranked: [harbor(1)] },
      ],
      null,
    );
    expect(out.values[0]).toEqual([
      'Applicant',
      'Rank',
      'Program',
      'ID',
      'State',
      'Category',
      'Chance',
      'Fit',
      'Signal',
      'Signal sent',
      'Apply',
      'Status',
      'Why',
      'Issues',
      'Notes',
    ]);
    expect(out.values.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Ana Li', 'Lakeview Regional Radiology'],
      ['Ana Li', 'Mesa Verde Community'],
      ['Bo Park', 'Harbor Point Imaging'],
    ]);
    expect(out.backgrounds.map((r) => r[0])).toEqual(['#efefef', '#ffffff', '#f4cccc', '#ffffff']);
  });

  it('carries notes by applicant and program, not by program alone', () => {
    let sheet = storedValues(
      buildCohortLists(
        [
          { applicant: 'Ana Li', ranked: [lake(1), harbor(2)] },
          { applicant: 'Bo Park', ranked: [lake(1)] },
        ],
        null,
      ).values,
    );
    sheet = typeInto(sheet, 'Ana Li', 'Harbor Point Imaging', 'Notes', 'Ana: interview');
    sheet = typeInto(sheet, 'Bo Park', 'Lakeview Regional Radiology', 'Advisor', 'call');
    const next = storedValues(
      buildCohortLists(
        [
          { applicant: 'Ana Li', ranked: [harbor(1), lake(2)] },
          { applicant: 'Bo Park', ranked: [lake(1)] },
        ],
        sheet,
      ).values,
    );
    expect(cellOf(next, 'Ana Li', 'Harbor Point Imaging', 'Notes')).toBe('Ana: interview');
    expect(cellOf(next, 'Ana Li', 'Lakeview Regional Radiology', 'Advisor')).toBe('');
    expect(cellOf(next, 'Bo Park', 'Lakeview Regional Radiology', 'Advisor')).toBe('call');
  });
});

describe('Cohort Lists rows', () => {
  it("hold what the applicant's own list holds in every column they share, hostile text included", () => {
    const ranked = [
      lake(1),
      makeRanked({
        rank: 2,
        chance: null,
        fit: null,
        signal: 'Gold',
        apply: true,
        why: '=HYPERLINK("x")',
        issues: '+1 odd',
        program: { name: '@Harbor', id: '', state: 'ME' },
      }),
      mesa(3),
    ];
    const list = buildListSheet(ranked, null, { includeScores: true }).values;
    const cohort = buildCohortLists([{ applicant: '=Ana', ranked }], null).values;
    expect(cohort.slice(1).map((r) => r[0])).toEqual(["'=Ana", "'=Ana", "'=Ana"]);
    for (const column of COHORT_LIST_COLUMNS.filter((c) => c !== 'Applicant')) {
      const inList = list.map((r) => r[LIST_COLUMNS.indexOf(column)]);
      expect(
        cohort.map((r) => r[COHORT_LIST_COLUMNS.indexOf(column)]),
        column,
      ).toEqual(inList);
    }
  });
});

describe('mergeCohortBatch', () => {
  const first = () =>
    storedValues(
      buildCohortLists(
        [
          { applicant: 'Ana Li', ranked: [lake(1), harbor(2)] },
          { applicant: 'Bo Park', ranked: [lake(1)] },
        ],
        null,
      ).values,
    );

  it("replaces one applicant's rows in place and keeps the others as they were", () => {
    const sheet = typeInto(first(), 'Bo Park', 'Lakeview Regional Radiology', 'Notes', 'Bo note');
    const next = storedValues(
      mergeCohortBatch(sheet, [{ applicant: 'ana li', ranked: [mesa(1), lake(2)] }], { replaceOthers: false })
        .values,
    );
    expect(next.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['ana li', 'Mesa Verde Community'],
      ['ana li', 'Lakeview Regional Radiology'],
      ['Bo Park', 'Lakeview Regional Radiology'],
    ]);
    expect(cellOf(next, 'Bo Park', 'Lakeview Regional Radiology', 'Notes')).toBe('Bo note');
  });

  it('appends a new applicant after the existing ones', () => {
    const next = storedValues(
      mergeCohortBatch(first(), [{ applicant: 'Cy Diaz', ranked: [harbor(1)] }], { replaceOthers: false })
        .values,
    );
    expect(next.at(-1)?.[0]).toBe('Cy Diaz');
    expect(next).toHaveLength(5);
  });

  it('moves notes of a first batch run to the kept block and restores them in a later batch', () => {
    const sheet = typeInto(first(), 'Bo Park', 'Lakeview Regional Radiology', 'Notes', 'Bo note');
    const batch1 = storedValues(
      mergeCohortBatch(sheet, [{ applicant: 'Ana Li', ranked: [lake(1)] }], { replaceOthers: true }).values,
    );
    const separatorAt = batch1.findIndex((r) => r[0] === KEPT_SEPARATOR);
    expect(separatorAt).toBeGreaterThan(0);
    expect(batch1[separatorAt + 1]!.slice(0, 4)).toEqual([
      'Bo Park',
      '',
      'Lakeview Regional Radiology',
      'LV-1',
    ]);
    const batch2 = storedValues(
      mergeCohortBatch(batch1, [{ applicant: 'Bo Park', ranked: [lake(1)] }], { replaceOthers: false })
        .values,
    );
    expect(cellOf(batch2, 'Bo Park', 'Lakeview Regional Radiology', 'Notes')).toBe('Bo note');
    expect(batch2.flat()).not.toContain(KEPT_SEPARATOR);
    expect(batch2.slice(1).map((r) => r[0])).toEqual(['Ana Li', 'Bo Park']);
  });
});

describe('cohort sheets: formats a reader needs', () => {
  it('shows the ERAS cost as dollars, Chance of target as a percent, one decimal of interviews; Applicant frozen', () => {
    const row = summaryRowFor(makeApplicant(), makePlan({ erasCost: 1230 }), [], []);
    const out = buildCohortSummary([row]);
    const at = (column: string) => COHORT_SUMMARY_COLUMNS.indexOf(column as never);
    expect(shownText(out, 1, at('ERAS cost'))).toBe('$1,230');
    expect(shownText(out, 1, at('Chance of target'))).toBe('3%');
    expect(shownText(out, 1, at('Expected interviews'))).toBe('4.2');
    expect(out.frozenColumns).toBe(1);
    expect(out.headerNotes?.[at('At risk')]).toContain('below 50%');
    expect(out.columnWraps?.[at('Issues')]).toBe(true);
  });

  it('freezes Applicant, Rank and Program in Cohort Lists and shows Chance as a percent', () => {
    const out = buildCohortLists([{ applicant: 'Ana Li', ranked: [makeRanked({ chance: 18 })] }], null);
    expect(out.values[0]!.slice(0, 3)).toEqual(['Applicant', 'Rank', 'Program']);
    expect(out.frozenColumns).toBe(3);
    expect(shownText(out, 1, out.values[0]!.indexOf('Chance'))).toBe('18%');
    expect(out.headerNotes?.[1]).toMatch(/^Where the program stands/);
  });
});
