import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { type ChartData, createChartsService, type GridChange, optionValue, shiftRef } from './charts.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';

const Charts = createChartsService();

function setup() {
  const counter = new CallCounter();
  const spreadsheet = new FakeSpreadsheet({ counter });
  const sheet = spreadsheet.seedSheet('Dashboard', [
    ['Tier', 'Applicants'],
    ['Competitive', 2],
    ['Average', 3],
    ['Mildly low', 1],
  ]);
  const tierChart = () =>
    sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(2, 4, 10, 5)
      .setOption('title', 'Applicants per tier')
      .setNumHeaders(1)
      .build();
  return { counter, spreadsheet, sheet, tierChart };
}

function caught(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('Sheet.newChart and insertChart', () => {
  it('stores the type, ranges, options and position the builder was given', () => {
    const { sheet, tierChart } = setup();
    sheet.insertChart(tierChart());
    const [chart] = sheet.getCharts();
    expect(chart?.modify().getChartType()).toBe('COLUMN');
    expect(chart?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(chart?.getOptions().get('title')).toBe('Applicants per tier');
    expect(chart?.getNumHeaders()).toBe(1);
    const info = chart!.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      2, 4, 10, 5,
    ]);
  });

  it('gives an id only to a chart in the sheet, unique in the file', () => {
    const { spreadsheet, sheet, tierChart } = setup();
    const built = tierChart();
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    sheet.insertChart(built);
    const other = spreadsheet.insertSheet('Other');
    other.insertChart(other.newChart().asPieChart().addRange(sheet.getRange('A1:B4')).build());
    const ids = [...sheet.getCharts(), ...other.getCharts()].map((c) => c.getChartId());
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
  });

  it('tells a column chart from a bar, line or pie chart (as…Chart set the type)', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B4');
    const types = [
      sheet.newChart().asColumnChart(),
      sheet.newChart().asBarChart(),
      sheet.newChart().asLineChart(),
      sheet.newChart().asPieChart(),
      sheet.newChart().asComboChart(),
    ].map((builder) => builder.addRange(range).build().modify().getChartType());
    expect(types).toEqual(['COLUMN', 'BAR', 'LINE', 'PIE', 'COMBO']);
  });

  it('maps the typed setters onto the chart options Sheets uses', () => {
    const { sheet } = setup();
    const column = sheet
      .newChart()
      .asColumnChart()
      .setTitle('Expected interviews')
      .setXAxisTitle('Applicant')
      .setYAxisTitle('Interviews')
      .setStacked()
      .setColors(['#1a73e8'])
      .setLegendPosition(Charts.Position.BOTTOM)
      .setRange(0, 20)
      .addRange(sheet.getRange('A1:B4'))
      .build()
      .getOptions();
    expect(
      ['title', 'hAxis.title', 'vAxis.title', 'isStacked', 'colors', 'legend.position'].map((k) =>
        column.get(k),
      ),
    ).toEqual(['Expected interviews', 'Applicant', 'Interviews', true, ['#1a73e8'], 'bottom']);
    expect(column.get('vAxis.viewWindow.max')).toBe(20);
    const pie = sheet.newChart().asPieChart().set3D().addRange(sheet.getRange('A1:B4')).build();
    expect(pie.getOptions().get('is3D')).toBe(true);
  });

  it('has no typed setters on the plain builder, as in Apps Script', () => {
    const { sheet } = setup();
    expect((sheet.newChart() as unknown as Record<string, unknown>).setTitle).toBeUndefined();
  });

  it('reads nested options by dotted key', () => {
    const { sheet } = setup();
    const chart = sheet
      .newChart()
      .asComboChart()
      .setOption('series', { 1: { type: 'line' } })
      .addRange(sheet.getRange('A1:B4'))
      .build();
    expect(chart.getOptions().get('series.1.type')).toBe('line');
    expect(chart.getOptions().get('series.2.type')).toBeNull();
    expect(chart.getOptions().get('nothing')).toBeNull();
  });

  it('refuses an unknown chart type, a missing type, a missing range and a non-range', () => {
    const { sheet } = setup();
    expect(caught(() => sheet.newChart().setChartType('DONUT')).message).toMatch(/method signature/);
    expect(caught(() => sheet.newChart().addRange(sheet.getRange('A1:B4')).build()).message).toMatch(
      /no type/,
    );
    expect(caught(() => sheet.insertChart(sheet.newChart().asPieChart().build())).message).toMatch(/no data/);
    expect(caught(() => sheet.newChart().addRange('A1:B4')).message).toMatch(/method signature/);
    expect(caught(() => sheet.newChart().setPosition(0, 1, 0, 0)).message).toMatch(/method signature/);
  });

  it('removes a range, clears ranges and keeps ranges on other sheets', () => {
    const { spreadsheet, sheet } = setup();
    const data = spreadsheet.insertSheet('Data');
    const builder = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:A4'))
      .addRange(data.getRange('C1:C4'))
      .addRange(sheet.getRange('B1:B4'));
    builder.removeRange(sheet.getRange('A1:A4'));
    expect(builder.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual([
      'Data!C1:C4',
      'Dashboard!B1:B4',
    ]);
    expect(builder.clearRanges().getRanges()).toEqual([]);
  });
});

