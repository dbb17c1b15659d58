/**
 * The season's charts at the Apps Script edge, drawn with `EmbeddedChartBuilder` (part of SpreadsheetApp:
 * no new scope, and no `Charts` service either — the typed builders `asColumnChart`, `asComboChart` and
 * `asBarChart` set the chart type). The `Cohort Dashboard` is written into columns A–R of its sheet only
 * (people's cells to the right are never touched) and its charts are found by where their data starts, then
 * updated in place — a chart an advisor moved or resized stays where they put it, and their own charts are
 * left alone. The `Application Plan` gets one small chart over its "Apply set by category" rows, set once
 * like a layout (the plan's mark records the rows it draws, `[chart A24:C27]`). Every write records how to
 * undo it.
 */
import { padGrid, restoreGrid } from '../sheets/grid.ts';
import { dashboardTarget } from '../sheets/output-marks.ts';
import {
  buildDashboard,
  DASHBOARD_WIDTH,
  type DashboardChart,
  summaryApplicants,
} from '../sheets/write-dashboard.ts';
import { PLAN_CHART_HEADER } from '../sheets/write-plan.ts';
import { locateOutput } from './output-sheets.ts';
import { growSheet, undoAll } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** The chart a spec describes, as a fresh builder with its data, type, titles and colours. */
function chartBuilder(
  sheet: Sheet,
  spec: DashboardChart,
  data: Range,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  const base = sheet.newChart();
  const typed =
    spec.kind === 'column'
      ? base
          .asColumnChart()
          .setTitle(spec.title)
          .setXAxisTitle(spec.xTitle)
          .setYAxisTitle(spec.yTitle)
          .setColors(spec.colors)
      : spec.kind === 'combo'
        ? base
            .asComboChart()
            .setTitle(spec.title)
            .setXAxisTitle(spec.xTitle)
            .setYAxisTitle(spec.yTitle)
            .setColors(spec.colors)
        : base
            .asBarChart()
            .setStacked()
            .setTitle(spec.title)
            .setXAxisTitle(spec.xTitle)
            .setYAxisTitle(spec.yTitle)
            .setColors(spec.colors);
  const builder = typed
    .addRange(data)
    .setNumHeaders(1)
    .setOption('legend', { position: 'bottom' })
    .setOption('width', spec.width)
    .setOption('height', spec.height);
  // A combo chart draws its second series (the target) as a line.
  return spec.kind === 'combo' ? builder.setOption('series', { 1: { type: 'line' } }) : builder;
}

/** Sets column widths, one call for each run of neighbouring columns of the same width. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  while (start < widths.length) {
    let end = start + 1;
    while (end < widths.length && widths[end] === widths[start]) end += 1;
    sheet.setColumnWidths(start + 1, end - start, widths[start]!);
    start = end;
  }
}

/** Where each of a sheet's charts takes its data from (first range's top-left), read once. */
function chartStarts(sheet: Sheet): { chart: EmbeddedChart; row: number; column: number; ranges: Range[] }[] {
  return sheet.getCharts().map((chart) => {
    const ranges = chart.getRanges();
    const first = ranges[0];
    return { chart, ranges, row: first ? first.getRow() : 0, column: first ? first.getColumn() : 0 };
  });
}

/**
 * Puts RadList's charts on a sheet: a chart whose data starts where a spec's does is updated in place (new
 * data, titles), the others are inserted at the spec's place. Records how to undo each change.
 */
function placeCharts(
  sheet: Sheet,
  specs: readonly DashboardChart[],
  anchor: { row: number; column: number },
  undo: (() => void)[],
): void {
  const existing = chartStarts(sheet);
  for (const spec of specs) {
    const data = sheet.getRange(spec.range.row, spec.range.column, spec.range.rows, spec.range.columns);
    const mine = existing.find((c) => c.row === spec.range.row && c.column === spec.range.column);
    if (mine) {
      const previous = mine.ranges;
      const builder = mine.chart.modify().clearRanges().addRange(data).setOption('title', spec.title);
      sheet.updateChart(builder.build());
      undo.push(() => {
        const back = mine.chart.modify().clearRanges();
        for (const range of previous) back.addRange(range);
        sheet.updateChart(back.build());
      });
    } else {
      const before = sheet.getCharts().length;
      sheet.insertChart(
        chartBuilder(sheet, spec, data).setPosition(anchor.row, anchor.column, spec.offsetX, 0).build(),
      );
      undo.push(() => {
        const charts = sheet.getCharts();
        const made = charts[before] ?? charts[charts.length - 1];
        if (made) sheet.removeChart(made);
      });
    }
  }
}

/**
 * Builds the `Cohort Dashboard` from the finished `Cohort Summary`: its tables in columns A–R (padded with
 * blanks over what RadList wrote there before) and its three charts. Either all of it lands or none.
 *
 * @param spreadsheet - the active spreadsheet
 * @param summaryValues - the whole `Cohort Summary` as just written
 * @param settings - `targetInterviews` and `atRiskBelow` in force
 * @returns the sheet's name and how many applicants are at risk
 */
