import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability } from './helpers/chromium.ts';
import { cell, chooseFromDropdown, openSheet, typeOverCell } from './helpers/playground-page.ts';
import { OUTPUT_DIR, playgroundSession, showPlayground } from './helpers/session.ts';

const STATUSES = ['Applied', 'Invited', 'Interviewed', 'Rejected', 'Withdrawn', 'Ranked', 'Matched'];
const HELP = 'Choose a status from the list (Applied, Invited, …).';
const TIERS = [
  ['Tier', 'Applicants'],
  ['Competitive', 2],
  ['Average', 1],
  ['Mildly low', 3],
  ['Moderately low', 1],
  ['Significantly low', 1],
];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Builds a small dashboard (a column chart and a pie chart over its table) and a tracker with a Status dropdown. */
function addDashboardAndTracker(globals: Record<string, unknown>): void {
  const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const charts = globals.Charts as typeof Charts;
  const spreadsheet = app.getActiveSpreadsheet();
  const dashboard: Sheet = spreadsheet.insertSheet('Dashboard');
  dashboard.getRange(1, 1, TIERS.length, 2).setValues(TIERS);
  dashboard.insertChart(
    dashboard
      .newChart()
      .asColumnChart()
      .setTitle('Applicants per tier')
      .addRange(dashboard.getRange('A1:B6'))
      .setPosition(1, 4, 0, 0)
      .build(),
  );
  dashboard.insertChart(
    dashboard
      .newChart()
      .setChartType(charts.ChartType.PIE)
      .addRange(dashboard.getRange('A1:B6'))
      .setOption('title', 'Tier mix')
      .setPosition(20, 4, 0, 0)
      .build(),
  );
  const tracker: Sheet = spreadsheet.insertSheet('Tracker');
  tracker.getRange('A1:B4').setValues([
    ['Program', 'Status'],
    ['Lakeview Regional Radiology', 'Applied'],
    ['Prairie Ridge Medical Center', ''],
    ['Cedar Hollow Medical Center', ''],
  ]);
  const rule = app
    .newDataValidation()
    .requireValueInList(STATUSES, true)
    .setAllowInvalid(false)
    .setHelpText(HELP)
    .build();
  tracker.getRange('B2:B4').setDataValidation(rule);
}

const availability = browserAvailability();

describe.runIf(availability.kind === 'run')(
  'charts and dropdowns in the playground',
  { timeout: 60_000 },
  () => {
    const session = playgroundSession(10_000);
    let page: Page;

    beforeAll(async () => {
      await session.playground.workbook.runAsScript(addDashboardAndTracker);
      page = await session.context.newPage();
      await showPlayground(page, session.playground);
    });

    it('serves Chart.js from the playground itself and keeps the page policy to its own origin', async () => {
      const script = await fetch(`${session.playground.url}playground/vendor/chart.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect(await script.text()).toContain('Chart');
      const policy = (await fetch(session.playground.url)).headers.get('content-security-policy');
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/https?:/);
    });

    it('draws each chart of the sheet with its type, title and the data of its range', async () => {
      await openSheet(page, 'Dashboard');
      await page.locator('.chart-box[data-chart-type="COLUMN"] canvas').waitFor();
      await page.locator('.chart-box[data-chart-type="PIE"] canvas').waitFor();
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLCanvasElement>('.chart-box canvas')].map((canvas) => {
          const chart = (
            window as unknown as {
              Chart: {
                getChart(c: HTMLCanvasElement): {
                  config: {
                    type: string;
                    data: { labels: string[]; datasets: { label: string; data: number[] }[] };
                    options: { plugins: { title: { text: string } } };
                  };
                };
              };
            }
          ).Chart.getChart(canvas)!;
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted += 1;
          return {
            type: chart.config.type,
            title: chart.config.options.plugins.title.text,
            labels: chart.config.data.labels,
            series: chart.config.data.datasets.map((d) => [d.label, d.data]),
            painted,
          };
        }),
      );
      const labels = TIERS.slice(1).map((row) => row[0]);
      const counts = TIERS.slice(1).map((row) => row[1]);
      expect(drawn.map(({ painted, ...rest }) => rest)).toEqual([
        { type: 'bar', title: 'Applicants per tier', labels, series: [['Applicants', counts]] },
        { type: 'pie', title: 'Tier mix', labels, series: [['Applicants', counts]] },
      ]);
      for (const chart of drawn) expect(chart.painted).toBeGreaterThan(1000);
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'playground-charts.png') });
      const anchor = await cell(page, 'D1').boundingBox();
      const box = await page.locator('.chart-box[data-chart-type="COLUMN"]').boundingBox();
      expect(Math.abs((box?.x ?? 0) - (anchor?.x ?? 0))).toBeLessThan(3);
      expect(Math.abs((box?.y ?? 0) - (anchor?.y ?? 0))).toBeLessThan(3);
    });

    it('redraws a chart when its data changes', async () => {
      await session.playground.workbook.runAsScript((globals) => {
        const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
        app.getActiveSpreadsheet().getSheetByName('Dashboard')!.getRange('B2').setValue(9);
      });
      await expect
        .poll(() =>
          page.evaluate(() => {
            const canvas = document.querySelector<HTMLCanvasElement>(
              '.chart-box[data-chart-type="COLUMN"] canvas',
            );
            const chart =
              canvas &&
              (
                window as unknown as {
                  Chart: {
                    getChart(
                      c: HTMLCanvasElement,
                    ): { config: { data: { datasets: { data: number[] }[] } } } | undefined;
                  };
                }
              ).Chart.getChart(canvas);
            return chart?.config.data.datasets[0]?.data[0] ?? null;
          }),
        )
        .toBe(9);
    });

    it('offers the dropdown values in a validated cell and stores the one picked', async () => {
      await openSheet(page, 'Tracker');
      await expect(cell(page, 'B2').getAttribute('class')).resolves.toContain('has-dropdown');
      await expect(cell(page, 'A2').getAttribute('class')).resolves.not.toContain('has-dropdown');
      await cell(page, 'B3').dblclick();
      const options = await cell(page, 'B3').locator('select option').allTextContents();
      expect(options).toEqual(['(clear)', ...STATUSES]);
      await page.keyboard.press('Escape');
      await chooseFromDropdown(page, 'B3', 'Invited');
      await expect.poll(() => cell(page, 'B3').textContent()).toBe('Invited');
    });

    it('refuses any other typed value with the help text and keeps the cell as it was', async () => {
      await openSheet(page, 'Tracker');
      const answer = await typeOverCell(page, 'B2', 'Maybe');
      expect(answer).toEqual({ ok: false, rejected: HELP });
      await expect.poll(() => page.locator('#status').textContent()).toContain(HELP);
      await expect.poll(() => cell(page, 'B2').textContent()).toBe('Applied');
      const accepted = await typeOverCell(page, 'B4', 'Withdrawn');
      expect(accepted).toEqual({ ok: true });
      await expect.poll(() => cell(page, 'B4').textContent()).toBe('Withdrawn');
    });
  },
);
