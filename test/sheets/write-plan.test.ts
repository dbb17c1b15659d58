import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/types.ts';
import { buildPlanSheet, PLAN_COLOURS } from '../../src/sheets/write-plan.ts';
import { makePgyOne } from '../core/fixtures.ts';
import { makePlan, planValueText, storedValues } from './write-fixtures.ts';

/** The stored row whose Item is `item`. */
function rowOf(values: (string | number | boolean)[][], item: string): unknown[] | undefined {
  return storedValues(values).find((r) => r[0] === item);
}

describe('buildPlanSheet', () => {
  it('writes a 3-column layout with every row 3 cells wide and no frozen header', () => {
    const out = buildPlanSheet(makePlan(), [], { includeScores: true });
    expect(out.values[0]).toEqual(['Item', 'Value', 'Details']);
    expect(out.frozenRows).toBe(0);
    expect(out.values.every((r) => r.length === 3)).toBe(true);
    expect(out.backgrounds.map((r) => r.length)).toEqual(out.values.map((r) => r.length));
  });

  it('shows the ERAS cost of the Apply set in dollars, the Apply count and the range', () => {
    const out = buildPlanSheet(makePlan(), [], { includeScores: true });
    expect(rowOf(out.values, 'ERAS cost of the Apply set')?.[1]).toBe(797);
    expect(planValueText(out, 'ERAS cost of the Apply set')).toBe('$797');
    expect(rowOf(out.values, 'Apply')?.[1]).toBe(18);
    expect(rowOf(out.values, 'Recommended applications')?.slice(1)).toEqual([60, '60–80']);
  });

  it('counts every category', () => {
    const plan = makePlan();
    const out = buildPlanSheet(plan, [], { includeScores: true });
    for (const [category, count] of Object.entries(plan.counts)) {
      expect(rowOf(out.values, category)?.[1]).toBe(count);
    }
  });

  it.each([
    [true, true],
    [false, false],
  ])('shows the Step 2 CK row when includeScores is %s: %s', (includeScores, shown) => {
    const out = buildPlanSheet(makePlan(), [], { includeScores });
    expect(rowOf(out.values, 'Step 2 CK') !== undefined).toBe(shown);
    expect(out.values.flat().includes(221)).toBe(shown);
  });

  it.each([
    { includeScores: true, shown: true },
    { includeScores: false, shown: false },
  ])(
    'quotes Step scores in advice only when asked, and always keeps the tier and count (includeScores $includeScores)',
    ({ includeScores, shown }) => {
      const plan = makePlan({
        stepTwoScore: 217,
        tier: 'Moderately low',
        recommended: 80,
        range: '80+',
        stepThree: 'Your Step 3 score of 231 is a strength: report it in your application.',
        redFlags: ['Step 3 is already taken (218, below 220)'],
      });
      const issues: Issue[] = [
        { sheet: 'Programs', row: 4, column: 6, cell: 'F4', message: 'Step 2 CK 233 is out of date' },
      ];
      const out = buildPlanSheet(plan, issues, { includeScores });
      const cells = storedValues(out.values).flat().map(String);
      for (const score of ['217', '231', '218', '233'])
        expect(cells.some((cell) => cell.includes(score))).toBe(shown);
      expect(rowOf(out.values, 'Tier')?.[1]).toBe('Moderately low');
      expect(rowOf(out.values, 'Recommended applications')?.slice(1)).toEqual([80, '80+']);
      expect(rowOf(out.values, 'Step 3')?.[1]).toBe(
        shown
          ? 'Your Step 3 score of 231 is a strength: report it in your application.'
          : 'Your Step 3 score is a strength: report it in your application.',
      );
      expect(rowOf(out.values, 'Red flag')?.[1]).toContain('below 220');
    },
  );

  it.each([
    [true, '✓ Met', PLAN_COLOURS.met],
    [false, '✗ Not met', PLAN_COLOURS.notMet],
    [null, '? Unknown', PLAN_COLOURS.unknown],
  ])('writes a checklist item with met %s as %s', (met, status, colour) => {
    const out = buildPlanSheet(
      makePlan({ checklist: [{ item: 'Radiology letters', met, detail: 'aim for 2' }] }),
      [],
      { includeScores: true },
    );
    const at = out.values.findIndex((r) => r[0] === 'Radiology letters');
    expect(out.values[at]).toEqual(['Radiology letters', status, 'aim for 2']);
    expect(out.backgrounds[at]![0]).toBe(colour);
  });

  it('lists gold and silver suggestions, red flags and a shortfall', () => {
    const out = buildPlanSheet(makePlan({ shortfall: 'Only 12 eligible programs.' }), [], {
      includeScores: true,
    });
    expect(rowOf(out.values, 'Gold 1')?.[1]).toBe('Lakeview Regional Radiology');
    expect(rowOf(out.values, 'Silver 2')?.[1]).toBe('Mesa Verde Community');
    expect(rowOf(out.values, 'Red flag')?.[1]).toBe('1 failed USMLE attempt');
    expect(rowOf(out.values, 'Shortfall')?.[1]).toBe('Only 12 eligible programs.');
  });

  it('writes each data issue on its own row, escaped', () => {
    const issues: Issue[] = [
      { sheet: 'Programs', row: 7, column: 10, cell: 'J7', message: 'Min Step 2 CK "abc" is not a score.' },
      { sheet: 'Programs', row: 3, column: 2, cell: 'B3', message: '=cmd is not a state' },
      { sheet: 'Profile', row: 5, column: 2, cell: 'B5', message: 'Step 2 CK "2O1" is not a score.' },
    ];
    const out = buildPlanSheet(makePlan(), issues, { includeScores: true });
    const start = out.values.findIndex((r) => r[0] === 'Sheet' && r[1] === 'Cell');
    expect(out.values.slice(start + 1)).toEqual([
      ['Programs', 'J7', 'Min Step 2 CK "abc" is not a score.'],
      ['Programs', 'B3', "'=cmd is not a state"],
      ['Profile', 'B5', 'Step 2 CK "2O1" is not a score.'],
    ]);
    const shared = buildPlanSheet(makePlan(), issues, { includeScores: false });
    expect(shared.values.some((r) => r[0] === 'Profile')).toBe(false);
    expect(shared.values.some((r) => r[1] === 'J7')).toBe(true);
  });

  it('says so when there are no data issues', () => {
    const out = buildPlanSheet(makePlan({ tier: null, stepTwoScore: null }), [], { includeScores: true });
    expect(rowOf(out.values, 'No data issues')).toBeDefined();
    expect(rowOf(out.values, 'Tier')?.[1]).toBe('Unknown');
    expect(rowOf(out.values, 'Step 2 CK')?.[1]).toBe('');
  });
});

