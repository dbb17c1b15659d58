/**
 * The playground draws the emulator's embedded charts with Chart.js (served from this server, under the
 * page's `'self'` policy) and shows list data validation as a dropdown: a user picks one of its values,
 * and any other value typed is refused with the rule's help text, as in Sheets. The charts and the rule are
 * made through the Apps Script API, as the add-on makes them. A screenshot goes to
 * test-output/playground-charts.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../scripts/playground.ts';
import { browserAvailability, launchChromium } from './helpers/chromium.ts';
import { cell, chooseFromDropdown, openSheet, sidebar, typeOverCell } from './helpers/playground-page.ts';

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
    let playground: Playground;
    let context: BrowserContext;
    let closeBrowser: () => Promise<void>;
    let page: Page;

    beforeAll(async () => {
      playground = await startPlayground({ port: 0 });
      await playground.workbook.runAsScript(addDashboardAndTracker);
      const launched = await launchChromium();
      context = launched.context;
      context.setDefaultTimeout(10_000);
      closeBrowser = launched.close;
      page = await context.newPage();
      await page.goto(playground.url);
      await page.locator('table.grid').waitFor();
      await sidebar(page).locator('#generate-list').waitFor();
    });

    afterAll(async () => {
      await closeBrowser?.();
      await playground?.close();
    });

    it('serves Chart.js from the playground itself and keeps the page policy to its own origin', async () => {
      const script = await fetch(`${playground.url}playground/vendor/chart.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect(await script.text()).toContain('Chart');
      const policy = (await fetch(playground.url)).headers.get('content-security-policy');
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
      fs.mkdirSync(path.resolve('test-output'), { recursive: true });
      await page.screenshot({ path: path.resolve('test-output/playground-charts.png') });
      const anchor = await cell(page, 'D1').boundingBox();
      const box = await page.locator('.chart-box[data-chart-type="COLUMN"]').boundingBox();
      expect(Math.abs((box?.x ?? 0) - (anchor?.x ?? 0))).toBeLessThan(3);
      expect(Math.abs((box?.y ?? 0) - (anchor?.y ?? 0))).toBeLessThan(3);
    });

    it('redraws a chart when its data changes', async () => {
      await playground.workbook.runAsScript((globals) => {
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
