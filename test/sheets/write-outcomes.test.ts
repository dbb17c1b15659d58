import { describe, expect, it } from 'vitest';
import type { OutcomeEntry } from '../../src/core/season-outcomes.ts';
import { OUTCOME_HEADERS, readOutcomes } from '../../src/sheets/read-outcomes.ts';
import { type CellBlock, planOutcomesWrite, seasonMovesOn } from '../../src/sheets/write-outcomes.ts';
import { storedValues } from './write-fixtures.ts';

function entry(overrides: Partial<OutcomeEntry> = {}): OutcomeEntry {
  return {
    cycle: 2026,
    applicant: 'Ana Li',
    applicantType: 'US IMG',
    stepTwoScore: 221,
    failedAttempts: 0,
    program: 'Lakeview Regional Radiology',
    id: 'FX-1',
    typicalStepTwo: 227,
    minStepTwo: 215,
    imgShare: 0.355,
    programType: 'Community',
    state: 'TX',
    signal: 'Gold',
    rotated: true,
    ties: false,
    result: 'Invited',
    ...overrides,
  };
}

/** Applies the blocks to a copy of the sheet, as setValues would (apostrophes are not stored). */
function apply(previous: unknown[][], blocks: readonly CellBlock[]): unknown[][] {
  const sheet = previous.map((row) => [...row]);
  for (const block of blocks) {
    storedValues(block.values).forEach((line, r) => {
      line.forEach((value, c) => {
        const at = block.row - 1 + r;
        if (!sheet[at]) sheet[at] = [];
        sheet[at]![block.column - 1 + c] = value;
      });
    });
  }
  const width = Math.max(...sheet.map((row) => row.length));
  return sheet.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

function plan(previous: unknown[][] | null, entries: OutcomeEntry[], cycle = 2026) {
  const result = planOutcomesWrite(previous, entries, cycle);
  if (result.refused !== null) throw new Error(result.refused);
  return result;
}

describe('planOutcomesWrite', () => {
  it('makes a new sheet with the SPEC headers and one RadList row per application, readable by the Outcomes reader', () => {
    const written = plan(null, [
      entry(),
      entry({ id: 'FX-2', program: 'Hill', result: 'Not invited', signal: '' }),
    ]);
    const sheet = apply([], written.blocks);
    expect(sheet[0]).toEqual([...OUTCOME_HEADERS]);
    expect(sheet[1]).toEqual([
      2026,
      'Ana Li',
      'US IMG',
      221,
      0,
      'Lakeview Regional Radiology',
      'FX-1',
      227,
      215,
      35.5,
      'Community',
      'TX',
      'Gold',
      'Yes',
      'No',
      'Invited',
      'RadList',
    ]);
    const read = readOutcomes(sheet);
    expect(read.issues).toEqual([]);
    expect(read.usableRows).toBe(2);
    expect(read.records[0]).toMatchObject({ imgShare: 0.355, signal: 'Gold', rotated: true, invited: true });
    expect(written).toMatchObject({ written: 2, replaced: 0, emptied: 0 });
  });

  it('replaces only RadList rows of that cycle, in place; pasted rows, other cycles and people’s columns stay', () => {
    const first = apply([], plan(null, [entry(), entry({ id: 'FX-2', program: 'Hill' })]).blocks);
    // A person adds a column, a note on a RadList row, a pasted row and a 2025 RadList row.
    const sheet = first.map((row, i) => [
      ...row,
      i === 0 ? 'My note' : i === 1 ? '=HYPERLINK("x","call")' : '',
    ]);
    sheet.push([
      2026,
      'Bo',
      'DO',
      230,
      0,
      'Pasted Program',
      'PX-9',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'Invited',
      'Pasted',
      'keep',
    ]);
    sheet.push([
      2025,
      'Ana Li',
      'US IMG',
      221,
      0,
      'Old',
      'FX-1',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'Invited',
      'RadList',
      '',
    ]);
    const second = plan(sheet, [entry({ result: 'Interviewed' }), entry({ id: 'FX-3', program: 'New one' })]);
    const after = apply(sheet, second.blocks);
    expect(after[1]![15]).toBe('Interviewed');
    expect(after[1]![17]).toBe('=HYPERLINK("x","call")');
    expect(after[2]!.slice(0, 17).every((cell) => cell === '')).toBe(true);
    expect(after[3]).toEqual(sheet[3]);
    expect(after[4]).toEqual(sheet[4]);
    expect(after[5]!.slice(5, 7)).toEqual(['New one', 'FX-3']);
    expect(second).toMatchObject({ written: 2, replaced: 1, emptied: 1 });
    // No block touches a pasted row or a person's column.
    for (const block of second.blocks) {
      expect(block.column + (block.values[0]?.length ?? 0) - 1).toBeLessThanOrEqual(17);
      for (let r = block.row; r < block.row + block.values.length; r += 1) expect([4, 5]).not.toContain(r);
    }
  });

  it('names each replaced Result a person changed, except the season moving on', () => {
    const entries = [entry(), entry({ id: 'FX-2', program: 'Hill' }), entry({ id: 'FX-3', program: 'Vale' })];
    const once = apply([], plan(null, entries).blocks);
    const result = OUTCOME_HEADERS.indexOf('Result');
    once[1]![result] = 'matched';
    once[2]![result] = 'Not invited';
    once[3]![result] = 'maybe';
    const again = plan(once, [
      entry({ result: 'Invited' }),
      entry({ id: 'FX-2', program: 'Hill' }),
      entry({ id: 'FX-3', program: 'Vale', result: 'Interviewed' }),
    ]);
    expect(again.overwritten).toEqual([
      { entry: 0, row: 2, column: result + 1, before: 'Matched', after: 'Invited' },
      { entry: 2, row: 4, column: result + 1, before: 'maybe', after: 'Interviewed' },
    ]);
    expect(plan(once, []).overwritten).toEqual([]);
  });

  it('tells the season moving on from an edit being undone', () => {
    expect(seasonMovesOn('Invited', 'Interviewed')).toBe(true);
    expect(seasonMovesOn('Ranked', 'Matched')).toBe(true);
    expect(seasonMovesOn('Not invited', 'Invited')).toBe(true);
    expect(seasonMovesOn('Interviewed', 'Withdrawn')).toBe(true);
    expect(seasonMovesOn('Matched', 'Invited')).toBe(false);
    expect(seasonMovesOn('Interviewed', 'Not invited')).toBe(false);
    expect(seasonMovesOn('Matched', 'Withdrawn')).toBe(false);
    expect(seasonMovesOn('Withdrawn', 'Invited')).toBe(false);
    expect(seasonMovesOn('', 'Invited')).toBe(false);
  });

  it('saves the same rows twice without a change', () => {
    const entries = [entry(), entry({ id: 'FX-2', program: 'Hill' })];
    const once = apply([], plan(null, entries).blocks);
    expect(apply(once, plan(once, entries).blocks)).toEqual(once);
  });

  it('adds the SPEC columns a sheet lacks at the right, and writes under its own headers wherever they are', () => {
    const mine = [
      ['Result', 'Applicant', 'Notes', 'Cycle', 'Program'],
      ['Invited', 'Zed', 'pasted by hand', 2024, 'Somewhere'],
    ];
    const written = plan(mine, [entry()]);
    const after = apply(mine, written.blocks);
    expect(after[0]!.slice(0, 5)).toEqual(mine[0]);
    expect(after[0]).toContain('Source');
    expect(after[1]!.slice(0, 5)).toEqual(mine[1]);
    expect(after[2]!.slice(0, 5)).toEqual(['Invited', 'Ana Li', '', 2026, 'Lakeview Regional Radiology']);
    expect(readOutcomes(after).usableRows).toBe(2);
  });

  it('refuses, changing nothing, a sheet whose row 1 is not an Outcomes header', () => {
    const result = planOutcomesWrite([['My plans'], ['call the school']], [entry()], 2026);
    expect(result.refused).toMatch(/row 1 has no "Cycle", "Applicant", "Result", "Program" column/);
  });

  it('keeps text that looks like a formula as text', () => {
    const sheet = apply([], plan(null, [entry({ applicant: '=1+1', program: '+Plus' })]).blocks);
    expect(sheet[1]![1]).toBe('=1+1');
    const written = plan(null, [entry({ applicant: '=1+1' })]);
    expect(written.blocks[1]!.values[0]![1]).toBe("'=1+1");
  });
});