export function writeDashboard(
  spreadsheet: Spreadsheet,
  summaryValues: readonly (readonly unknown[])[],
  settings: { targetInterviews: number; atRiskBelow: number },
): { name: string; atRisk: number } {
  const dashboard = buildDashboard(summaryApplicants(summaryValues), settings);
  const target = dashboardTarget();
  const place = locateOutput(spreadsheet, target, { adopt: false });
  const undo: (() => void)[] = [];
  try {
    let sheet = place.sheet;
    const values = dashboard.output.values;
    let height = values.length;
    if (!sheet) {
      const made = spreadsheet.insertSheet(place.name, spreadsheet.getNumSheets());
      undo.push(() => spreadsheet.deleteSheet(made));
      sheet = made;
      growSheet(sheet, height, DASHBOARD_WIDTH, undo);
      setWidths(sheet, dashboard.output.columnWidths ?? []);
      sheet.getRange(1, 1).setNote(target.mark);
    } else {
      height = Math.max(height, sheet.getLastRow());
      growSheet(sheet, height, DASHBOARD_WIDTH, undo);
    }
    const range = sheet.getRange(1, 1, height, DASHBOARD_WIDTH);
    if (place.sheet) {
      const before = {
        values: restoreGrid(range.getValues(), range.getFormulas(), height, DASHBOARD_WIDTH),
        backgrounds: range.getBackgrounds(),
      };
      undo.push(() => {
        range.setValues(before.values);
        range.setBackgrounds(before.backgrounds);
      });
    }
    range.setValues(padGrid(values, height, DASHBOARD_WIDTH, '' as string | number | boolean));
    range.setBackgrounds(padGrid(dashboard.output.backgrounds, height, DASHBOARD_WIDTH, '#ffffff'));
    sheet.getRange(1, 2, height, 1).setNumberFormat('0%');
    placeCharts(sheet, dashboard.charts, { row: 3, column: 1 }, undo);
    return { name: place.name, atRisk: dashboard.atRisk };
  } catch (error) {
    throw undoAll(undo, error, [place.name]);
  }
}

/** RadList's chart on the plan: a column chart of the Apply set by category (programs and expected interviews). */
const PLAN_CHART: Omit<DashboardChart, 'range'> = {
  table: 'tiers',
  kind: 'column',
  title: 'Your Apply set by category',
  xTitle: 'Category',
  yTitle: 'Programs / interviews',
  offsetX: 20,
  width: 420,
  height: 260,
  colors: ['#4285f4', '#0f9d58'],
};

/** The row (0-based) of the plan's "Apply set by category" header in a plan's values, or -1. */
function planChartRow(values: readonly (readonly unknown[])[]): number {
  return values.findIndex((row) =>
    PLAN_CHART_HEADER.every((label, i) => {
      const cell = row[i];
      return (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell) === label;
    }),
  );
}

/**
 * Where the plan's chart takes its rows from, as its mark records it (`[chart A24:C27]`, src/sheets/sheet-layout.ts
 * `tagMark`): the "Apply set by category" header and its three rows, or '' for a plan without them.
 *
 * @param values - the plan's values
 * @returns e.g. `A24:C27`, or ''
 */
export function planChartTag(values: readonly (readonly unknown[])[]): string {
  const at = planChartRow(values);
  return at < 0 ? '' : `A${at + 1}:C${at + 4}`;
}

/**
 * Puts (or updates) the plan's chart over its "Apply set by category" rows, beside the plan (column E). The
 * rows are found by their header; a plan without them gets no chart. Like a layout, the chart is set once:
 * the caller runs this only on a sheet just made (the data range and the chart: two calls, no `getCharts`,
 * a new sheet has none) or when the plan's mark records other rows than the plan now has (`planChartTag`);
 * then the sheet's charts are read and RadList's (the one drawing columns A–C) follows the rows, or a chart
 * is inserted when there is none. A chart a person removed stays removed until the rows move.
 *
 * @param sheet - the `Application Plan` sheet just written
 * @param values - what was written to it
 * @param made - whether RadList made the sheet in this run
 */
export function placePlanChart(sheet: Sheet, values: readonly (readonly unknown[])[], made: boolean): void {
  const at = planChartRow(values);
  if (at < 0) return;
  const spec: DashboardChart = { ...PLAN_CHART, range: { row: at + 1, column: 1, rows: 4, columns: 3 } };
  // A plan's rows move when it is regenerated: RadList's chart is the one drawing columns A–C of this sheet.
  const existing = made
    ? undefined
    : sheet.getCharts().find((chart) => {
        const ranges = chart.getRanges();
        return ranges.length > 0 && ranges.every((r) => /^A\d+:C\d+$/.test(r.getA1Notation()));
      });
  const data = sheet.getRange(spec.range.row, 1, spec.range.rows, spec.range.columns);
  if (existing) sheet.updateChart(existing.modify().clearRanges().addRange(data).build());
  else sheet.insertChart(chartBuilder(sheet, spec, data).setPosition(2, 5, spec.offsetX, 0).build());
}
