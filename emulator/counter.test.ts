import { describe, expect, it } from 'vitest';
import { CallCounter, tallySince } from './counter.ts';
import { createEmulator } from './index.ts';
import { loadBundle } from './loader.ts';
import { writeTestDist } from './services/test-dist.ts';
import { FakeSpreadsheet } from './spreadsheet/fake-spreadsheet.ts';
import { createSpreadsheetApp } from './spreadsheet/spreadsheet-app.ts';

function workbook() {
  const counter = new CallCounter();
  const spreadsheet = new FakeSpreadsheet({ counter, name: 'RadList' });
  spreadsheet.seedSheet('Programs', [
    ['Program', 'State'],
    ['Lakeview', 'OH'],
    ['Hillcrest', 'TX'],
  ]);
  spreadsheet.seedSheet('List', [
    ['Rank', 'Program', 'Notes'],
    [1, 'Lakeview', 'call them'],
  ]);
  return { counter, app: createSpreadsheetApp(spreadsheet), spreadsheet };
}

describe('CallCounter', () => {
  it('still counts by group and method, keeps the emulated clock and fires planned faults', () => {
    const counter = new CallCounter();
    counter.costMs = { Spreadsheet: 100 };
    counter.record('Spreadsheet', 'Range.getValues');
    counter.record('Lock', 'Lock.tryLock');
    expect(counter.total).toBe(2);
    expect(counter.count('Spreadsheet')).toBe(1);
    expect(counter.byMethod.get('Lock.tryLock')).toBe(1);
    expect(counter.elapsedMs).toBe(100);
    counter.failOnCall(1, 'boom');
    expect(() => counter.record('Spreadsheet', 'Range.setValues')).toThrow('boom');
    counter.failOnMethod('Range.setNote', 'no notes');
    expect(() => counter.record('Spreadsheet', 'Range.setNote')).toThrow('no notes');
    counter.reset();
    expect(counter.total).toBe(0);
    expect(counter.tally().byPurpose).toEqual({});
  });

  it('itemises a regeneration: inputs read, the old output read for carry-over and undo, then written', () => {
    const { counter, app } = workbook();
    const book = app.getActiveSpreadsheet();
    book.getSheetByName('Programs')!.getDataRange().getValues();
    const list = book.getSheetByName('List')!;
    const old = list.getDataRange();
    old.getValues();
    old.getFormulas();
    old.getBackgrounds();
    const range = list.getRange(1, 1, 3, 3);
    range.setValues([
      ['Rank', 'Program', 'Notes'],
      [1, 'Hillcrest', ''],
      [2, 'Lakeview', 'call them'],
    ]);
    range.setBackgrounds([
      ['#eee', '#eee', '#eee'],
      ['#fff', '#fff', '#fff'],
      ['#fff', '#fff', '#fff'],
    ]);
    list.setColumnWidths(1, 2, 120);
    const tally = counter.tally();
    expect(tally.byPurpose).toEqual({
      read: {
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'Spreadsheet.getSheetByName': 2,
        'Sheet.getDataRange': 2,
        'Range.getValues': 2,
        'Range.getFormulas': 1,
      },
      undo: { 'Range.getBackgrounds': 1 },
      write: { 'Sheet.getRange': 1, 'Range.setValues': 1 },
      format: { 'Range.setBackgrounds': 1, 'Sheet.setColumnWidths': 1 },
    });
    expect(tally.cellsByPurpose).toEqual({ read: 6 + 6 + 6, undo: 6, write: 9, format: 9 });
    expect(tally.bySheet).toEqual({ '': 1, Programs: 3, List: 9 });
  });

  it('counts the A1 note that marks a sheet as a marker, and a tagged phase under its tag', () => {
    const { counter, app } = workbook();
    const list = app.getActiveSpreadsheet().getSheetByName('List')!;
    list.getRange(1, 1).getNote();
    counter.withPurpose('undo', () => list.getRange(2, 1, 1, 3).getValues());
    expect(counter.purposeTag).toBeNull();
    // A lookup takes the purpose of what follows it: here the spreadsheet was opened to check the marker.
    expect(counter.tally().byPurpose).toEqual({
      marker: {
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'Spreadsheet.getSheetByName': 1,
        'Sheet.getRange': 1,
        'Range.getNote': 1,
      },
      undo: { 'Sheet.getRange': 1, 'Range.getValues': 1 },
    });
    expect(counter.purposeCount('marker')).toBe(4);
  });

  it('puts calls of charts and data validation under their own purposes, on their sheet', () => {
    const { counter, app } = workbook();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Programs')!;
    const rule = app.newDataValidation().requireValueInList(['Applied', 'Invited']).build();
    sheet.getRange(2, 2, 2, 1).setDataValidation(rule);
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(1, 1, 3, 2))
      .setPosition(1, 4, 0, 0)
      .build();
    sheet.insertChart(chart);
    const tally = counter.tally();
    expect(tally.byPurpose.validation).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireValueInList': 1,
      'DataValidationBuilder.build': 1,
      'Sheet.getRange': 1,
      'Range.setDataValidation': 1,
    });
    expect(tally.byPurpose.chart).toMatchObject({
      'Sheet.newChart': 1,
      'Sheet.getRange': 1,
      'EmbeddedChartBuilder.addRange': 1,
      'EmbeddedChartBuilder.setPosition': 1,
      'Sheet.insertChart': 1,
    });
    const chartCalls = Object.values(tally.byPurpose.chart ?? {}).reduce((a, b) => a + b, 0);
    expect(Object.keys(tally.byPurpose).sort()).toEqual(['chart', 'validation']);
    // Chart builder calls land on the sheet whose newChart made the builder.
    expect(tally.bySheet.Programs).toBe(3 + chartCalls);
  });

  it('tallySince gives what was made between two tallies', () => {
    const { counter, app } = workbook();
    const book = app.getActiveSpreadsheet();
    book.getSheetByName('Programs')!.getDataRange().getValues();
    const before = counter.tally();
    book
      .getSheetByName('List')!
      .getRange(1, 1, 1, 3)
      .setValues([['a', 'b', 'c']]);
    const since = tallySince(before, counter.tally());
    expect(since.total).toBe(3);
    expect(since.byPurpose).toEqual({
      write: { 'Spreadsheet.getSheetByName': 1, 'Sheet.getRange': 1, 'Range.setValues': 1 },
    });
    expect(since.cellsByPurpose).toEqual({ write: 3 });
    expect(since.bySheet).toEqual({ List: 3 });
  });
});

