/**
 * The season's charts through the built bundle: the Cohort Dashboard built once at the end of a cohort run
 * (tables in columns A–R, three charts of the right types over exactly those tables, the applicants at risk
 * with their reasons), rebuilt in place so an advisor's own charts, moved charts and cells survive; and the
 * Application Plan's small chart of its Apply set by category.
 */
import { describe, expect, it } from 'vitest';
import { sampleWorkbook } from '../../src/samples/sample-workbook.ts';
import { openWorkbook, valuesOf, type Workbook } from './harness.ts';

function cohortRun(book: Workbook) {
  const reply = book.bundle.callServer('generateCohort', { start: 0, size: 100 });
  if (!reply.ok) throw new Error(reply.error.message);
  expect((reply.result as { done: boolean }).done).toBe(true);
  return reply.result as { issues: { message: string }[] };
}

function sample(): Workbook {
  const { Cohort, ...rest } = sampleWorkbook();
  return openWorkbook({ ...rest, Cohort: Cohort.map((row) => row.slice(0, -1)) });
}

describe('the Cohort Dashboard', () => {
  it('is built at the end of a cohort run: a column chart of tiers, a combo of expected interviews with the target line, stacked bars of the category mix', () => {
    const book = sample();
    cohortRun(book);
    const dashboard = book.emulator.spreadsheet.inspect('Cohort Dashboard')!;
    expect(dashboard.notes[0]![0]).toMatch(/^RadList: the Cohort Dashboard of /);
    expect(dashboard.charts.map((c) => [c.type, c.ranges])).toEqual([
      ['COLUMN', ["'Cohort Dashboard'!F22:G27"]],
      ['COMBO', ["'Cohort Dashboard'!I22:K30"]],
      ['BAR', ["'Cohort Dashboard'!M22:R30"]],
    ]);
    const [, combo, bars] = dashboard.charts;
    expect(combo!.options.series).toEqual({ 1: { type: 'line' } });
    expect(bars!.options.isStacked).toBe(true);
    const values = dashboard.values;
    // The tiers table counts every applicant once; the target column is the Settings value.
    const tiers = values.slice(22, 27).map((row) => row[6] as number);
    expect(tiers.reduce((a, b) => a + b, 0)).toBe(8);
    expect(values.slice(22, 30).every((row) => row[10] === 12)).toBe(true);
  });

  it('lists the applicants at risk with the reason, as the Cohort Summary flags them', () => {
    const book = sample();
    cohortRun(book);
    const summary = valuesOf(book, 'Cohort Summary');
    const atRisk = summary
      .filter((row, i) => i > 0 && row[summary[0]!.indexOf('At risk')] === 'Yes')
      .map((row) => row[0]);
    expect(atRisk.length).toBeGreaterThan(0);
    const values = valuesOf(book, 'Cohort Dashboard');
    expect(values[20]![0]).toBe(`Applicants at risk (${atRisk.length})`);
    const listed = values.slice(22, 22 + atRisk.length);
    expect(listed.map((row) => row[0])).toEqual(atRisk);
    for (const row of listed) expect(row[3]).toMatch(/^chance of at least 12 interviews \d+% \(below 50%\)/);
  });

  it("is rebuilt in place: the advisor's own chart, a chart they moved and their cells beyond column R stay", () => {
    const book = sample();
    cohortRun(book);
    const sheet = book.emulator.spreadsheet.getSheetByName('Cohort Dashboard')!;
    sheet.getRange('T5').setValue('my own note');
    sheet.insertChart(
      sheet.newChart().asPieChart().addRange(sheet.getRange('F22:G27')).setPosition(40, 20, 0, 0).build(),
    );
    const moved = sheet.getCharts()[1]!;
    sheet.updateChart(moved.modify().setPosition(30, 2, 5, 5).build());
    const ids = sheet.getCharts().map((c) => c.getChartId());
    // One applicant fewer: the tables shrink and the charts follow.
    book.emulator.spreadsheet.seedSheet(
      'Cohort',
      valuesOf(book, 'Cohort').filter((_, i) => i !== 8),
    );
    cohortRun(book);
    const dashboard = book.emulator.spreadsheet.inspect('Cohort Dashboard')!;
    expect(dashboard.charts.map((c) => c.id)).toEqual(ids);
    expect(dashboard.charts.map((c) => c.ranges[0])).toEqual([
      "'Cohort Dashboard'!F22:G27",
      "'Cohort Dashboard'!I22:K29",
      "'Cohort Dashboard'!M22:R29",
      "'Cohort Dashboard'!F22:G27",
    ]);
    expect(dashboard.charts[1]!.position).toEqual({ row: 30, column: 2, offsetX: 5, offsetY: 5 });
    expect(dashboard.charts[3]!.type).toBe('PIE');
    expect(dashboard.values[4]![19]).toBe('my own note');
    expect((dashboard.values[29] ?? []).slice(8, 18).every((cell) => cell === '')).toBe(true);
  });

  it('reports a dashboard that could not be drawn as an issue, leaves no half-built dashboard, and keeps the lists', () => {
    const book = sample();
    book.emulator.counter.failOnMethod('Sheet.insertChart', 'Service error (emulated)', 2);
    const result = cohortRun(book);
    expect(result.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(
        /^The Cohort Dashboard could not be written \(Service error \(emulated\)\); the cohort lists were\./,
      ),
    );
    expect(book.emulator.spreadsheet.inspect('Cohort Dashboard')).toBeNull();
    expect(valuesOf(book, 'Cohort Summary').length).toBe(9);
  });

  it("never writes over a person's own sheet named Cohort Dashboard", () => {
    const { Cohort, ...rest } = sampleWorkbook();
    const mine = [['My dashboard'], ['do not touch']];
    const book = openWorkbook({
      ...rest,
      Cohort: Cohort.map((row) => row.slice(0, -1)),
      'Cohort Dashboard': mine,
    });
    cohortRun(book);
    expect(valuesOf(book, 'Cohort Dashboard')).toEqual(mine);
    expect(book.emulator.spreadsheet.inspect('Cohort Dashboard (2)')!.charts).toHaveLength(3);
  });
});