describe('buildPlanSheet: interviews', () => {
  it('shows expected interviews with and without signals, the chance of the target and what it takes', () => {
    const out = buildPlanSheet(makePlan(), [], { includeScores: true });
    expect(rowOf(out.values, 'Expected interviews')?.slice(0, 2)).toEqual(['Expected interviews', 4.2]);
    expect(planValueText(out, 'Expected interviews')).toBe('4.2');
    expect(String(rowOf(out.values, 'Expected interviews')?.[2])).toContain('1.1 without signals');
    expect(rowOf(out.values, 'Chance of at least 12 interviews')?.[1]).toBe('3%');
    expect(rowOf(out.values, 'Programs for a 90% chance of 12')?.[1]).toBe('None would');
  });

  it('says once for each absent Programs column what follows, among the data issues', () => {
    const note =
      'Your Programs sheet has no minimum-score column, so no program can be marked Below minimum.';
    const out = buildPlanSheet(makePlan({ dataNotes: [note] }), [], { includeScores: true });
    const rows = storedValues(out.values).filter((r) => r[2] === note);
    expect(rows).toHaveLength(1);
    expect(rowOf(out.values, 'No data issues')).toBeUndefined();
  });
});

describe('buildPlanSheet: PGY-1 year', () => {
  const advice =
    'Advanced programs start in the second year of residency (PGY-2), so you also need a first year: apply to about 12 preliminary medicine, preliminary surgery or transitional-year programs (12 of the programs you apply to are Advanced). They are a separate ERAS specialty, so their fees are counted on their own: $132.';
  const pgyOne = makePgyOne({
    advanced: 10,
    categorical: 4,
    both: 2,
    unknown: 2,
    recommended: 12,
    erasCost: 132,
    advice,
    unknownNote: 'The Track of 2 programs you apply to is blank, so RadList cannot tell …',
  });

  it.each([true, false])(
    'shows the Apply set by Track, the advice and the PGY-1 cost beside the DR cost (includeScores %s)',
    (includeScores) => {
      const out = buildPlanSheet(makePlan({ pgyOne }), [], { includeScores });
      expect(planValueText(out, 'ERAS cost of the Apply set')).toBe('$797');
      expect(planValueText(out, 'ERAS cost of the PGY-1 applications')).toBe('$132');
      expect(rowOf(out.values, 'ERAS cost of the PGY-1 applications')?.[2]).toBe(
        '12 preliminary or transitional-year programs, priced as a specialty of their own',
      );
      expect(planValueText(out, 'ERAS cost in all')).toBe('$929');
      expect(rowOf(out.values, 'Advanced programs you apply to')?.[1]).toBe(10);
      expect(rowOf(out.values, 'Categorical programs you apply to')?.[1]).toBe(4);
      expect(rowOf(out.values, 'Programs offering both tracks')?.[1]).toBe(2);
      expect(rowOf(out.values, 'PGY-1 applications')?.slice(1)).toEqual([12, advice]);
      const unknownRows = storedValues(out.values).filter((r) => String(r[2]).startsWith('The Track of'));
      expect(unknownRows).toEqual([['Programs with Track unknown', 2, pgyOne.unknownNote]]);
    },
  );

  it('leaves out the PGY-1 cost rows and the empty kinds when no Apply program is Advanced', () => {
    const out = buildPlanSheet(makePlan({ pgyOne: makePgyOne({ categorical: 18 }) }), [], {
      includeScores: true,
    });
    expect(rowOf(out.values, 'ERAS cost of the PGY-1 applications')).toBeUndefined();
    expect(rowOf(out.values, 'ERAS cost in all')).toBeUndefined();
    expect(rowOf(out.values, 'Programs offering both tracks')).toBeUndefined();
    expect(rowOf(out.values, 'Programs with Track unknown')).toBeUndefined();
    expect(rowOf(out.values, 'Categorical programs you apply to')?.[1]).toBe(18);
    expect(rowOf(out.values, 'PGY-1 applications')?.[1]).toBe(0);
  });
});

