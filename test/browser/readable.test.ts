import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../listing/site.ts';
import { listColumns } from '../../src/sheets/list-columns.ts';
import { browserAvailability } from './helpers/chromium.ts';
import {
  cell,
  columnCells,
  generateList,
  openSheet,
  sidebar,
  typeIntoCell,
  valueCellOf,
} from './helpers/playground-page.ts';
import { OUTPUT_DIR, openPage, playgroundSession } from './helpers/session.ts';

describe.runIf(browserAvailability().kind === 'run')(
  'readable sheets and sidebar',
  { timeout: 90_000 },
  () => {
    const session = playgroundSession(15_000);

    /** A fresh 1280 × 720 page on the sample workbook; dialogs are recorded and answered as `answer` says. */
    const open = (answer: { accept: boolean } = { accept: false }) =>
      openPage(session, {
        workbook: 'sample',
        accept: () => answer.accept,
        viewport: { width: 1280, height: 720 },
        waitForStatus: true,
      });

    const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUTPUT_DIR, name) });

    it('shows the list as Sheets would: percents, signed margins, frozen Rank and Program, wrapped Why, notes', async () => {
      const { page } = await open();
      await generateList(page);
      await openSheet(page, 'Application List');
      const chances = (await columnCells(page, 'Chance')).map((c) => c.text).filter(Boolean);
      expect(chances.length).toBeGreaterThan(10);
      for (const text of chances) expect(text).toMatch(/^\d{1,2}%$/);
      const margins = (await columnCells(page, 'Margin')).map((c) => c.text).filter(Boolean);
      expect(margins.some((m) => /^\+\d+$/.test(m))).toBe(true);
      for (const text of margins) expect(text).toMatch(/^(\+\d+|−\d+|0)$/);
      const header = async (name: string) =>
        page.locator('table.grid td[data-row="1"]', { hasText: name }).first();
      expect(await (await header('Chance')).getAttribute('title')).toContain(
        'Your estimated chance, in percent',
      );
      expect(await (await header('Category')).getAttribute('title')).toContain('Safety: Chance 40% or more');
      const chanceCell = cell(page, (await columnCells(page, 'Chance'))[0]!.a1);
      expect(await chanceCell.evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
      const why = cell(page, (await columnCells(page, 'Why'))[0]!.a1);
      expect(await why.evaluate((td) => getComputedStyle(td).whiteSpace)).toBe('pre-wrap');
      expect((await why.boundingBox())!.height).toBeGreaterThan(40);
      await shot(page, 'readable-list.png');
      expect(await (await header('Program')).getAttribute('title')).toContain(
        'the programs marked Apply first',
      );

      // The key columns beside the frozen Rank and Program: the picture in the README (docs/playground.png).
      const category = (await cell(page, 'H1').boundingBox())!;
      const frozenEdge = (await cell(page, 'B1').boundingBox())!;
      await page
        .locator('#grid')
        .evaluate((g, by) => g.scrollTo(by, 0), category.x - (frozenEdge.x + frozenEdge.width));
      await shot(page, 'readable-list-key-columns.png');

      // Scrolled right and down, Rank, Program and the header row stay in view.
      const grid = page.locator('#grid');
      await grid.evaluate((g) => g.scrollTo(1400, 600));
      const program = await cell(page, 'B1').boundingBox();
      const gridBox = (await grid.boundingBox())!;
      // Program stays where it stood before the grid scrolled (Rank keeps Sheets' 100 px beside it).
      expect(Math.abs(program!.x - frozenEdge.x)).toBeLessThan(2);
      expect(program!.x).toBeLessThan(gridBox.x + 200);
      expect(program!.y).toBeLessThan(gridBox.y + 40);
      const firstProgram = await cell(page, 'B20').boundingBox();
      expect(Math.abs(firstProgram!.x - frozenEdge.x)).toBeLessThan(2);
      await shot(page, 'readable-list-scrolled.png');
      await page.close();
    });

    it('lays out the plan with the summary first, dollars, wrapped advice, ✓/✗ marks and what to do next', async () => {
      const { page } = await open();
      await generateList(page);
      await openSheet(page, 'Application Plan');
      const items = await page.locator('table.grid td[data-column="1"]').allTextContents();
      const at = (label: string) => items.indexOf(label);
      expect(items.slice(1, 3)).toEqual(['Summary', 'Applicant']);
      expect(at('Expected interviews')).toBeLessThan(at('What to do next'));
      expect(at('Reach')).toBeLessThan(at('What to do next'));
      expect(at('What to do next')).toBeLessThan(at('Advice'));
      const value = async (label: string) => cell(page, `B${at(label) + 1}`);
      expect(await (await value('ERAS cost of the Apply set')).textContent()).toMatch(/^\$\d[\d,]*$/);
      expect(await (await value('Expected interviews')).textContent()).toMatch(/^\d+\.\d$/);
      const marks = await page.locator('table.grid td[data-column="2"]').allTextContents();
      expect(marks.filter((m) => /^(✓ Met|✗ Not met|\? Unknown)$/.test(m)).length).toBeGreaterThan(2);
      const first = await value('First');
      expect(await first.textContent()).toMatch(/^Apply to the \d+ programs marked Yes/);
      const advice = await value('Programs for a 90% chance of 12');
      expect(
        (await cell(page, `C${at('Programs for a 90% chance of 12') + 1}`).boundingBox())!.height,
      ).toBeGreaterThan(40);
      expect(await advice.evaluate((td) => getComputedStyle(td).whiteSpace)).toBe('pre-wrap');
      await shot(page, 'readable-plan.png');
      await page.close();
    });

    it('says what a formula expected on hover and in the status line, and explains one it does not compute', async () => {
      const { page } = await open();
      await openSheet(page, 'Profile');
      await typeIntoCell(page, 'E2', '=RAD_TIER("abc")');
      await typeIntoCell(page, 'E3', '=SUM(1, 2)');
      await typeIntoCell(page, 'E4', '=RAD_TIER(B5)');
      await expect.poll(() => cell(page, 'E2').textContent()).toBe('#ERROR!');
      const message = 'RAD_TIER: "abc" is not a Step 2 CK score; expected a whole number from 1 to 300';
      expect(await cell(page, 'E2').getAttribute('title')).toContain(message);
      await cell(page, 'E2').click();
      await expect.poll(() => page.locator('#status').textContent()).toContain(message);
      expect(await cell(page, 'E3').textContent()).toBe('not computed here');
      await cell(page, 'E3').click();
      await expect
        .poll(() => page.locator('#status').textContent())
        .toContain("the playground computes only RadList's formulas");
      expect(await cell(page, 'E4').textContent()).toBe('Mildly low');
      await cell(page, 'E2').click();
      await shot(page, 'readable-formula-error.png');
      await page.close();
    });

    it('explains how RadList decides in the sidebar, with the bands in force and links to the docs', async () => {
      const { page } = await open();
      const help = sidebar(page).getByTestId('help');
      await help.locator('summary').click();
      const text = await help.textContent();
      for (const words of ['Chance', 'Safety at 40% or more', 'Target from 10%', 'Fit', 'Apply', 'Signals']) {
        expect(text).toContain(words);
      }
      expect(await sidebar(page).getByTestId('help-chance-link').getAttribute('href')).toBe(
        `${SITE}/chance-model`,
      );
      expect(await sidebar(page).getByTestId('help-ranking-link').getAttribute('href')).toBe(
        `${SITE}/scoring`,
      );
      const popup = page.waitForEvent('popup');
      await sidebar(page).getByTestId('help-chance-link').click();
      const doc = await popup;
      await doc.waitForLoadState();
      expect(doc.url()).toMatch(/\/docs\/chance-model$/);
      expect(await doc.locator('body').textContent()).toContain('Chance');
      await doc.close();
      await shot(page, 'readable-help.png');
      await page.close();
    });

    it('puts a hint beside every Profile field, Geographic preference included', async () => {
      const { page } = await open();
      await openSheet(page, 'Profile');
      const hint = async (label: string) =>
        cell(page, (await valueCellOf(page, label)).replace('B', 'C')).textContent();
      expect(await hint('Geographic preference')).toContain('up to 3 of the 9 Census divisions');
      expect(await hint('USCE weeks')).toContain('USCE months');
      expect(await hint('Applicant type')).toBe('US MD, DO, US IMG or Non-US IMG (blank means US IMG)');
      expect(await hint('Step 2 CK')).toContain('1 to 300');
      await shot(page, 'readable-profile.png');
      await page.close();
    });

    it('shares the applicant’s own list from My list, previews exactly what is sent, and opens the simulated file', async () => {
      const { page } = await open();
      const bar = sidebar(page);
      const preview = bar.getByTestId('mine-share-preview');
      await preview.waitFor();
      const listItem = preview.locator('li[data-sheet="List"]');
      expect(await listItem.textContent()).toContain(`List: ${listColumns(false).join(', ')}.`);
      expect(await listItem.textContent()).toContain('Left out: Chance, Fit, Min Step 2 CK');
      await bar.getByTestId('mine-share-scores').check();
      expect(await listItem.textContent()).toContain(`List: ${listColumns(true).join(', ')}.`);
      await bar.getByTestId('mine-share-scores').uncheck();
      await bar.getByTestId('mine-share-email').fill('mentor@example.org');
      await bar.getByTestId('mine-share-email').scrollIntoViewIfNeeded();
      await shot(page, 'readable-share-preview.png');
      await bar.getByTestId('mine-share').click();
      await bar.getByTestId('mine-share-link').waitFor();
      await expect
        .poll(() => page.locator('#status').textContent())
        .toContain('Sharing is simulated in the playground');
      await bar.getByTestId('mine-share-link').click();
      await page.locator('#viewing').waitFor({ state: 'visible' });
      expect(await page.locator('#viewing-text').textContent()).toContain('mentor@example.org');
      const tabs = await page.locator('#tabs .tab').allTextContents();
      expect(tabs).toEqual(['List', 'Plan']);
      const header = await page.locator('table.grid td[data-row="1"]').allTextContents();
      expect(header.filter(Boolean)).toEqual(listColumns(false));
      await shot(page, 'readable-shared-file.png');
      await page.locator('#viewing-back').click();
      await page.locator('#viewing').waitFor({ state: 'hidden' });
      expect(await page.locator('#tabs .tab > button:first-child').allTextContents()).toContain('Profile');
      await page.close();
    });

    it('opens the Cohort tab from the menu without claiming a run; the status line shows only the latest action', async () => {
      const { page } = await open();
      await page.locator('#menus button', { hasText: '▾' }).first().click();
      await page.getByRole('button', { name: 'Generate cohort lists' }).click();
      await expect
        .poll(() => page.locator('#status').textContent())
        .toBe(
          'Opened the RadList sidebar on its Cohort tab. Nothing has run yet: press Generate cohort lists there.',
        );
      await expect
        .poll(() => sidebar(page).getByTestId('cohort-tab').getAttribute('aria-selected'))
        .toBe('true');
      expect(await sidebar(page).getByTestId('cohort-from-menu').isVisible()).toBe(true);
      expect(await page.locator('#tabs .tab > button:first-child').allTextContents()).not.toContain(
        'Cohort Summary',
      );
      await shot(page, 'readable-cohort-from-menu.png');
      await openSheet(page, 'Profile');
      await typeIntoCell(page, 'D1', 'a note of mine');
      expect(await page.locator('#status').textContent()).toBe('');
      await page.close();
    });

    it('asks before resetting the workbook or deleting a sheet, and changes nothing when told no', async () => {
      const { page, dialogs } = await open({ accept: false });
      await openSheet(page, 'Cohort');
      await page.getByRole('button', { name: 'Delete sheet Cohort' }).click();
      await page.locator('#reset-workbook').click();
      expect(dialogs).toEqual([
        expect.stringMatching(/^Delete the sheet "Cohort" and everything in it\?/),
        expect.stringMatching(/^Start over with the sample workbook\?/),
      ]);
      expect(await page.locator('#tabs .tab > button:first-child').allTextContents()).toContain('Cohort');
      expect(await page.locator('#status').textContent()).toBe('Nothing was reset.');
      await page.close();
    });

    it('says a result is out of date once the data it came from changed', async () => {
      const { page } = await open();
      await generateList(page);
      const stale = sidebar(page).getByTestId('result-stale');
      expect(await stale.isHidden()).toBe(true);
      await openSheet(page, 'Profile');
      await typeIntoCell(page, await valueCellOf(page, 'Step 2 CK'), '240');
      await sidebar(page).getByTestId('refresh-state').click();
      await expect.poll(() => stale.isVisible()).toBe(true);
      await generateList(page);
      await expect.poll(() => stale.isHidden()).toBe(true);
      await page.close();
    });

    it('works by keyboard and for screen readers: names, focus order, the result focused, a live region', async () => {
      const { page } = await open();
      const frame = page.frame({ url: /\/sidebar$/ })!;
      const unnamed = await frame.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, summary, a')]
          .filter((el) => el.offsetParent !== null)
          .filter((el) => {
            const labelled = (el as HTMLInputElement).labels?.length;
            const name =
              el.getAttribute('aria-label') || el.textContent?.trim() || el.getAttribute('aria-labelledby');
            return !labelled && !name;
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unnamed).toEqual([]);
      expect(await frame.locator('#live').getAttribute('aria-live')).toBe('polite');
      await frame.locator('#refresh-state').focus();
      const order: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        await page.keyboard.press('Tab');
        order.push(
          await frame.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
        );
      }
      const expected = [
        'SUMMARY',
        'tab-mine',
        'generate-list',
        'mine-share-email',
        'mine-share-role',
        'mine-share-scores',
        'mine-share',
      ];
      expect(order.filter((id) => expected.includes(id))).toEqual(expected);
      await frame.locator('#tab-mine').focus();
      await page.keyboard.press('ArrowRight');
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('tab-cohort');
      await page.keyboard.press('Home');
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('tab-mine');
      await frame.locator('#generate-list').focus();
      await page.keyboard.press('Enter');
      await frame.getByTestId('result-next-steps').waitFor();
      await expect.poll(() => frame.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      expect(await frame.locator('#live').textContent()).toContain('Your list is ready');
      await page.close();
    });

    it('keeps the sidebar usable at 300 px and the playground at 1280 × 720, grid and sidebar side by side', async () => {
      const { page } = await open();
      await generateList(page);
      const sidebarBox = (await page.locator('#sidebar').boundingBox())!;
      const gridBox = (await page.locator('#grid').boundingBox())!;
      expect(sidebarBox.x + sidebarBox.width).toBeLessThanOrEqual(1280);
      expect(gridBox.width).toBeGreaterThan(800);
      expect(gridBox.height).toBeGreaterThan(500);
      expect((await page.locator('header.menubar').boundingBox())!.height).toBeLessThan(50);
      await openSheet(page, 'Application List');
      await shot(page, 'readable-1280x720.png');

      const narrow = await session.context.newPage();
      await narrow.setViewportSize({ width: 300, height: 700 });
      await narrow.goto(`${session.playground.url}sidebar`);
      await narrow.getByTestId('status-applicant').waitFor();
      await narrow.getByTestId('generate-list').click();
      await narrow.getByTestId('result-next-steps').waitFor();
      await narrow.getByTestId('help').locator('summary').click();
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(300);
      await narrow.screenshot({ path: path.join(OUTPUT_DIR, 'readable-sidebar-300.png'), fullPage: true });
      await narrow.close();
      await page.close();
    });
  },
);