describe("the plan's chart", () => {
  it('draws the Apply set by category (programs and expected interviews) beside the plan, once', () => {
    const book = sample();
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    const plan = book.emulator.spreadsheet.inspect('Application Plan')!;
    const at = plan.values.findIndex((row) => row[0] === 'Category' && row[1] === 'Programs you apply to');
    expect(at).toBeGreaterThan(0);
    expect(plan.charts.map((c) => [c.type, c.ranges])).toEqual([
      ['COLUMN', [`'Application Plan'!A${at + 1}:C${at + 4}`]],
    ]);
    expect(plan.values.slice(at + 1, at + 4).map((row) => row[0])).toEqual([
      'Reach applications',
      'Target applications',
      'Safety applications',
    ]);
    const applyCount = plan.values.find((row) => row[0] === 'Apply')![1] as number;
    expect(
      plan.values.slice(at + 1, at + 4).reduce((sum, row) => sum + (row[1] as number), 0),
    ).toBeGreaterThanOrEqual(applyCount);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(book.emulator.spreadsheet.inspect('Application Plan')!.charts).toHaveLength(1);
  });

  function generate(book: Workbook) {
    const reply = book.bundle.callServer('generateList', {});
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as { issues: { message: string }[] };
  }

  const chartRowOf = (book: Workbook) =>
    valuesOf(book, 'Application Plan').findIndex(
      (row) => row[0] === 'Category' && row[1] === 'Programs you apply to',
    );

  it('is set once: a regeneration with the rows in place makes no chart call; when they move, the same chart follows them', () => {
    const book = sample();
    generate(book);
    const [chart] = book.emulator.spreadsheet.inspect('Application Plan')!.charts;
    const at = chartRowOf(book);
    const getCharts = () => book.emulator.counter.byMethod.get('Sheet.getCharts') ?? 0;
    const read = getCharts();
    generate(book);
    expect(getCharts()).toBe(read);
    // A Status marked in the list gives the plan's "Season so far" more rows: the chart's rows move down.
    const list = book.emulator.spreadsheet.getSheetByName('Application List')!;
    const status = valuesOf(book, 'Application List')[0]!.indexOf('Status');
    list.getRange(2, status + 1).setValue('Applied');
    generate(book);
    const moved = chartRowOf(book);
    expect(moved).toBeGreaterThan(at);
    const charts = book.emulator.spreadsheet.inspect('Application Plan')!.charts;
    expect(charts.map((c) => [c.id, c.ranges])).toEqual([
      [chart!.id, [`'Application Plan'!A${moved + 1}:C${moved + 4}`]],
    ]);
  });

  it('that could not be drawn is reported, and drawn by the next run', () => {
    const book = sample();
    book.emulator.counter.failOnMethod('Sheet.insertChart', 'Service error (emulated)');
    const first = generate(book);
    expect(first.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/^The plan's chart could not be drawn \(Service error \(emulated\)\)/),
    );
    expect(book.emulator.spreadsheet.inspect('Application Plan')!.charts).toHaveLength(0);
    generate(book);
    const at = chartRowOf(book);
    expect(book.emulator.spreadsheet.inspect('Application Plan')!.charts.map((c) => c.ranges)).toEqual([
      [`'Application Plan'!A${at + 1}:C${at + 4}`],
    ]);
  });
});