describe('itemising through executions', () => {
  const SCRIPT = `
function snapshotOnly() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  sheet.getDataRange().getBackgrounds();
}
function snapshotThenWrite() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  sheet.getDataRange().getBackgrounds();
  var cell = sheet.getRange(1, 1);
  cell.setValue('x');
  cell.setBackground('#ff0000');
}
function lockOnly() {
  var lock = LockService.getDocumentLock();
  lock.tryLock(100);
  lock.releaseLock();
}`;

  it('settles each execution on its own: colours read are undo only if that execution then sets colours there', () => {
    const emulator = createEmulator({ distDir: writeTestDist({ scripts: { 'Code.js': SCRIPT } }) });
    emulator.spreadsheet.seedSheet('Data', [['a']]);
    const bundle = loadBundle(emulator);
    bundle.run('snapshotOnly');
    expect(emulator.counter.tally().byPurpose.undo).toBeUndefined();
    const afterFirst = emulator.counter.tally();
    expect(afterFirst.byPurpose.read?.['Range.getBackgrounds']).toBe(1);
    bundle.run('snapshotThenWrite');
    // The lookups before the colours were read take their purpose (undo); the write's getRange is a write.
    expect(tallySince(afterFirst, emulator.counter.tally()).byPurpose).toEqual({
      undo: {
        'SpreadsheetApp.getActiveSpreadsheet': 1,
        'Spreadsheet.getSheetByName': 1,
        'Sheet.getDataRange': 1,
        'Range.getBackgrounds': 1,
      },
      write: { 'Sheet.getRange': 1, 'Range.setValue': 1 },
      format: { 'Range.setBackground': 1 },
    });
    bundle.run('lockOnly');
    expect(emulator.counter.tally().byPurpose.lock).toEqual({
      'LockService.getDocumentLock': 1,
      'Lock.tryLock': 1,
      'Lock.releaseLock': 1,
    });
  });
});
