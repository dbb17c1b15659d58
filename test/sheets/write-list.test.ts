import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/types.ts';
import {
  buildListSheet,
  LIST_COLUMNS,
  whyWithoutScores,
  withoutScoreNumbers,
} from '../../src/sheets/write-list.ts';
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

  it.each([
    { includeScores: false, shown: false },
    { includeScores: true, shown: true },
  ])(
    'shows score columns, score terms and score numbers only when asked (includeScores $includeScores)',
    ({ includeScores, shown }) => {
      const ranked = makeRanked({
        margin: 3,
        category: 'Reach',
        program: { minStepTwo: 220, typicalStepTwo: 229 },
        issues:
          'below the preferred minimum Step 2 CK 226, so at most a Reach; data may be stale (verified March 2024)',
      });
      const out = buildListSheet([ranked], null, { includeScores });
      const header = out.values[0]!;
      for (const column of ['Fit', 'Margin', 'Min Step 2 CK', 'Typical Step 2 CK'])
        expect(header.includes(column)).toBe(shown);
      const why = String(out.values[1]![header.indexOf('Why')]);
      const issues = String(out.values[1]![header.indexOf('Issues')]);
      expect(/score|typical|margin/i.test(why.replace('how your Step 2 CK compares', ''))).toBe(shown);
      expect(why.includes('−9')).toBe(shown);
      expect(why.startsWith('Fit 56')).toBe(shown);
      expect(why.includes('56')).toBe(shown);
      expect(why.includes('Rotated here +15')).toBe(true);
      for (const figure of [220, 229, 3]) expect(out.values[1]!.includes(figure)).toBe(shown);
      expect(issues.includes('226')).toBe(shown);
      expect(issues).toContain('data may be stale (verified March 2024)');
      if (!shown)
        expect(issues).toMatch(/^below this program's preferred minimum Step 2 CK, so at most a Reach/);
    },
  );

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
  const NOT_SHOWN = 'Fit not shown (it includes how your Step 2 CK compares); its other parts:';
  it.each([
    [
      [
        { label: 'base', points: 50, scoreBased: false },
        { label: 'score 6 below typical', points: -9, scoreBased: true },
        { label: 'score 10 above minimum', points: 5, scoreBased: true },
      ],
      46,
      `${NOT_SHOWN} base 50`,
    ],
    [
      [
        { label: 'base', points: 50, scoreBased: false },
        { label: 'Rotated here', points: 15, scoreBased: false },
        { label: 'score 12 below typical', points: -12, scoreBased: true },
        { label: 'IMG share 35%', points: 11, scoreBased: false },
      ],
      64,
      `${NOT_SHOWN} base 50; Rotated here +15; IMG share 35% +11`,
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
        { label: 'Rotated here', points: 15, scoreBased: false },
        { label: 'Tie (OH)', points: 10, scoreBased: false },
        { label: 'score 20 above typical', points: 30, scoreBased: true },
        { label: 'capped at 100', points: -5, scoreBased: false },
      ],
      100,
      `${NOT_SHOWN} base 50; Rotated here +15; Tie (OH) +10`,
    ],
  ])('leaves the score terms out and says so once (%#)', (factors, fit, expected) => {
    const sum = factors.reduce((total, f) => total + f.points, 0);
    expect(sum).toBe(fit);
    const why = whyWithoutScores(makeRanked({ factors, fit }));
    expect(why).toBe(expected);
    expect(why.split('Step 2 CK').length - 1).toBeLessThanOrEqual(1);
    for (const factor of factors.filter((f) => f.scoreBased)) expect(why).not.toContain(factor.label);
  });
});

describe('withoutScoreNumbers', () => {
  it.each([
    ['below the hard minimum Step 2 CK 215', "below this program's hard minimum Step 2 CK"],
    [
      'below the preferred minimum Step 2 CK 225, so at most a Reach',
      "below this program's preferred minimum Step 2 CK, so at most a Reach",
    ],
    [
      'takes no IMGs; below the hard minimum Step 2 CK 230; sponsors no visas',
      "takes no IMGs; below this program's hard minimum Step 2 CK; sponsors no visas",
    ],
    ['Your Step 3 score of 231 is a strength: report it.', 'Your Step 3 score is a strength: report it.'],
    [
      'Step 3 is already taken (218, below 220): be ready to explain it.',
      'Step 3 is already taken (below 220): be ready to explain it.',
    ],
    ['Step 2 CK 217 (2nd attempt)', 'Step 2 CK (2nd attempt)'],
    ['Step 1: 198', 'Step 1'],
    ['Step 2 CK "2O1" is not a score (201)', 'Step 2 CK "2O1" is not a score'],
    ['a Step 2 CK below 210', 'a Step 2 CK below 210'],
    [
      'Only 12 eligible programs for the 80 recommended (120 more are below minimum)',
      'Only 12 eligible programs for the 80 recommended (120 more are below minimum)',
    ],
    ['data may be stale (verified March 2024)', 'data may be stale (verified March 2024)'],
    ['new program (since 2021)', 'new program (since 2021)'],
    ['', ''],
  ])('turns %j into %j', (text, expected) => {
    expect(withoutScoreNumbers(text)).toBe(expected);
  });
});