describe('buildPlanSheet: layout', () => {
  /** The section headings, in order. */
  function sections(out: ReturnType<typeof buildPlanSheet>): string[] {
    return out.values
      .filter((_, i) => out.backgrounds[i]![0] === PLAN_COLOURS.section)
      .map((r) => String(r[0]));
  }

  it('puts the summary, the interviews and the category mix first, then what to do next, under headings', () => {
    const out = buildPlanSheet(makePlan(), [], { includeScores: true });
    expect(sections(out).slice(0, 5)).toEqual([
      'Summary',
      'Interviews',
      'Season so far',
      'Programs by category',
      'What to do next',
    ]);
    expect(sections(out)).toContain('Checklist');
    const first = out.values.findIndex((r) => r[0] === 'First');
    expect(String(out.values[first]![1])).toMatch(/^Apply to the 18 programs marked Yes/);
    expect(out.values.findIndex((r) => r[0] === 'Reach')).toBeLessThan(first);
  });

  it('wraps every column, aligns the text to the top and gives the Value and Details headers a note', () => {
    const out = buildPlanSheet(makePlan(), [], { includeScores: true });
    expect(out.columnWraps).toEqual({ 0: true, 1: true, 2: true });
    expect(out.columnVerticalAlignments).toEqual({ 0: 'top', 1: 'top', 2: 'top' });
    expect(out.headerNotes?.[0]).toBeUndefined();
    expect([out.headerNotes?.[1], out.headerNotes?.[2]].every((note) => (note?.length ?? 0) > 10)).toBe(true);
  });

  it('gives the Value column one number format a row: dollars, one decimal, whole counts, text as it is', () => {
    const out = buildPlanSheet(makePlan(), [], { includeScores: true });
    const block = out.cellNumberFormats!;
    expect([block.row, block.column, block.cells.length]).toEqual([1, 1, out.values.length]);
    expect(block.cells.every((row) => row.length === 3 && row[0] === row[2])).toBe(true);
    expect(planValueText(out, 'Recommended applications')).toBe('60');
    expect(planValueText(out, 'Tier')).toBe('Mildly low');
  });
});
