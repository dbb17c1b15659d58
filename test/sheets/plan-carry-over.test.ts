/** Tests for keeping the columns a person adds to Application Plan (src/sheets/plan-carry-over.ts). */
import { describe, expect, it } from 'vitest';
import { KEPT_SEPARATOR } from '../../src/sheets/carry-over.ts';
import { carryPlanColumns } from '../../src/sheets/plan-carry-over.ts';
import type { SheetOutput } from '../../src/sheets/sheet-output.ts';

function plan(rows: string[][]): SheetOutput {
  const values = [['Item', 'Value', 'Details'], ...rows];
  return { values, backgrounds: values.map(() => ['#efefef', '#efefef', '#efefef']), frozenRows: 1 };
}

describe('carryPlanColumns', () => {
  const before = [
    ['Item', 'Value', 'Details', 'My notes'],
    ['Tier', 'Mildly low', '', 'ask'],
    ['Red flag', '1 failed attempt', '', 'explain'],
    ['Red flag', 'Graduated 6 years ago', '', 'gap year'],
    ['Programs', 'B4', 'not a score', 'fix B4'],
  ];

  it('keeps each note beside its label, a repeated label beside its own value', () => {
    const next = carryPlanColumns(
      plan([
        ['Tier', 'Average', ''],
        ['Red flag', 'Graduated 6 years ago', ''],
        ['Red flag', '1 failed attempt', ''],
        ['Programs', 'B4', 'not a score'],
      ]),
      before,
    );
    expect(next.values).toEqual([
      ['Item', 'Value', 'Details', 'My notes'],
      ['Tier', 'Average', '', 'ask'],
      ['Red flag', 'Graduated 6 years ago', '', 'gap year'],
      ['Red flag', '1 failed attempt', '', 'explain'],
      ['Programs', 'B4', 'not a score', 'fix B4'],
    ]);
    expect(next.backgrounds[1]).toEqual(['#efefef', '#efefef', '#efefef', '#ffffff']);
    expect(next.columnWidths).toBeUndefined();
  });

  it('keeps the note of a row that is gone in the "no longer listed" block', () => {
    const next = carryPlanColumns(plan([['Tier', 'Average', '']]), before);
    const separator = next.values.findIndex((row) => row[0] === KEPT_SEPARATOR);
    expect(separator).toBeGreaterThan(1);
    expect(next.values.slice(separator + 1).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Red flag', "'1 failed attempt", 'explain'],
      ['Red flag', 'Graduated 6 years ago', 'gap year'],
      ['Programs', 'B4', 'fix B4'],
    ]);
  });

  it('changes nothing without a previous plan', () => {
    const built = plan([['Tier', 'Average', '']]);
    expect(carryPlanColumns(built, null)).toBe(built);
  });
});
