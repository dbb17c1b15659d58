/**
 * Charts and data validation as add-on code sees them: script code in a fresh V8 context per execution,
 * RadList's own scopes (spreadsheets.currentonly, no more), and the custom-function mode.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';
import { loadBundle } from './loader.ts';
import { RADLIST_SCOPES, writeTestDist } from './services/test-dist.ts';

const SCRIPT = `
function addStatusDropdown() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('List');
  var rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(['Applied', 'Invited', 'Withdrawn'], true)
    .setAllowInvalid(false).setHelpText('Pick a status.').build();
  sheet.getRange('B2:B3').setDataValidation(rule);
  var read = sheet.getRange('B2').getDataValidation();
  var values = read.getCriteriaValues();
  return {
    type: String(read.getCriteriaType()),
    isList: read.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST,
    valuesAreArray: Array.isArray(values) && Array.isArray(values[0]),
    values: values,
  };
}
function addDashboardChart() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('List');
  sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COMBO)
    .addRange(sheet.getRange('A1:C3'))
    .setOption('series', { 1: { type: 'line' } })
    .setOption('colors', ['#1a73e8', '#d93025'])
    .setPosition(5, 1, 0, 0).build());
  var chart = sheet.getCharts()[0];
  return {
    id: chart.getChartId(),
    type: String(chart.modify().getChartType()),
    lineSeries: chart.getOptions().get('series.1.type'),
    colorsAreArray: Array.isArray(chart.getOptions().get('colors')),
    ranges: chart.getRanges().map(function (r) { return r.getA1Notation(); }),
  };
}
function readCharts() {
  var charts = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('List').getCharts();
  return charts.length;
}
function tryToAddChart() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('List');
  try { sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B3')).build()); return 'ok'; }
  catch (e) { return e.message; }
}
`;

function setup() {
  const distDir = writeTestDist({ scripts: { 'Code.js': SCRIPT }, scopes: RADLIST_SCOPES });
  const emulator = createEmulator({ distDir });
  emulator.spreadsheet.seedSheet('List', [
    ['Applicant', 'Status', 'Expected'],
    ['A01', 'Applied', 4],
    ['A02', 'Invited', 6],
  ]);
  return { emulator, bundle: loadBundle(emulator) };
}

describe('data validation from add-on code', () => {
  it('builds and reads a list rule with RadList’s scopes; arrays come back as the script’s own arrays', () => {
    const { emulator, bundle } = setup();
    expect(bundle.run('addStatusDropdown')).toEqual({
      type: 'VALUE_IN_LIST',
      isList: true,
      valuesAreArray: true,
      values: [['Applied', 'Invited', 'Withdrawn'], true],
    });
    expect(emulator.spreadsheet.inspect('List')?.dataValidations[2]?.[1]?.helpText).toBe('Pick a status.');
  });
});

describe('embedded charts from add-on code', () => {
  it('inserts a chart with Charts.ChartType and object options, with RadList’s scopes', () => {
    const { emulator, bundle } = setup();
    const answer = bundle.run('addDashboardChart') as Record<string, unknown>;
    expect(answer).toMatchObject({
      type: 'COMBO',
      lineSeries: 'line',
      colorsAreArray: true,
      ranges: ['A1:C3'],
    });
    expect(typeof answer.id).toBe('number');
    expect(emulator.spreadsheet.inspect('List')?.charts[0]?.options.series).toEqual({ 1: { type: 'line' } });
  });

  it('lets a custom function read charts but not add one', () => {
    const { bundle } = setup();
    bundle.run('addDashboardChart');
    expect(bundle.runWith({ mode: 'custom-function' }, 'readCharts')).toBe(1);
    expect(bundle.runWith({ mode: 'custom-function' }, 'tryToAddChart')).toMatch(
      /^You do not have permission to call Sheet.insertChart/,
    );
  });
});