describe('updateChart, removeChart', () => {
  it('changes a chart in place through modify() and keeps its id', () => {
    const { sheet, tierChart } = setup();
    sheet.insertChart(tierChart());
    const [chart] = sheet.getCharts();
    const id = chart!.getChartId();
    sheet.updateChart(chart!.modify().asBarChart().setOption('title', 'Renamed').build());
    const [updated] = sheet.getCharts();
    expect([
      updated?.getChartId(),
      updated?.modify().getChartType(),
      updated?.getOptions().get('title'),
    ]).toEqual([id, 'BAR', 'Renamed']);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('leaves the stored chart alone until updateChart', () => {
    const { sheet, tierChart } = setup();
    sheet.insertChart(tierChart());
    sheet.getCharts()[0]!.modify().setOption('title', 'Changed').build();
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Applicants per tier');
  });

  it('removes one chart and refuses charts that are not in the sheet', () => {
    const { sheet, tierChart } = setup();
    sheet.insertChart(tierChart());
    sheet.insertChart(tierChart());
    const [first] = sheet.getCharts();
    sheet.removeChart(first!);
    expect(sheet.getCharts().map((c) => c.getChartId())).not.toContain(first!.getChartId());
    expect(caught(() => sheet.removeChart(first!)).message).toMatch(/not on this sheet/);
    expect(caught(() => sheet.updateChart(tierChart())).message).toMatch(/not on this sheet/);
  });
});

describe("charts and the sheet's other operations", () => {
  it('moves ranges and anchors with inserted and deleted rows and columns', () => {
    const { sheet, tierChart } = setup();
    sheet.insertChart(tierChart());
    sheet.insertRowsBefore(1, 2);
    sheet.insertColumnsAfter(1, 1);
    let [chart] = sheet.getCharts();
    expect(chart?.getRanges()[0]?.getA1Notation()).toBe('A3:C6');
    expect([chart!.getContainerInfo().getAnchorRow(), chart!.getContainerInfo().getAnchorColumn()]).toEqual([
      4, 5,
    ]);
    sheet.deleteRows(4, 1);
    [chart] = sheet.getCharts();
    expect(chart?.getRanges()[0]?.getA1Notation()).toBe('A3:C5');
  });

  it('forgets a range whose rows were all deleted, and ranges on a deleted sheet', () => {
    const { spreadsheet, sheet } = setup();
    const data = spreadsheet.insertSheet('Data');
    sheet.insertChart(
      sheet
        .newChart()
        .asLineChart()
        .addRange(sheet.getRange('A3:B4'))
        .addRange(data.getRange('A1:A2'))
        .build(),
    );
    sheet.deleteRows(3, 2);
    expect(
      sheet
        .getCharts()[0]
        ?.getRanges()
        .map((r) => r.getSheet().getName()),
    ).toEqual(['Data']);
    spreadsheet.deleteSheet(data);
    expect(sheet.getCharts()[0]?.getRanges()).toEqual([]);
  });

  it('keeps charts through clear() and a rename; removes them with the sheet; copies them with a template', () => {
    const { spreadsheet, sheet, tierChart } = setup();
    sheet.insertChart(tierChart());
    sheet.clear();
    sheet.setName('Cohort Dashboard');
    expect(spreadsheet.inspect('Cohort Dashboard')?.charts[0]?.ranges).toEqual(["'Cohort Dashboard'!A1:B4"]);
    const copy = spreadsheet.insertSheet('Copy', 0, { template: sheet });
    const copied = spreadsheet.inspect('Copy')?.charts[0];
    expect(copied?.ranges).toEqual(["'Copy'!A1:B4"]);
    expect(copied?.id).not.toBe(sheet.getCharts()[0]?.getChartId());
    spreadsheet.deleteSheet(copy);
    expect(spreadsheet.inspect('Copy')).toBeNull();
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('reads charts in custom-function mode but refuses to insert, update or remove them', () => {
    const { spreadsheet, sheet, tierChart } = setup();
    sheet.insertChart(tierChart());
    const readOnly = spreadsheet.readOnlyView().getSheetByName('Dashboard')!;
    const [chart] = readOnly.getCharts();
    const rebuilt = chart!.modify().setOption('title', 'x').build();
    expect(caught(() => readOnly.updateChart(rebuilt)).message).toMatch(
      /permission to call Sheet.updateChart/,
    );
    expect(caught(() => readOnly.removeChart(chart!)).message).toMatch(
      /permission to call Sheet.removeChart/,
    );
    expect(caught(() => readOnly.insertChart(rebuilt)).message).toMatch(
      /permission to call Sheet.insertChart/,
    );
  });

  it('counts every chart call and lets a fault stop insertChart before anything changes', () => {
    const { counter, sheet, tierChart } = setup();
    const before = counter.count('Spreadsheet');
    const chart = tierChart();
    expect(counter.count('Spreadsheet') - before).toBe(8);
    counter.failOnMethod('Sheet.insertChart');
    expect(caught(() => sheet.insertChart(chart)).message).toMatch(/emulated fault/);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('shiftRef', () => {
  const ref = { sheetId: 1, row: 3, column: 2, numRows: 4, numColumns: 2 };
  const change = (kind: GridChange['kind'], at: number, count: number, axis: GridChange['axis'] = 'row') =>
    ({ sheetId: 1, axis, kind, at, count }) as GridChange;
  it.each([
    ['insert above', change('insert', 1, 2), { row: 5, numRows: 4 }],
    ['insert inside', change('insert', 4, 2), { row: 3, numRows: 6 }],
    ['insert below', change('insert', 7, 2), { row: 3, numRows: 4 }],
    ['delete above', change('delete', 1, 2), { row: 1, numRows: 4 }],
    ['delete overlapping the top', change('delete', 2, 2), { row: 2, numRows: 3 }],
    ['delete inside', change('delete', 4, 2), { row: 3, numRows: 2 }],
    ['delete below', change('delete', 8, 2), { row: 3, numRows: 4 }],
  ])('%s', (_name, grid, expected) => {
    expect(shiftRef(ref, grid)).toMatchObject(expected);
  });
  it('drops a range deleted whole and ignores other sheets', () => {
    expect(shiftRef(ref, change('delete', 2, 10))).toBeNull();
    expect(shiftRef(ref, { ...change('delete', 2, 10), sheetId: 2 })).toBe(ref);
    expect(shiftRef(ref, change('insert', 1, 1, 'column'))).toMatchObject({ column: 3, row: 3 });
  });
});

describe('optionValue', () => {
  it('prefers the exact key and walks into nested objects', () => {
    const options: ChartData['options'] = new Map<string, unknown>([
      ['vAxis.title', 'exact'],
      ['vAxis', { title: 'nested', gridlines: { count: 4 } }],
    ]);
    expect(optionValue(options, 'vAxis.title')).toBe('exact');
    expect(optionValue(options, 'vAxis.gridlines.count')).toBe(4);
  });
});
