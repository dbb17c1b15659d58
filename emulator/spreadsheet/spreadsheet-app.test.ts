import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { createSpreadsheetApp } from './spreadsheet-app.ts';

function makeApp(readOnly = false) {
  const counter = new CallCounter();
  const spreadsheet = new FakeSpreadsheet({ counter });
  spreadsheet.seedSheet('Programs', [
    ['Program', 'Min'],
    ['Alpha', 220],
  ]);
  return { counter, spreadsheet, app: createSpreadsheetApp(spreadsheet, { readOnly }) };
}

describe('createSpreadsheetApp', () => {
  it('counts each call under Class.method before running it', () => {
    const { counter, app } = makeApp();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Programs')!;
    sheet.getDataRange().getValues();
    expect(counter.count('Spreadsheet')).toBe(4);
    expect([...counter.byMethod.keys()]).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Sheet.getDataRange',
      'Range.getValues',
    ]);
  });

  it.each([1, 2, 3])('lets fault %i of a batched write throw before anything changes', (n) => {
    const { counter, spreadsheet, app } = makeApp();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Programs')!;
    counter.failOnCall(n);
    const write = () => {
      sheet.insertRowsAfter(2, 1);
      sheet.getRange('A3:B3').setValues([['Beta', 230]]);
    };
    expect(write).toThrow('Service error: Spreadsheets (emulated fault)');
    const snapshot = spreadsheet.inspect('Programs');
    const wrote = snapshot?.values.length === 3;
    expect(wrote).toBe(false);
    expect(snapshot?.maxRows).toBe(n === 1 ? 1000 : 1001);
  });

  it('fails a named method on its Nth call', () => {
    const { counter, spreadsheet, app } = makeApp();
    const sheet = app.getActiveSheet();
    counter.failOnMethod('Range.setValue', 'boom', 2);
    sheet.getRange('C1').setValue('first');
    expect(() => sheet.getRange('C2').setValue('second')).toThrow('boom');
    expect(spreadsheet.inspect('Sheet1')?.values).toEqual([['', '', 'first']]);
  });

  it.each(['openById', 'openByUrl', 'create'] as const)('refuses %s with the permission error', (method) => {
    const { app } = makeApp();
    expect(() => app[method]('x')).toThrow(
      `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
    );
  });

  it('exposes enums whose values match what rules report', () => {
    const { app } = makeApp();
    const rule = app.newConditionalFormatRule().whenFormulaSatisfied('=$B2>230').build();
    expect(rule.getBooleanCondition()?.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(app.WrapStrategy.WRAP).toBe('WRAP');
  });
});

describe('readOnly', () => {
  it.each([
    [
      'Range.setValue',
      (app: ReturnType<typeof makeApp>['app']) => app.getActiveSheet().getRange('A1').setValue(1),
    ],
    [
      'Range.setValues',
      (app: ReturnType<typeof makeApp>['app']) =>
        app
          .getActiveSheet()
          .getRange('A1')
          .setValues([[1]]),
    ],
    [
      'Range.clearContent',
      (app: ReturnType<typeof makeApp>['app']) => app.getActiveSheet().getRange('A1').clearContent(),
    ],
    [
      'Sheet.insertRowsAfter',
      (app: ReturnType<typeof makeApp>['app']) => app.getActiveSheet().insertRowsAfter(1, 1),
    ],
    ['Sheet.deleteRows', (app: ReturnType<typeof makeApp>['app']) => app.getActiveSheet().deleteRows(1, 1)],
    [
      'Sheet.setFrozenRows',
      (app: ReturnType<typeof makeApp>['app']) => app.getActiveSheet().setFrozenRows(1),
    ],
    [
      'Spreadsheet.insertSheet',
      (app: ReturnType<typeof makeApp>['app']) => app.getActiveSpreadsheet().insertSheet('X'),
    ],
  ])('refuses %s in custom-function mode', (method, call) => {
    const { spreadsheet, app } = makeApp(true);
    expect(() => call(app)).toThrow(`You do not have permission to call ${method}`);
    expect(spreadsheet.inspect('Sheet1')?.values).toEqual([]);
    expect(spreadsheet.sheetNames()).toEqual(['Sheet1', 'Programs']);
  });

  it('still reads', () => {
    const { app } = makeApp(true);
    const values = app.getActiveSpreadsheet().getSheetByName('Programs')!.getDataRange().getValues();
    expect(values).toEqual([
      ['Program', 'Min'],
      ['Alpha', 220],
    ]);
  });

  it('leaves the full-access document writable', () => {
    const { spreadsheet } = makeApp(true);
    createSpreadsheetApp(spreadsheet).getActiveSheet().getRange('A1').setValue('ok');
    expect(spreadsheet.inspect('Sheet1')?.values).toEqual([['ok']]);
  });
});

describe('newConditionalFormatRule', () => {
  it('builds a rule that a sheet keeps', () => {
    const { spreadsheet, app } = makeApp();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Programs')!;
    const range = sheet.getRange('A2:B40');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>INDIRECT("Profile!B5")')
      .setBackground('#F4CCCC')
      .setBold(true)
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    const [kept] = spreadsheet.inspect('Programs')?.conditionalRules ?? [];
    const condition = kept?.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe('CUSTOM_FORMULA');
    expect(condition?.getCriteriaValues()).toEqual(['=$B2>INDIRECT("Profile!B5")']);
    expect([condition?.getBackground(), condition?.getBold(), condition?.getFontColor()]).toEqual([
      '#f4cccc',
      true,
      null,
    ]);
    expect(kept?.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B40']);
  });

  it.each([
    ['whenNumberGreaterThan', [230], 'NUMBER_GREATER_THAN'],
    ['whenNumberLessThan', [200], 'NUMBER_LESS_THAN'],
    ['whenNumberBetween', [200, 230], 'NUMBER_BETWEEN'],
    ['whenTextContains', ['IMG'], 'TEXT_CONTAINS'],
    ['whenCellEmpty', [], 'CELL_EMPTY'],
  ] as const)('%s records %s', (method, args, criteria) => {
    const { app } = makeApp();
    const builder = app.newConditionalFormatRule() as unknown as Record<string, (...a: unknown[]) => unknown>;
    builder[method]?.(...args);
    const rule = (builder as unknown as ReturnType<typeof app.newConditionalFormatRule>).build();
    expect(rule.getBooleanCondition()?.getCriteriaType()).toBe(criteria);
    expect(rule.getBooleanCondition()?.getCriteriaValues()).toEqual(args);
  });

  it('copies a rule into an independent builder', () => {
    const { app } = makeApp();
    const rule = app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#ffffff').build();
    const changed = rule.copy().setBackground('#000000').build();
    expect(rule.getBooleanCondition()?.getBackground()).toBe('#ffffff');
    expect(changed.getBooleanCondition()?.getBackground()).toBe('#000000');
  });
});
