import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability } from './helpers/chromium.ts';
import { chooseFromDropdown, columnCells, openSheet, sidebar } from './helpers/playground-page.ts';
import { OUTPUT_DIR, playgroundSession, showPlayground } from './helpers/session.ts';

const availability = browserAvailability();

/** What each of the first applicants' first Apply rows is marked, in order. */
const MARKS = ['Invited', 'Invited', 'Rejected', 'Rejected', 'Rejected', 'Rejected', 'Applied', 'Applied'];
const APPLICANTS_MARKED = 4;

describe.runIf(availability.kind === 'run')('a season in the playground', { timeout: 180_000 }, () => {
  const session = playgroundSession(15_000);
  let page: Page;

  beforeAll(async () => {
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await showPlayground(page, session.playground);
  });

  async function generateCohort(): Promise<void> {
    await sidebar(page).getByTestId('cohort-tab').click();
    const summary = sidebar(page).getByTestId('cohort-summary');
    const before = await summary.textContent();
    await sidebar(page).getByTestId('cohort-generate').click();
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toContain('Done:');
    expect(await summary.textContent()).not.toBe(before === '' ? null : undefined);
  }

  it('runs the season: lists, statuses by dropdown, saved outcomes, a fitted model, the Model sheet and the dashboard', async () => {
    // 1. The sample workbook holds a fictional Outcomes history; generate the cohort's lists.
    await page.locator('#tabs .tab[data-sheet="Outcomes"]').waitFor();
    await generateCohort();
    await page.locator('#tabs .tab[data-sheet="Cohort Dashboard"]').waitFor();

    // 2. Mark statuses as a person does, choosing from the Status dropdown of Cohort Lists.
    await openSheet(page, 'Cohort Lists');
    const applicants = await columnCells(page, 'Applicant');
    const apply = await columnCells(page, 'Apply');
    const statusColumn = await page.evaluate(() => {
      const header = [...document.querySelectorAll<HTMLTableCellElement>('table.grid td[data-row="1"]')].find(
        (td) => td.textContent === 'Status',
      );
      return (header?.dataset.a1 ?? '').replace(/\d+$/, '');
    });
    expect(statusColumn).not.toBe('');
    const names = [...new Set(applicants.map((c) => c.text))].slice(0, APPLICANTS_MARKED);
    let marked = 0;
    for (const name of names) {
      const rows = applicants
        .filter((c, i) => c.text === name && apply[i]?.text === 'Yes')
        .map((c) => c.row)
        .slice(0, MARKS.length);
      for (const [i, row] of rows.entries()) {
        await chooseFromDropdown(page, `${statusColumn}${row}`, MARKS[i]!);
        marked += 1;
      }
    }
    await expect
      .poll(async () => (await columnCells(page, 'Status')).filter((c) => c.text !== '').length)
      .toBe(marked);

    // 3. Save the outcomes from the Cohort tab: the season is over, so Applied counts as not invited.
    const cycle = sidebar(page).getByTestId('cohort-outcomes-cycle');
    expect(await cycle.inputValue()).toMatch(/^20\d\d$/);
    await sidebar(page).getByTestId('cohort-outcomes-final').check();
    await sidebar(page).getByTestId('cohort-outcomes-save').click();
    const saved = sidebar(page).getByTestId('cohort-outcomes-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toBe(
      `Saved ${marked} applications of ${await cycle.inputValue()} to the Outcomes sheet.`,
    );
    await openSheet(page, 'Outcomes');
    const sources = await columnCells(page, 'Source');
    expect(sources.filter((c) => c.text === 'RadList')).toHaveLength(marked);
    expect(sources.filter((c) => c.text.startsWith('Fictional sample')).length).toBeGreaterThan(200);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'season-outcomes.png') });

    // 4. Generate again: the model is fitted to the outcomes, and the Model sheet says so.
    await generateCohort();
    await openSheet(page, 'Model');
    const inForce = (await columnCells(page, 'Default')).find((c) => c.text === 'Fitted');
    expect(inForce, 'the Model sheet says the fitted values are in force').toBeDefined();
    const sourcesUsed = (await columnCells(page, 'Source')).map((c) => c.text);
    expect(sourcesUsed.filter((text) => text === 'Fitted to your outcomes').length).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'season-model.png') });

    // 5. The dashboard's three charts are drawn from the tables RadList wrote.
    await openSheet(page, 'Cohort Dashboard');
    for (const type of ['COLUMN', 'COMBO', 'BAR']) {
      await page.locator(`.chart-box[data-chart-type="${type}"] canvas`).waitFor();
    }
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('.chart-box canvas')].map((c) =>
        c.getAttribute('aria-label'),
      ),
    );
    expect(titles).toEqual(
      expect.arrayContaining([
        'column chart: Applicants per tier',
        expect.stringMatching(/^combo chart: Expected interviews per applicant \(target \d+\)$/),
        'bar chart: Programs by category per applicant',
      ]),
    );
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'season-dashboard.png') });

    // 6. The applicant's own plan says its chances come from the outcomes, and draws its small chart.
    await sidebar(page).getByTestId('tab-mine').click();
    await sidebar(page).locator('#generate-list').click();
    const model = sidebar(page).getByTestId('result-model');
    await model.waitFor();
    expect(await model.textContent()).toMatch(
      /^Chances from your outcomes \(\d+ applications, 2022–20\d\d\)\.$/,
    );
    await openSheet(page, 'Application Plan');
    await page.locator('.chart-box[data-chart-type="COLUMN"] canvas').waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'season-plan.png') });
  });
});
