/**
 * The writer with undo (src/addon/workbook.ts), called directly on the emulator's spreadsheet: outputs land
 * in place or in a new sheet, and whatever call fails, everything goes back as it was — formulas as formulas
 * — or the failure names the sheets that may be partly updated.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index.ts';
import { readFailure } from '../../src/addon/api.ts';
import { RadListError } from '../../src/addon/errors.ts';
import { type PendingOutput, snapshotOf, undoAll, writeOutputs } from '../../src/addon/workbook.ts';
import { readMark } from '../../src/sheets/sheet-layout.ts';
import type { SheetOutput } from '../../src/sheets/sheet-output.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function output(values: (string | number)[][]): SheetOutput {
  return {
    values,
    backgrounds: values.map((row, r) => row.map(() => (r === 0 ? '#efefef' : '#ffffff'))),
    frozenRows: 1,
    columnWidths: values[0]?.map(() => 90),
  };
}

const OLD = [
  ['Rank', 'Program', 'Notes'],
  [1, 'Alpha', 'call'],
  [2, 'Beta', ''],
  [3, 'Gamma', ''],
];

function book() {
  const emulator = createEmulator();
  const sheet = emulator.spreadsheet.seedSheet('List', OLD);
  sheet.getRange(2, 3).setFormula('=HYPERLINK("https://example.org","site")');
  const spreadsheet = emulator.spreadsheet as unknown as Spreadsheet;
  const pending = (): PendingOutput[] => [
    {
      name: 'List',
      before: snapshotOf(spreadsheet.getSheetByName('List')!, ''),
      output: output([
        ['Rank', 'Program', 'Notes', 'Mine'],
        [1, 'Beta', '', ''],
      ]),
      mark: 'RadList: a list',
    },
    { name: 'Plan', before: null, output: output([['Item', 'Value']]), mark: 'RadList: a plan' },
  ];
  return { emulator, spreadsheet, pending };
}

describe('writeOutputs', () => {
  it('writes over the old sheet, blanks what it had beyond, and makes a new sheet with its mark', () => {
    const { emulator, spreadsheet, pending } = book();
    const showing = spreadsheet.getActiveSheet().getName();
    writeOutputs(spreadsheet, pending());
    const list = emulator.spreadsheet.inspect('List')!;
    expect(list.values).toEqual([
      ['Rank', 'Program', 'Notes', 'Mine'],
      [1, 'Beta', '', ''],
    ]);
    expect(list.formulas.flat().filter(Boolean)).toEqual([]);
    // A new sheet goes just after the sheet showing, as Sheets puts a sheet made without an index.
    const names = emulator.spreadsheet.sheetNames();
    expect(names.indexOf('Plan')).toBe(names.indexOf(showing) + 1);
    // A new sheet keeps Sheets' 1,000 rows unless asked to fit its rows (lists do).
    expect(emulator.spreadsheet.inspect('Plan')!.maxRows).toBe(1000);
    const note = emulator.spreadsheet.getSheetByName('Plan')!.getRange(1, 1).getNote();
    expect(readMark(note).mark).toBe('RadList: a plan');
    expect(readMark(note).tags.layout).toMatch(/^[0-9a-f]{8}$/);
  });

  it('puts everything back, formulas as formulas, whichever call fails', () => {
    const probe = book();
    const probeOutputs = probe.pending();
    const before = probe.emulator.counter.count('Spreadsheet');
    writeOutputs(probe.spreadsheet, probeOutputs);
    const written = probe.emulator.spreadsheet.inspect('List');
    const calls = probe.emulator.counter.count('Spreadsheet') - before;
    expect(calls).toBeGreaterThan(3);
    let failures = 0;
    for (let n = 1; n <= calls; n += 1) {
      const { emulator, spreadsheet, pending } = book();
      const outputs = pending();
      const snapshot = emulator.spreadsheet.inspect('List');
      const names = emulator.spreadsheet.sheetNames();
      emulator.counter.failOnCall(n);
      try {
        writeOutputs(spreadsheet, outputs);
      } catch {
        failures += 1;
        expect(emulator.spreadsheet.inspect('List'), `call ${n}`).toEqual(snapshot);
        expect(emulator.spreadsheet.sheetNames(), `call ${n}`).toEqual(names);
        continue;
      }
      expect(emulator.spreadsheet.inspect('List'), `call ${n}`).toEqual(written);
    }
    // Every call is part of the write here (the list already exists, so no new tab is shown).
    expect(failures).toBe(calls);
  });
});

describe('undoAll', () => {
  it('runs every step, latest first, and gives back the original error when all worked', () => {
    const order: number[] = [];
    const error = new Error('first');
    expect(undoAll([() => order.push(1), () => order.push(2)], error, ['List'])).toBe(error);
    expect(order).toEqual([2, 1]);
  });

  it('goes on past a step that fails and says which sheets may be partly updated', () => {
    const order: number[] = [];
    const failed = undoAll(
      [
        () => order.push(1),
        () => {
          throw new Error('again');
        },
      ],
      new Error('Exception: timed out'),
      ['Cohort Summary', 'Cohort Lists'],
    );
    expect(order).toEqual([1]);
    expect(failed).toBeInstanceOf(RadListError);
    expect((failed as RadListError).code).toBe('PARTLY_WRITTEN');
    expect(readFailure((failed as RadListError).message).message).toMatch(
      /"Cohort Summary" and "Cohort Lists" may be partly updated/,
    );
  });
});
