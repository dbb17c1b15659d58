import path from 'node:path';
import Papa from 'papaparse';
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

describe.runIf(browserAvailability().kind === 'run')('the sidebar and the grid', { timeout: 60_000 }, () => {
  const session = playgroundSession(10_000);
  /** Whether a confirm (deleting a sheet) is accepted; otherwise every dialog is dismissed. */
  let acceptConfirms = false;

  async function open(workbook: 'sample' | 'empty'): Promise<Page> {
    const accept = (dialog: Dialog) => acceptConfirms && dialog.type() === 'confirm';
    return (await openPage(session, { workbook, accept, waitForStatus: true })).page;
  }

  it('refreshes "Your data" after Generate my list and lists each issue once, without a scroll box', async () => {
    const page = await open('sample');
    await openSheet(page, 'Programs');
    const minimums = await columnCells(page, 'Min Step 2 CK');
    const broken = minimums[0]!.a1;
    await typeIntoCell(page, broken, 'not a score');
    await openSheet(page, 'Profile');
    await typeIntoCell(page, await valueCellOf(page, 'Step 2 CK'), '250');
    expect(await sidebar(page).getByTestId('status-applicant').textContent()).toContain('Step 2 CK 221');
    await generateList(page);
    await expect
      .poll(() => sidebar(page).getByTestId('status-applicant').textContent())
      .toContain('Step 2 CK 250');
    const issueButtons = sidebar(page).locator('button.issue', { hasText: `Programs!${broken}` });
    await expect.poll(() => issueButtons.count()).toBe(1);
    expect(await sidebar(page).locator('#issues button.issue', { hasText: broken }).count()).toBe(1);
    expect(await sidebar(page).getByTestId('result-issues-note').textContent()).toMatch(
      /listed under "Your data" above/,
    );
    const overflow = await sidebar(page)
      .locator('.issue-list')
      .first()
      .evaluate((list) => getComputedStyle(list).overflowY);
    expect(overflow).toBe('visible');
    await page.close();
  });

  it('offers "Set up sheets", not "Try again", when Generate finds Programs deleted', async () => {
    const page = await open('sample');
    await openSheet(page, 'Programs');
    acceptConfirms = true;
    await page.getByRole('button', { name: 'Delete sheet Programs' }).click();
    acceptConfirms = false;
    await expect.poll(() => sidebar(page).locator('#missing').textContent()).toContain('Programs');
    await sidebar(page).getByTestId('generate-list').click();
    const action = sidebar(page).getByTestId('error-retry');
    await expect.poll(() => action.isVisible()).toBe(true);
    expect(await sidebar(page).locator('#error-message').textContent()).toContain('Programs');
    expect(await action.textContent()).toBe('Set up sheets');
    await action.click();
    await page.locator('#tabs .tab[data-sheet="Programs"]').waitFor();
    await expect.poll(() => sidebar(page).getByTestId('error').isHidden()).toBe(true);
    await page.close();
  });

  it('shows "RadList" once: the panel title, with the sidebar heading for screen readers only', async () => {
    const page = await open('sample');
    expect(await page.locator('.sidebar-title').textContent()).toContain('RadList');
    const heading = await sidebar(page).locator('h1').boundingBox();
    expect(heading?.width ?? 0).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('ends a cohort run saying it is done, with no time left and the duration in words', async () => {
    const page = await open('sample');
    await sidebar(page).getByTestId('cohort-tab').click();
    await sidebar(page).getByTestId('cohort-generate').click();
    const summary = sidebar(page).getByTestId('cohort-summary');
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toContain('Done:');
    const progress = await sidebar(page).getByTestId('cohort-progress-text').textContent();
    expect(progress).toMatch(/^All \d+ applicants done$/);
    expect(await summary.textContent()).toMatch(/in (under a second|[1-9]\d* seconds?|\d+ minutes?)/);
    await page.close();
  });

  it('shares with a short "Open the shared file" link and the file name beside it', async () => {
    const page = await open('sample');
    await sidebar(page).getByTestId('cohort-tab').click();
    await sidebar(page).getByTestId('cohort-share-email').fill('mentor@example.org');
    await sidebar(page).getByTestId('cohort-share').click();
    const link = sidebar(page).getByTestId('cohort-share-link');
    await link.waitFor();
    expect(await link.textContent()).toBe('Open the shared file');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    expect([await link.getAttribute('target'), await link.getAttribute('rel')]).toEqual([
      '_blank',
      'noopener noreferrer',
    ]);
    expect(await sidebar(page).getByTestId('cohort-share-result').textContent()).toContain('Shared "RadList');
    expect((await link.boundingBox())?.height ?? 99).toBeLessThan(24);
    await page.close();
  });

  it('draws columns at the widths the sheet has, cuts long text with an ellipsis and keeps it in the tooltip', async () => {
    const page = await open('sample');
    await generateList(page);
    const snapshot = (await (await fetch(`${session.playground.url}api/workbook`)).json()) as {
      sheets: { name: string; columnWidths: number[] }[];
    };
    for (const name of ['Application List', 'Application Plan']) {
      await openSheet(page, name);
      const widths = snapshot.sheets.find((s) => s.name === name)!.columnWidths;
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableCellElement>('table.grid thead th')].map(
          (th) => th.offsetWidth,
        ),
      );
      for (const [i, width] of widths.entries())
        expect(Math.abs(shown[i + 1]! - width)).toBeLessThanOrEqual(1);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableCellElement>('table.grid td[data-a1]')]
          .filter((td) => td.scrollWidth > td.clientWidth)
          .map((td) => ({
            text: td.textContent,
            title: td.title,
            ellipsis: getComputedStyle(td).textOverflow,
          })),
      );
      for (const entry of cut)
        expect([entry.title.startsWith(entry.text ?? ''), entry.ellipsis]).toEqual([true, 'ellipsis']);
      await page.screenshot({
        path: path.join(OUTPUT_DIR, `${name.toLowerCase().replace(/\s+/g, '-')}.png`),
      });
    }
    await cell(page, 'B2').click();
    expect(await page.locator('#formula-input').inputValue()).toBe(await cell(page, 'B2').textContent());
    await page.close();
  });

  it('shows Profile after "Set up sheets"', async () => {
    const page = await open('empty');
    await sidebar(page).getByTestId('setup-samples').check();
    await sidebar(page).getByTestId('setup-sheets').click();
    await page.locator('#tabs .tab[data-sheet="Settings"]').waitFor();
    await expect.poll(() => page.locator('#tabs .tab.active').getAttribute('data-sheet')).toBe('Profile');
    await page.locator('table.grid[data-sheet="Profile"]').waitFor();
    await page.close();
  });

  it('exports formula-like text with a leading apostrophe and numbers as they are', async () => {
    await fetch(`${session.playground.url}api/reset`, {
      method: 'POST',
      body: JSON.stringify({ workbook: 'sample' }),
    });
    // Typed as a user would; a leading ' keeps text that Sheets would otherwise read as a formula.
    const typed = ['@SUM(1,2)', "'+1 555 0100", "'-cmd|calc", '\tTabbed'];
    const stored = ['@SUM(1,2)', '+1 555 0100', '-cmd|calc', '\tTabbed'];
    for (const [i, text] of typed.entries()) {
      const answer = await fetch(`${session.playground.url}api/cell`, {
        method: 'POST',
        body: JSON.stringify({ sheet: 'Programs', a1: `A${i + 2}`, value: text }),
      });
      expect(answer.ok).toBe(true);
    }
    await fetch(`${session.playground.url}api/cell`, {
      method: 'POST',
      body: JSON.stringify({ sheet: 'Programs', a1: 'A6', value: '-3' }),
    });
    const rows = Papa.parse<string[]>(
      await (await fetch(`${session.playground.url}api/csv/Programs`)).text(),
    ).data;
    expect(rows.slice(1, 5).map((row) => row[0])).toEqual(stored.map((text) => `'${text}`));
    expect(rows[5]![0]).toBe('-3');
  });
});
