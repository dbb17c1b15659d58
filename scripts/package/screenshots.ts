/**
 * Screenshots of RadList for the Store Listing, at the Marketplace's 1280 × 800: the playground (the real
 * built add-on running on the fictional sample workbook in the Apps Script emulator) started in this
 * process, driven in Chromium the way a user would drive it: the sidebar's Generate my list, the Cohort
 * tab's Generate cohort lists, a RAD_TIER formula. The playground's own controls (CSV import and export,
 * reset, open sidebar) are hidden, since they are not part of RadList.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground } from '../playground.ts';
import { GRAPHICS } from './listing-rules.ts';

export interface Screenshot {
  file: string;
  /** What it shows, in the words a listing reader needs. */
  caption: string;
}

/** Hides what only the playground has. */
const PLAYGROUND_ONLY_CSS =
  '.csv-import, #export-csv, #reset-workbook, #open-sidebar, #status { display: none !important; }';
const WAIT_MS = 20_000;

async function openSheet(page: Page, name: string): Promise<void> {
  const attribute = JSON.stringify(name);
  await page.locator(`#tabs .tab[data-sheet=${attribute}] > button`).first().click();
  await page.locator(`table.grid[data-sheet=${attribute}]`).waitFor();
}

/**
 * Takes the listing's screenshots into `outDir`.
 *
 * @param browser - a running Chromium
 * @param distDir - the built add-on the playground loads
 * @param outDir - the folder to write the PNG files to (created if missing)
 * @returns the files written, in the order they should appear in the listing
 */
export async function takeScreenshots(
  browser: Browser,
  distDir: string,
  outDir: string,
): Promise<Screenshot[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const playground = await startPlayground({ port: 0, distDir, workbook: 'sample' });
  const { width, height } = GRAPHICS.screenshot;
  // The playground forbids inline styles; bypassing its policy lets the page hide the playground-only controls.
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    bypassCSP: true,
  });
  context.setDefaultTimeout(WAIT_MS);
  const shots: Screenshot[] = [];
  try {
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(playground.url);
    await page.addStyleTag({ content: PLAYGROUND_ONLY_CSS });
    await page.evaluate(() => {
      const title = document.querySelector('.doc-title');
      if (title) title.textContent = 'RadList · the fictional sample workbook';
    });
    await page.locator('table.grid').waitFor();
    const sidebar = page.frameLocator('#sidebar');
    const shoot = async (file: string, caption: string) => {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(outDir, file), clip: { x: 0, y: 0, width, height } });
      shots.push({ file, caption });
    };

    await sidebar.locator('#generate-list').click();
    await sidebar.getByTestId('result-tier').waitFor();
    await openSheet(page, 'Application List');
    await shoot(
      '1-application-list.png',
      'Every program ranked and placed in a category, with the plan beside it',
    );

    await openSheet(page, 'Application Plan');
    await shoot('2-application-plan.png', 'The plan: how many to apply to, ERAS cost, signals, checklist');

    await sidebar.getByTestId('cohort-tab').click();
    await sidebar.getByTestId('cohort-generate').click();
    await sidebar.locator('[data-testid="cohort-summary"] p').first().waitFor();
    await sidebar.getByTestId('cohort-summary').scrollIntoViewIfNeeded();
    await openSheet(page, 'Cohort Summary');
    await shoot('3-cohort-summary.png', 'Advisors: a whole cohort’s lists in one go');

    await openSheet(page, 'Cohort');
    const formulaCell = page.locator('table.grid td[data-a1="S2"]');
    await formulaCell.click();
    await page.locator('#formula-input').waitFor();
    await shoot('4-formulas.png', 'Formulas such as =RAD_TIER work over a whole column');
  } finally {
    await context.close();
    await playground.close();
  }
  return shots;
}
