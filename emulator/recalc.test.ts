import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';
import { loadBundle } from './loader.ts';
import { recalculate } from './recalc.ts';
import { writeTestDist } from './services/test-dist.ts';

const SCRIPT = `
function RAD_DOUBLE(x) {
  return Array.isArray(x) ? x.map(function (row) { return row.map(function (v) { return v * 2; }); }) : x * 2;
}
function RAD_SHAPE(x) {
  return Array.isArray(x) ? x.length + 'x' + x[0].length : typeof x + ':' + x;
}
function RAD_JOIN() { return Array.prototype.slice.call(arguments).map(String).join('|'); }
function RAD_FAIL(message) { throw new Error(message); }
function RAD_WRITE() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1); return 'wrote'; }
function RAD_EXECUTIONS() { globalThis.seen = (globalThis.seen || 0) + 1; return seen; }
`;

function setup() {
  const emulator = createEmulator({ distDir: writeTestDist({ scripts: { 'Code.js': SCRIPT } }) });
  return { emulator, bundle: loadBundle(emulator) };
}

/** Seeds one formula into `Calc!A1` beside a `Data` sheet and returns what A1 (and its spill) shows. */
function compute(
  formula: string,
  data: unknown[][] = [
    [1, 2],
    [3, 4],
  ],
) {
  const { emulator, bundle } = setup();
  emulator.spreadsheet.seedSheet('Data', data);
  emulator.spreadsheet.seedSheet('My data', data);
  emulator.spreadsheet.seedSheet('Calc', [[formula]]);
  const report = recalculate(emulator, bundle);
  return { values: emulator.spreadsheet.inspect('Calc')!.values, report };
}

describe('recalculate', () => {
  it.each([
    ['=RAD_SHAPE(42)', 'number:42'],
    ['=RAD_SHAPE(-1.5)', 'number:-1.5'],
    ['=RAD_SHAPE(35%)', 'number:0.35'],
    ['=RAD_SHAPE("Reach, Target")', 'string:Reach, Target'],
    ['=RAD_SHAPE("say ""hi""")', 'string:say "hi"'],
    ['=RAD_SHAPE(TRUE)', 'boolean:true'],
    ['=RAD_SHAPE(Data!B2)', 'number:4'],
    ['=RAD_SHAPE(Data!$A$1)', 'number:1'],
    ["=RAD_SHAPE('My data'!A2)", 'number:3'],
    ['=RAD_SHAPE(Data!A1:B2)', '2x2'],
    ['=RAD_SHAPE(Data!A1:A2)', '2x1'],
    ['=rad_shape(Data!C9)', 'string:'],
    ['=RAD_JOIN(80, 40, "x")', '80|40|x'],
  ])('passes the arguments of %s as Sheets does', (formula, expected) => {
    expect(compute(formula).values[0]?.[0]).toBe(expected);
  });

  it('passes an open range down to the last row of the sheet', () => {
    const { emulator, bundle } = setup();
    emulator.spreadsheet.seedSheet('Data', [[1], [2]]);
    emulator.spreadsheet.seedSheet('Calc', [['=RAD_SHAPE(Data!A1:A)']]);
    recalculate(emulator, bundle);
    const maxRows = emulator.spreadsheet.inspect('Data')!.maxRows;
    expect(emulator.spreadsheet.inspect('Calc')!.values[0]?.[0]).toBe(`${maxRows}x1`);
  });

  it('reads unqualified references from the formula’s own sheet', () => {
    const { emulator, bundle } = setup();
    emulator.spreadsheet.seedSheet('Calc', [[7, '=RAD_DOUBLE(A1)']]);
    recalculate(emulator, bundle);
    expect(emulator.spreadsheet.inspect('Calc')!.values[0]).toEqual([7, 14]);
  });

  it('spills a 2-D result right and down', () => {
    const { values } = compute('=RAD_DOUBLE(Data!A1:B2)');
    expect(values).toEqual([
      [2, 4],
      [6, 8],
    ]);
  });

  it.each([
    ['=RAD_FAIL("Step 2 CK must be a number")', '#ERROR!', 'Step 2 CK must be a number'],
    ['=RAD_MISSING(1)', '#NAME?', "Unknown function: 'RAD_MISSING'."],
    ['=RAD_SHAPE(Nowhere!A1)', '#REF!', "Unresolved sheet name 'Nowhere'."],
    ['=RAD_WRITE()', '#ERROR!', 'You do not have permission to call Range.setValue'],
  ])('shows %s as %s and keeps the message', (formula, shown, message) => {
    const { values, report } = compute(formula);
    expect(values[0]?.[0]).toBe(shown);
    expect(report.problems).toEqual([
      { sheet: 'Calc', cell: 'A1', formula, shown, message: expect.stringContaining(message) },
    ]);
  });

  it('leaves other formulas alone', () => {
    const { emulator, bundle } = setup();
    emulator.spreadsheet.seedSheet('Calc', [['=SUM(1, 2)', '=RAD_DOUBLE(SUM(1, 2))']]);
    const report = recalculate(emulator, bundle);
    expect(report.evaluated).toBe(0);
    expect(emulator.spreadsheet.inspect('Calc')!.values[0]).toEqual(['', '']);
    expect(report.skipped).toEqual([
      { sheet: 'Calc', cell: 'A1', formula: '=SUM(1, 2)', reason: 'not-radlist' },
      { sheet: 'Calc', cell: 'B1', formula: '=RAD_DOUBLE(SUM(1, 2))', reason: 'arguments' },
    ]);
  });

  it('runs one execution per formula cell', () => {
    const { emulator, bundle } = setup();
    emulator.spreadsheet.seedSheet('Calc', [['=RAD_EXECUTIONS()', '=RAD_EXECUTIONS()']]);
    expect(recalculate(emulator, bundle).evaluated).toBe(2);
    expect(emulator.spreadsheet.inspect('Calc')!.values[0]).toEqual([1, 1]);
  });
});
