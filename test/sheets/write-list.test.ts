import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/types.ts';
import { buildListSheet, LIST_COLUMNS, whyWithoutScores } from '../../src/sheets/write-list.ts';
import { makeRanked } from './write-fixtures.ts';

const ALL: Category[] = ['Reach', 'Target', 'Safety', 'Below minimum', 'Not eligible'];

describe('buildListSheet', () => {
  it('writes the header in SPEC order with Rank first and Notes last, frozen', () => {
    const out = buildListSheet([makeRanked()], null, { includeScores: true });
    expect(out.values[0]).toEqual([
      'Rank',
      'Program',
      'ID',
      'City',
      'State',
      'Type',
      'Category',
      'Fit',
      'Min Step 2 CK',
      'Typical Step 2 CK',
      'Margin',
      'IMG %',
      'Signal',
      'Apply',
      'Why',
      'Issues',
      'Notes',
    ]);
    expect(out.frozenRows).toBe(1);
    expect(out.columnWidths).toHaveLength(LIST_COLUMNS.length);
  });

  it('writes one program a row in rank order', () => {
    const ranked = ALL.map((category, i) =>
      makeRanked({ rank: i + 1, category, program: { name: `Program ${i + 1}`, id: `ID-${i}` } }),
    );
    const out = buildListSheet(ranked, null, { includeScores: true });
    expect(out.values.slice(1).map((row) => row[0])).toEqual([1, 2, 3, 4, 5]);
    expect(out.values.slice(1).map((row) => row[1])).toEqual(ranked.map((r) => r.program.name));
  });

  it.each(ALL)('colours a %s row only as its category asks', (category) => {
    const ranked = [
      makeRanked({ rank: 1, category: 'Target', program: { id: 'A' } }),
      makeRanked({ rank: 2, category, program: { id: 'B' } }),
    ];
    const out = buildListSheet(ranked, null, { includeScores: true });
    const expected =
      category === 'Below minimum' ? '#f4cccc' : category === 'Not eligible' ? '#fce5cd' : '#ffffff';
    expect(new Set(out.backgrounds[2])).toEqual(new Set([expected]));
    expect(new Set(out.backgrounds[1])).toEqual(new Set(['#ffffff']));
    expect(out.backgrounds[0]![0]).not.toBe('#ffffff');
    expect(out.backgrounds.map((r) => r.length)).toEqual(out.values.map((r) => r.length));
  });

  it('writes unknown values as blank cells, never 0', () => {
    const out = buildListSheet(
      [
        makeRanked({
          margin: null,
          program: { minStepTwo: null, typicalStepTwo: null, imgShare: null, type: null },
        }),
      ],
      null,
      { includeScores: true },
    );
    const header = out.values[0]!;
    for (const column of ['Min Step 2 CK', 'Typical Step 2 CK', 'Margin', 'IMG %', 'Type']) {
      expect(out.values[1]![header.indexOf(column)]).toBe('');
    }
  });

  it('writes known figures, the IMG share as a percent, Apply and Signal', () => {
    const out = buildListSheet(
      [
        makeRanked({
          margin: -4,
          apply: true,
          signal: 'Gold',
          program: { minStepTwo: 225, typicalStepTwo: 230, imgShare: 0.35 },
        }),
      ],
      null,
      { includeScores: true },
    );
    const row = out.values[1]!;
    const at = (column: string) => row[out.values[0]!.indexOf(column)];
    expect([at('Min Step 2 CK'), at('Typical Step 2 CK'), at('Margin'), at('IMG %')]).toEqual([
      225, 230, -4, 35,
    ]);
    expect([at('Apply'), at('Signal')]).toEqual(['Yes', 'Gold']);
  });

  it('leaves out score columns and score wording when scores are not included', () => {
    const ranked = makeRanked({ margin: 3, program: { minStepTwo: 220, typicalStepTwo: 229 } });
    const out = buildListSheet([ranked], null, { includeScores: false });
    const header = out.values[0]!;
    for (const column of ['Margin', 'Min Step 2 CK', 'Typical Step 2 CK'])
      expect(header).not.toContain(column);
    const why = String(out.values[1]![header.indexOf('Why')]);
    expect(why).not.toMatch(/score|typical|minimum|margin/i);
    expect(why).toContain('Step 2 CK fit −9');
    expect(out.values[1]).not.toContain(220);
    expect(out.values[1]).not.toContain(229);
  });

  it.each([['=HYPERLINK("http://evil")'], ['+15 program'], ['-5 below'], ['@admin']])(
    'escapes user text %j so it stays text',
    (name) => {
      const out = buildListSheet(
        [makeRanked({ program: { name, city: name, id: name }, issues: name })],
        null,
        {
          includeScores: true,
        },
      );
      const row = out.values[1]!;
      for (const column of ['Program', 'ID', 'City', 'Issues']) {
        expect(row[out.values[0]!.indexOf(column)]).toBe(`'${name}`);
      }
    },
  );
});

describe('whyWithoutScores', () => {
  it.each([
    [
      [
        { label: 'base', points: 50, scoreBased: false },
        { label: 'score 6 below typical', points: -9, scoreBased: true },
        { label: 'score 10 above minimum', points: 5, scoreBased: true },
      ],
      46,
      'Fit 46 = base 50; Step 2 CK fit −4',
    ],
    [
      [
        { label: 'base', points: 50, scoreBased: false },
        { label: 'IMG share 35%', points: 11, scoreBased: false },
      ],
      61,
      'Fit 61 = base 50; IMG share 35% +11',
    ],
    [
      [
        { label: 'base', points: 50, scoreBased: false },
        { label: 'score 3 above typical', points: 5, scoreBased: true },
        { label: 'score 2 below typical', points: -5, scoreBased: true },
      ],
      50,
      'Fit 50 = base 50',
    ],
  ])('sums score terms into one term without naming the score (%#)', (factors, fit, expected) => {
    const ranked = makeRanked({ factors, fit });
    expect(whyWithoutScores(ranked)).toBe(expected);
    const sum = factors.reduce((total, f) => total + f.points, 0);
    expect(sum).toBe(fit);
  });
});
