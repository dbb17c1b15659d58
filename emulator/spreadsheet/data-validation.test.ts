import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import type { DataValidation } from './data-validation.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { createSpreadsheetApp } from './spreadsheet-app.ts';

const STATUSES = ['Applied', 'Invited', 'Interviewed', 'Rejected', 'Withdrawn', 'Ranked', 'Matched'];
const HELP = 'Pick a status from the list.';

function setup(
  values: unknown[][] = [
    ['Program', 'Status'],
    ['Lakeview', 'Applied'],
    ['Prairie', ''],
  ],
) {
  const counter = new CallCounter();
  const spreadsheet = new FakeSpreadsheet({ counter });
  const sheet = spreadsheet.seedSheet('List', values);
  const app = createSpreadsheetApp(spreadsheet);
  const statusRule = () =>
    app
      .newDataValidation()
      .requireValueInList(STATUSES, true)
      .setAllowInvalid(false)
      .setHelpText(HELP)
      .build();
  return { counter, spreadsheet, sheet, app, statusRule };
}

function caught(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('SpreadsheetApp.newDataValidation', () => {
  it('builds a list rule whose getters give what was set', () => {
    const { statusRule, app } = setup();
    const rule = statusRule();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([STATUSES, true]);
    expect(rule.getHelpText()).toBe(HELP);
    expect(rule.getAllowInvalid()).toBe(false);
  });

  it('defaults to a dropdown that allows invalid data with a warning and no help text', () => {
    const { app } = setup();
    const rule = app.newDataValidation().requireValueInList(['Gold', 'Silver']).build();
    expect(rule.getCriteriaValues()).toEqual([['Gold', 'Silver'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
  });

  it('copies a rule into a builder that changes only the copy', () => {
    const { statusRule } = setup();
    const rule = statusRule();
    const looser = rule.copy().setAllowInvalid(true).build();
    expect(looser.getAllowInvalid()).toBe(true);
    expect(looser.getCriteriaValues()).toEqual([STATUSES, true]);
    expect(rule.getAllowInvalid()).toBe(false);
  });

  it('refuses to build a rule without criteria and a list that is not an array', () => {
    const { app } = setup();
    expect(caught(() => app.newDataValidation().build()).message).toMatch(/no criteria/);
    expect(caught(() => app.newDataValidation().requireValueInList('Applied' as never)).message).toMatch(
      /don't match the method signature/,
    );
  });

  it('counts every builder and rule call as a Spreadsheet call', () => {
    const { counter, statusRule } = setup();
    const before = counter.count('Spreadsheet');
    statusRule().getHelpText();
    expect(counter.count('Spreadsheet') - before).toBe(6);
    expect(counter.byMethod.get('DataValidationBuilder.requireValueInList')).toBe(1);
    expect(counter.byMethod.get('DataValidation.getHelpText')).toBe(1);
  });
});

describe('Range data validation', () => {
  it('sets one rule on every cell of a range and reads it back per cell', () => {
    const { sheet, statusRule } = setup();
    sheet.getRange('B2:B3').setDataValidation(statusRule());
    const rules = sheet.getRange('A2:B3').getDataValidations();
    expect(rules.map((row) => row.map((r) => r?.getCriteriaType() ?? null))).toEqual([
      [null, 'VALUE_IN_LIST'],
      [null, 'VALUE_IN_LIST'],
    ]);
    expect(sheet.getRange('B3').getDataValidation()?.getHelpText()).toBe(HELP);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('sets a grid of rules, null clearing a cell, and checks the grid size like setValues', () => {
    const { sheet, statusRule, app } = setup();
    const signal = app.newDataValidation().requireValueInList(['Gold', 'Silver']).build();
    sheet.getRange('A2:B2').setDataValidations([[signal, statusRule()]]);
    sheet.getRange('A2:B2').setDataValidations([[null, statusRule()]]);
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
    expect(caught(() => sheet.getRange('A2:B2').setDataValidations([[null]])).message).toMatch(
      /number of columns in the data does not match/,
    );
  });

  it('refuses a builder where a built rule is needed', () => {
    const { sheet, app } = setup();
    const builder = app.newDataValidation().requireValueInList(['Yes']);
    expect(caught(() => sheet.getRange('A1').setDataValidation(builder)).message).toMatch(/method signature/);
  });

  it('clears rules with clearDataValidations, clear() and clear({ validationsOnly }) but not with clearContent or clearFormat', () => {
    const { sheet, statusRule } = setup();
    const has = (a1: string) => sheet.getRange(a1).getDataValidation() !== null;
    sheet.getRange('B1:B6').setDataValidation(statusRule());
    sheet.getRange('B1').clearContent();
    sheet.getRange('B1').clearFormat();
    sheet.getRange('B1').clear({ contentsOnly: true });
    expect(has('B1')).toBe(true);
    sheet.getRange('B2').clearDataValidations();
    sheet.getRange('B3').clear();
    sheet.getRange('B4').clear({ validationsOnly: true });
    expect([has('B2'), has('B3'), has('B4'), has('B5')]).toEqual([false, false, false, true]);
    expect(sheet.getRange('B3').getValue()).toBe('');
  });

  it('stores a value a script writes even when the rule would reject it, and marks it invalid', () => {
    const { spreadsheet, sheet, statusRule } = setup();
    sheet.getRange('B2').setDataValidation(statusRule());
    sheet.getRange('B2').setValue('Maybe');
    expect(sheet.getRange('B2').getValue()).toBe('Maybe');
    expect(spreadsheet.inspect('List')?.dataValidations[1]?.[1]).toMatchObject({
      valid: false,
      helpText: HELP,
    });
  });

  it('moves rules with inserted and deleted rows and columns, as formats move', () => {
    const { sheet, statusRule } = setup();
    sheet.getRange('B2').setDataValidation(statusRule());
    sheet.insertRowsBefore(1, 2);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('C4').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    sheet.deleteRows(1, 1);
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange('B3').getDataValidation()?.getHelpText()).toBe(HELP);
    sheet.deleteRow(3);
    expect(sheet.getRange('A1:Z10').getDataValidations().flat().filter(Boolean)).toHaveLength(0);
  });

  it('keeps rules in a sheet copied as a template; Sheet.clear() removes them', () => {
    const { spreadsheet, sheet, statusRule } = setup();
    sheet.getRange('B2:B3').setDataValidation(statusRule());
    const copy = spreadsheet.insertSheet('Copy', 1, { template: sheet });
    expect(copy.getRange('B3').getDataValidation()?.getHelpText()).toBe(HELP);
    sheet.clear({ contentsOnly: true });
    expect(sheet.getRange('B3').getDataValidation()).not.toBeNull();
    sheet.clear();
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
  });

  it('reads rules in custom-function mode but refuses to set or clear them', () => {
    const { spreadsheet, sheet, statusRule } = setup();
    sheet.getRange('B2').setDataValidation(statusRule());
    const readOnly = createSpreadsheetApp(spreadsheet, { readOnly: true });
    const range = readOnly.getActiveSpreadsheet().getSheetByName('List')!.getRange('B2');
    const rule = range.getDataValidation() as DataValidation;
    expect(rule.copy().setHelpText('x').build().getHelpText()).toBe('x');
    expect(caught(() => range.setDataValidation(rule)).message).toMatch(
      /permission to call Range.setDataValidation/,
    );
    expect(caught(() => range.clearDataValidations()).message).toMatch(/permission/);
  });
});

describe('FakeSpreadsheet.typeAsPerson', () => {
  it('stores a listed value and rejects any other with the help text, keeping the cell as it was', () => {
    const { spreadsheet, sheet, statusRule } = setup();
    sheet.getRange('B2:B3').setDataValidation(statusRule());
    expect(spreadsheet.typeAsPerson('List', 2, 2, 'Invited')).toEqual({ stored: true });
    expect(spreadsheet.typeAsPerson('List', 2, 2, 'Maybe')).toEqual({ stored: false, message: HELP });
    expect(spreadsheet.typeAsPerson('List', 2, 2, 'invited')).toEqual({ stored: false, message: HELP });
    expect(sheet.getRange('B2').getValue()).toBe('Invited');
  });

  it('refuses text over the 50,000-character cell limit as Sheets does, keeping the cell as it was', () => {
    const { spreadsheet, sheet } = setup();
    expect(spreadsheet.typeAsPerson('List', 4, 4, 'x'.repeat(60_000))).toEqual({
      stored: false,
      message: 'Your input contains more than the maximum 50000 characters in a single cell.',
    });
    expect(sheet.getRange('D4').getValue()).toBe('');
    expect(spreadsheet.typeAsPerson('List', 4, 4, 'x'.repeat(50_000))).toEqual({ stored: true });
  });

  it('always accepts clearing the cell', () => {
    const { spreadsheet, sheet, statusRule } = setup();
    sheet.getRange('B2').setDataValidation(statusRule());
    expect(spreadsheet.typeAsPerson('List', 2, 2, '')).toEqual({ stored: true });
    expect(sheet.getRange('B2').getValue()).toBe('');
  });

  it('stores an unlisted value with a warning when the rule allows invalid data, and names the values when there is no help text', () => {
    const { spreadsheet, sheet, app } = setup();
    sheet
      .getRange('B2')
      .setDataValidation(app.newDataValidation().requireValueInList(['Gold', 'Silver']).build());
    expect(spreadsheet.typeAsPerson('List', 2, 2, 'Bronze')).toEqual({ stored: true });
    expect(spreadsheet.inspect('List')?.dataValidations[1]?.[1]?.valid).toBe(false);
    sheet
      .getRange('B3')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Gold', 'Silver']).setAllowInvalid(false).build(),
      );
    expect(spreadsheet.typeAsPerson('List', 3, 2, 'Bronze')).toEqual({
      stored: false,
      message: 'Input must be an item on the specified list: Gold, Silver.',
    });
  });

  it('types into cells without a rule as a script write would', () => {
    const { spreadsheet, sheet } = setup();
    expect(spreadsheet.typeAsPerson('List', 3, 1, '42')).toEqual({ stored: true });
    expect(sheet.getRange('A3').getValue()).toBe(42);
  });
});
