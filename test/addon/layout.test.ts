/**
 * An output's layout through the writer (src/addon/layout.ts via writeOutputs): set on a sheet RadList makes,
 * left alone (no call, people's changes kept) while the mark records the same layout version, set again when
 * it changes — and put back, like everything else, when a later call fails.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index.ts';
import { GRID_CELLS_MAX } from '../../src/addon/layout.ts';
import { type PendingOutput, snapshotOf, writeOutputs } from '../../src/addon/workbook.ts';
import { readMark } from '../../src/sheets/sheet-layout.ts';
import type { SheetOutput } from '../../src/sheets/sheet-output.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER = ['Rank', 'Program', 'Chance', 'Status', 'Why', 'Notes'];

function list(programs: number, extra: Partial<SheetOutput> = {}): SheetOutput {
  const values = [
    HEADER,
    ...Array.from({ length: programs }, (_, i) => [i + 1, `Program ${i + 1}`, 0.25, '', 'a reason', '']),
  ];
  return {
    values,
    backgrounds: values.map((row, r) => row.map(() => (r === 0 ? '#efefef' : '#ffffff'))),
    frozenRows: 1,
    frozenColumns: 2,
    columnWidths: [50, 260, 65, 95, 420, 260],
    fitColumns: [0],
    columnFormats: { 2: '0%' },
    columnDropdowns: { 3: ['Applied', 'Invited'] },
    columnWraps: { 4: true },
    columnAlignments: { 0: 'right', 2: 'right' },
    headerNotes: { 2: 'Chance of an interview' },
    ...extra,
  };
}

function book() {
  const emulator = createEmulator();
  // The writer builds dropdown rules through SpreadsheetApp, as Apps Script offers it.
  (globalThis as Record<string, unknown>).SpreadsheetApp = emulator.globalsFor('full').SpreadsheetApp;
  const spreadsheet = emulator.spreadsheet as unknown as Spreadsheet;
  const write = (output: SheetOutput) => {
    const sheet = spreadsheet.getSheetByName('List');
    const note = sheet ? sheet.getRange(1, 1).getNote() : '';
    const pending: PendingOutput = {
      name: 'List',
      before: sheet ? snapshotOf(sheet, note) : null,
      output,
      mark: 'RadList: a list',
      fitRows: true,
    };
    emulator.counter.reset();
    writeOutputs(spreadsheet, [pending]);
    return emulator.counter.tally();
  };
  return { emulator, spreadsheet, write };
}

const layoutCalls = (tally: ReturnType<ReturnType<typeof createEmulator>['counter']['tally']>) =>
  Object.keys(tally.byMethod).filter((method) =>
    /setNumberFormat|setDataValidation|setWrap|setHorizontalAlignment|setNotes?$|setFrozen|setColumnWidth|autoResize/.test(
      method,
    ),
  );

describe('a new output sheet', () => {
  it('is sized to what it holds and gets its whole layout, marked with the layout version', () => {
    const { emulator, write } = book();
    write(list(40));
    const sheet = emulator.spreadsheet.inspect('List')!;
    expect([sheet.maxRows, sheet.frozenRows, sheet.frozenColumns]).toEqual([41, 1, 2]);
    expect(sheet.numberFormats[1]![2]).toBe('0%');
    expect(sheet.dataValidations[1]![3]?.values).toEqual(['Applied', 'Invited']);
    expect(sheet.dataValidations[0]![3]).toBeNull();
    expect(sheet.wraps[40]![4]).toBe(true);
    expect(sheet.horizontalAlignments[1]!.slice(0, 3)).toEqual(['right', 'general', 'right']);
    expect(sheet.notes[0]![2]).toBe('Chance of an interview');
    expect(readMark(sheet.notes[0]![0]!).mark).toBe('RadList: a list');
    expect(readMark(sheet.notes[0]![0]!).tags.layout).toMatch(/^[0-9a-f]{8}$/);
    expect(sheet.columnWidths[2]).toBe(260);
    expect(sheet.columnWidths[1]).toBeLessThan(60);
  });

  it("sets no width for columns meant to keep Sheets' 100 px, and wraps the header in the same call as the body", () => {
    const { emulator, write } = book();
    const tally = write(
      list(40, { columnWidths: [100, 260, 100, 100, 420, 420], fitColumns: [], headerWrap: true }),
    );
    // Program, then Why and Notes together: two calls; the 100 px columns cost none.
    expect(tally.byMethod['Sheet.setColumnWidths']).toBe(2);
    expect(tally.byMethod['Sheet.autoResizeColumns']).toBeUndefined();
    expect(tally.byMethod['Range.setWraps']).toBe(1);
    const sheet = emulator.spreadsheet.inspect('List')!;
    const widths = [1, 2, 3, 4, 5, 6].map((column) => sheet.columnWidths[column] ?? 100);
    expect(widths).toEqual([100, 260, 100, 100, 420, 420]);
    expect(sheet.wraps[0]).toEqual(HEADER.map(() => true));
    expect(sheet.wraps[1]!.slice(3, 6)).toEqual([false, true, false]);
  });

  it("sets a 100 px column that autoResizeColumns may have resized, and wraps a large output's header", () => {
    const { emulator, write } = book();
    const resized = list(40, { columnWidths: [50, 100, 100, 100, 420, 420], fitColumns: [0, 2] });
    write({ ...resized, headerWrap: true, columnWraps: {} });
    const sheet = emulator.spreadsheet.inspect('List')!;
    // Column B sits inside the resized span A:C, so its 100 px is set again; D is outside it.
    expect(sheet.columnWidths[2]).toBe(100);
    expect(sheet.columnWidths[4]).toBeUndefined();
    // Without wraps to carry it, the header's wrap is one call of its own.
    expect(sheet.wraps[0]).toEqual(HEADER.map(() => true));
    expect(sheet.wraps[1]![4]).toBe(false);
  });

  it('costs the same number of calls for 50 and 1,000 rows', () => {
    const calls = (rows: number) => book().write(list(rows)).byGroup.Spreadsheet;
    expect(calls(1000)).toBe(calls(50));
    expect(1001 * HEADER.length).toBeLessThan(GRID_CELLS_MAX);
  });
});

describe('a regenerated output', () => {
  it('makes no layout call while the layout is the same, and keeps what a person changed', () => {
    const { emulator, spreadsheet, write } = book();
    write(list(40));
    const sheet = spreadsheet.getSheetByName('List')!;
    sheet.getRange(2, 3, 40, 1).setNumberFormat('0.0%');
    sheet.setColumnWidth(5, 333);
    sheet.getRange(1, 4).setNote('my note on Status');
    const tally = write(list(40));
    expect(layoutCalls(tally)).toEqual([]);
    const after = emulator.spreadsheet.inspect('List')!;
    expect(after.numberFormats[1]![2]).toBe('0.0%');
    expect(after.columnWidths[5]).toBe(333);
    expect(after.notes[0]![3]).toBe('my note on Status');
  });

  it('gives rows past the old ones the columns’ formats and dropdowns', () => {
    const { emulator, write } = book();
    write(list(40));
    write(list(60));
    const after = emulator.spreadsheet.inspect('List')!;
    expect(after.numberFormats[60]![2]).toBe('0%');
    expect(after.dataValidations[60]![3]?.values).toEqual(['Applied', 'Invited']);
    expect(after.wraps[60]![4]).toBe(true);
  });

  it('gets the layout again when it changed, keeping people’s widths and other header notes', () => {
    const { emulator, spreadsheet, write } = book();
    write(list(40));
    const sheet = spreadsheet.getSheetByName('List')!;
    sheet.setColumnWidth(5, 333);
    sheet.getRange(1, 4).setNote('my note on Status');
    const tally = write(list(40, { columnFormats: { 2: '0.0%' }, headerNotes: { 1: 'The program' } }));
    expect(layoutCalls(tally).length).toBeGreaterThan(0);
    const after = emulator.spreadsheet.inspect('List')!;
    expect(after.numberFormats[1]![2]).toBe('0.0%');
    expect(after.columnWidths[5]).toBe(333);
    // A header cell without a note in the new layout keeps the one it had (RadList cannot tell whose).
    expect(after.notes[0]!.slice(1, 4)).toEqual([
      'The program',
      'Chance of an interview',
      'my note on Status',
    ]);
  });

  it('is put back exactly, layout included, whichever call fails', () => {
    const changed = list(45, { columnFormats: { 2: '0.0%' }, columnWraps: { 4: false, 5: true } });
    const probe = book();
    probe.write(list(40));
    const calls = probe.write(changed).byGroup.Spreadsheet!;
    expect(calls).toBeGreaterThan(10);
    for (let n = 1; n <= calls; n += 1) {
      const { emulator, write } = book();
      write(list(40));
      const before = emulator.spreadsheet.inspect('List');
      emulator.counter.reset();
      emulator.counter.failOnCall(n);
      let failed = false;
      try {
        writeOutputs(emulator.spreadsheet as unknown as Spreadsheet, [
          {
            name: 'List',
            before: snapshotOf(
              emulator.spreadsheet.getSheetByName('List') as unknown as GoogleAppsScript.Spreadsheet.Sheet,
              emulator.spreadsheet.getSheetByName('List')!.getRange(1, 1).getNote(),
            ),
            output: changed,
            mark: 'RadList: a list',
          },
        ]);
      } catch {
        failed = true;
      }
      if (failed) expect(emulator.spreadsheet.inspect('List'), `call ${n}`).toEqual(before);
    }
  });
});

describe('issue 14’s formats in the layout', () => {
  it('sets top alignment, wraps (false elsewhere) through a new output’s own range, without a lookup', () => {
    const { emulator, write } = book();
    const tally = write(list(40, { columnVerticalAlignments: { 0: 'top', 1: 'top', 4: 'top' } }));
    const sheet = emulator.spreadsheet.inspect('List')!;
    expect(sheet.verticalAlignments[1]!.slice(0, 5)).toEqual(['top', 'top', 'bottom', 'bottom', 'top']);
    expect(sheet.verticalAlignments[0]![0]).toBe('bottom');
    expect(sheet.wraps[1]!.slice(3, 6)).toEqual([false, true, false]);
    expect(tally.byMethod['Range.setWraps']).toBe(1);
    expect(tally.byMethod['Range.setVerticalAlignments']).toBe(1);
  });

  it('sets cell-by-cell number formats with one call, and puts them back when a later call fails', () => {
    const formats = (format: string) => ({
      cellNumberFormats: {
        row: 1,
        column: 1,
        cells: Array.from({ length: 41 }, (_, r) =>
          HEADER.map((_, c) => (r > 0 && c === 2 ? format : '0.###############')),
        ),
      },
    });
    const { emulator, write } = book();
    const tally = write(list(40, formats('$#,##0')));
    expect(tally.byMethod['Range.setNumberFormats']).toBeGreaterThanOrEqual(1);
    expect(emulator.spreadsheet.inspect('List')!.displayValues[1]![2]).toBe('$0');
    const probe = book();
    probe.write(list(40, formats('$#,##0')));
    const calls = probe.write(list(40, formats('0.0'))).byGroup.Spreadsheet!;
    let failures = 0;
    for (let n = 1; n <= calls; n += 1) {
      const { emulator: again, write: writeAgain } = book();
      writeAgain(list(40, formats('$#,##0')));
      const before = again.spreadsheet.inspect('List');
      const sheet = again.spreadsheet.getSheetByName('List')!;
      again.counter.reset();
      again.counter.failOnCall(n);
      try {
        writeOutputs(again.spreadsheet as unknown as Spreadsheet, [
          {
            name: 'List',
            before: snapshotOf(
              sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet,
              sheet.getRange(1, 1).getNote(),
            ),
            output: list(40, formats('0.0')),
            mark: 'RadList: a list',
          },
        ]);
      } catch {
        failures += 1;
        expect(again.spreadsheet.inspect('List'), `call ${n}`).toEqual(before);
      }
    }
    expect(failures).toBeGreaterThan(0);
  });
});
