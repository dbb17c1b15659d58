/**
 * The playground in headless Chromium, driven as a user would: set up and generate from the real sidebar,
 * edit a score and regenerate, HTML in user data shown as text, a deleted input sheet, CSV in and out,
 * RAD_* formulas, the add-on menu, and a screenshot under test-output/.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startPlayground } from '../../scripts/playground.ts';
import { programListShapes, shapeCsv } from '../fixtures/program-lists.ts';
import { browserAvailability, CHROMIUM_PATH, INSTALL_COMMAND } from './helpers/chromium.ts';
import {
  cell,
  columnCells,
  openSheet,
  sidebar,
  typeIntoCell,
  valueCellOf,
} from './helpers/playground-page.ts';
import { OUTPUT_DIR, openPage, playgroundSession } from './helpers/session.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const BELOW_MINIMUM = 'rgb(244, 204, 204)';
const NOT_ELIGIBLE = 'rgb(252, 229, 205)';
const availability = browserAvailability();

describe('browserAvailability', () => {
  it.each([
    [true, {}, 'run'],
    [false, {}, 'missing'],
    [false, { RADLIST_SKIP_BROWSER: '1' }, 'skip'],
    [false, { RADLIST_SKIP_BROWSER: '0' }, 'missing'],
  ])('with Chromium present=%s and env %o says %s', (present, env, kind) => {
    const answer = browserAvailability(env, (file) => present && file === CHROMIUM_PATH);
    expect(answer.kind).toBe(kind);
    if (answer.kind !== 'run') expect(answer.message).toContain(INSTALL_COMMAND);
  });
});

if (availability.kind === 'missing') {
  describe('the browser suite', () => {
    it('finds Chromium', () => {
      throw new Error(availability.message);
    });
  });
}
if (availability.kind === 'skip') {
  console.warn(availability.message);
  describe.skip(availability.message, () => {
    it('runs the playground in Chromium', () => {});
  });
}

describe.runIf(availability.kind === 'run')('the playground in Chromium', { timeout: 60_000 }, () => {
  const session = playgroundSession(10_000);

  /**
   * A fresh page on a reset workbook; every dialog is recorded and dismissed, except that confirms are
   * accepted while `confirms.accept` is true.
   */
  const open = (workbook: 'sample' | 'empty', confirms = { accept: false }) =>
    openPage(session, { workbook, accept: (dialog) => dialog.type() === 'confirm' && confirms.accept });

  function sidebarFrame(page: Page): Frame {
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
    if (!frame) throw new Error('The sidebar frame is not loaded.');
    return frame;
  }

  async function generateFromSidebar(page: Page): Promise<string> {
    const tier = sidebar(page).getByTestId('result-tier');
    const before = (await tier.count()) > 0 ? await tier.textContent() : null;
    const done = page.waitForResponse(
      (r) => r.url().endsWith('/api/run') && r.request().postData()?.includes('generateList') === true,
    );
    await sidebar(page).locator('#generate-list').click();
    const answer = (await (await done).json()) as { ok: boolean; error?: { message: string } };
    expect(answer.error?.message ?? '').toBe('');
    await tier.waitFor();
    await expect.poll(async () => (await tier.textContent()) !== before || before !== null).toBe(true);
    return (await tier.textContent()) ?? '';
  }

  async function categoriesShown(page: Page): Promise<string[]> {
    await openSheet(page, 'Application List');
    return (await columnCells(page, 'Category')).map((c) => c.text);
  }

  it('answers within a few seconds of start', async () => {
    const started = Date.now();
    const second = await startPlayground({ port: 0 });
    try {
      const page = await fetch(second.url);
      const workbook = (await (await fetch(`${second.url}api/workbook`)).json()) as {
        sheets: { name: string }[];
      };
      expect(page.status).toBe(200);
      expect(workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Profile', 'Programs']));
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await second.close();
    }
  });

  it('sets up sheets and generates from the sidebar, and highlights rows in Application List', async () => {
    const { page, dialogs } = await open('empty');
    await expect.poll(() => sidebar(page).locator('#missing').textContent()).toContain('Programs');
    await sidebar(page).locator('#setup-samples').check();
    await sidebar(page).locator('#setup-sheets').click();
    await page.locator('#tabs .tab[data-sheet="Programs"]').waitFor();
    await generateFromSidebar(page);
    // The sample's Apply set holds Advanced programs, so the result advises the PGY-1 year too.
    expect(await sidebar(page).getByTestId('result-pgy-one').textContent()).toContain(
      'so you also need a first year: apply to about',
    );
    const categories = await categoriesShown(page);
    const cells = await columnCells(page, 'Category');
    const programCells = await columnCells(page, 'Program');
    expect(cells.length).toBeGreaterThan(0);
    const highlighted = cells.filter((c) => c.text === 'Below minimum' || c.text === 'Not eligible');
    expect(highlighted.length).toBeGreaterThan(0);
    cells.forEach((c, i) => {
      const expected =
        { 'Below minimum': BELOW_MINIMUM, 'Not eligible': NOT_ELIGIBLE }[c.text] ?? 'rgb(255, 255, 255)';
      expect([categories[i], c.background]).toEqual([c.text, expected]);
      expect(programCells[i]?.background).toBe(expected);
    });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("changes the list when the Profile's Step 2 CK is edited and the list regenerated", async () => {
    const { page } = await open('sample');
    const tierBefore = await generateFromSidebar(page);
    const before = await categoriesShown(page);
    await openSheet(page, 'Profile');
    const scoreCell = await valueCellOf(page, 'Step 2 CK');
    const oldScore = Number(await cell(page, scoreCell).textContent());
    const newScore = oldScore >= 230 ? 205 : 250;
    await typeIntoCell(page, scoreCell, String(newScore));
    await expect.poll(() => cell(page, scoreCell).textContent()).toBe(String(newScore));
    await expect.poll(() => generateFromSidebar(page)).not.toBe(tierBefore);
    const after = await categoriesShown(page);
    expect(after).not.toEqual(before);
    const belowCount = (list: string[]) => list.filter((c) => c === 'Below minimum').length;
    if (newScore > oldScore) expect(belowCount(after)).toBeLessThanOrEqual(belowCount(before));
    else expect(belowCount(after)).toBeGreaterThanOrEqual(belowCount(before));
    await page.close();
  });

  it('shows a program and an applicant named with HTML as text, and no dialog fires', async () => {
    const { page, dialogs } = await open('sample');
    await openSheet(page, 'Programs');
    const [firstProgram] = await columnCells(page, 'Program');
    await typeIntoCell(page, firstProgram!.a1, HOSTILE);
    const [firstMinimum] = await columnCells(page, 'Min Step 2 CK');
    if (firstMinimum) await typeIntoCell(page, firstMinimum.a1, HOSTILE);
    await openSheet(page, 'Profile');
    await typeIntoCell(page, await valueCellOf(page, 'Name'), HOSTILE);
    await sidebar(page).locator('#refresh-state').click();
    await generateFromSidebar(page);
    await openSheet(page, 'Application List');
    expect((await columnCells(page, 'Program')).map((c) => c.text)).toContain(HOSTILE);
    await openSheet(page, 'Programs');
    await expect.poll(() => cell(page, firstProgram!.a1).textContent()).toBe(HOSTILE);
    const frame = sidebarFrame(page);
    await expect.poll(() => frame.locator('body').textContent()).toContain(HOSTILE);
    expect(await frame.locator('#issues').textContent()).toContain('Programs');
    await page.waitForTimeout(500);
    expect(await page.locator('img').count()).toBe(0);
    expect(await frame.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('says Programs is missing and offers Set up sheets once Programs is deleted', async () => {
    const { page, dialogs } = await open('sample', { accept: true });
    await openSheet(page, 'Programs');
    await page.getByRole('button', { name: 'Delete sheet Programs' }).click();
    expect(dialogs).toEqual([expect.stringMatching(/^Delete the sheet "Programs" and everything in it\?/)]);
    await page.locator('#tabs .tab[data-sheet="Programs"]').waitFor({ state: 'detached' });
    await expect.poll(() => sidebar(page).locator('#missing').textContent()).toContain('Programs');
    await sidebar(page).locator('#setup-sheets').click();
    await page.locator('#tabs .tab[data-sheet="Programs"]').waitFor();
    await page.close();
  });

  it('goes to the cell of a data issue clicked in the sidebar', async () => {
    const { page } = await open('sample');
    await openSheet(page, 'Programs');
    const minimums = await columnCells(page, 'Min Step 2 CK');
    const target = minimums[minimums.length - 1]!;
    await typeIntoCell(page, target.a1, 'not a score');
    await openSheet(page, 'Profile');
    await sidebar(page).locator('#refresh-state').click();
    const issue = sidebar(page).locator('#issues button.issue', { hasText: target.a1 }).first();
    await issue.click();
    await page.locator('table.grid[data-sheet="Programs"]').waitFor();
    await expect.poll(() => page.locator('#cell-name').textContent()).toBe(target.a1);
    expect(await cell(page, target.a1).getAttribute('class')).toContain('selected');
    await page.close();
  });

  it('crosses the bridge like google.script.run: later, with user objects, failures as messages', async () => {
    const { page } = await open('sample');
    const frame = sidebarFrame(page);
    const outcome = await frame.evaluate(() => {
      type Runner = Record<string, (...args: unknown[]) => Runner>;
      const run = (globalThis as unknown as { google: { script: { run: Runner } } }).google.script.run;
      const call = (name: string, arg: unknown) =>
        new Promise<{ ok: boolean; value: unknown; user: unknown; sync: boolean }>((resolve) => {
          let sync = true;
          run.withSuccessHandler!((value: unknown, user: unknown) => resolve({ ok: true, value, user, sync }))
            .withFailureHandler!((error: unknown, user: unknown) =>
            resolve({ ok: false, value: (error as Error).message, user, sync }),
          ).withUserObject!({ tag: name })[name]!(arg);
          sync = false;
        });
      return Promise.all([
        call('getState', undefined),
        call('generateList', { applicant: 'Nobody Of That Name' }),
        call('generateList', { when: new Date() }),
      ]);
    });
    const [state, unknownApplicant, withDate] = outcome;
    expect(state).toMatchObject({ ok: true, user: { tag: 'getState' }, sync: false });
    expect((state!.value as { sheets: { programs: boolean } }).sheets.programs).toBe(true);
    expect(unknownApplicant).toMatchObject({ ok: false, user: { tag: 'generateList' }, sync: false });
    expect(String(unknownApplicant!.value)).toContain('Nobody Of That Name');
    expect(withDate).toMatchObject({ ok: false, sync: false });
    await page.close();
  });

  it('exports a sheet as CSV and replaces Programs from a CSV file once the user confirms', async () => {
    const confirms = { accept: false };
    const { page, dialogs } = await open('sample', confirms);
    const exported = Papa.parse<string[]>(
      await (await fetch(`${session.playground.url}api/csv/Programs`)).text(),
    ).data;
    await openSheet(page, 'Programs');
    const header = await page.locator('table.grid td[data-row="1"]').allTextContents();
    expect(header.slice(0, exported[0]!.length)).toEqual(exported[0]);
    const tricky = 'Lakeside "North", Fictional';
    const rows = [exported[0]!, [...exported[1]!], [...exported[2]!]];
    const programColumn = exported[0]!.indexOf('Program');
    rows[1]![programColumn] = tricky;
    const programsBefore = (await columnCells(page, 'Program')).map((c) => c.text);
    const file = { name: 'programs.csv', mimeType: 'text/csv', buffer: Buffer.from(Papa.unparse(rows)) };
    await page.locator('#csv-sheet').selectOption('Programs');
    await page.locator('#csv-file').setInputFiles(file);
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Nothing imported; Programs is as it was.');
    expect(dialogs).toEqual([
      `Replace everything in the Programs sheet (a header row and ${exported.length - 1} data rows) with programs.csv? This cannot be undone.`,
    ]);
    expect((await columnCells(page, 'Program')).map((c) => c.text)).toEqual(programsBefore);
    confirms.accept = true;
    await page.locator('#csv-file').setInputFiles(file);
    await expect
      .poll(async () => (await columnCells(page, 'Program')).map((c) => c.text))
      .toEqual([tricky, exported[2]![programColumn]]);
    expect(await page.locator('#status').textContent()).toMatch(
      /^Imported 2 programs into Programs\. Recognised \d+ columns \("Program", "ID", /,
    );
    await page.close();
  });

  it('imports a Windows-1252 CSV with CRLF and quoted line breaks as typed, and says what it read', async () => {
    const { page } = await open('sample', { accept: true });
    const lines = [
      'Program,City / State,Specialty,Notes,Applied?',
      'Montr\u00e9al General \u2013 Fictional,"Burlington, VT",Diagnostic Radiology,-abc,yes',
      'Saint Luke\u2019s Fictional,"Albany, NY",Diagnostic Radiology,"+SUM(1,2)",',
      'Hilltop Fictional,"Tulsa, OK",Radiology-Diagnostic,"@home',
      'second line",no',
      'Lakeside Fictional,"Reno, NV",Internal Medicine,=1+2,',
    ];
    const text = lines.join('\r\n');
    const high: Record<string, number> = { '\u2013': 0x96, '\u2019': 0x92 };
    const bytes = Buffer.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
    await page.locator('#csv-sheet').selectOption('Programs');
    await page.locator('#csv-file').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(
        'Imported 3 programs into Programs. Recognised 4 columns ("Program", "City / State" → City, State, "Specialty", "Notes"); kept 1 as your own ("Applied?"); set aside 1 row (1 of another specialty).',
      );
    await openSheet(page, 'Programs');
    expect((await columnCells(page, 'Program')).map((c) => c.text)).toEqual([
      'Montr\u00e9al General \u2013 Fictional',
      'Saint Luke\u2019s Fictional',
      'Hilltop Fictional',
      'Lakeside Fictional',
    ]);
    expect((await columnCells(page, 'Notes')).map((c) => c.text)).toEqual([
      '-abc',
      '+SUM(1,2)',
      '@home\nsecond line',
      '=1+2',
    ]);
    await page.close();
  });

  it('imports each of the four real-world list shapes (BOM, CRLF) as 40 programs', async () => {
    const { page } = await open('sample', { accept: true });
    await page.locator('#csv-sheet').selectOption('Programs');
    for (const shape of programListShapes()) {
      const csv = shapeCsv(shape, { bom: true, crlf: true });
      await page.evaluate(() => {
        document.getElementById('status')!.textContent = '';
      });
      await page
        .locator('#csv-file')
        .setInputFiles({ name: `${shape.name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await expect
        .poll(() => page.locator('#status').textContent(), { timeout: 15_000 })
        .toMatch(/^Imported 40 programs into Programs\. Recognised \d+ columns/);
    }
    await page.close();
  });

  it('shows the computed value of RAD_* formulas typed into cells', async () => {
    const { page } = await open('empty');
    await openSheet(page, 'Sheet1');
    await typeIntoCell(page, 'F1', '=RAD_TIER(250)');
    await typeIntoCell(page, 'F2', '=RAD_ERAS_COST(31)');
    await expect.poll(() => cell(page, 'F1').textContent()).toBe('Competitive');
    await expect.poll(() => cell(page, 'F2').textContent()).toBe('360');
    await cell(page, 'F1').click();
    expect(await page.locator('#formula-input').inputValue()).toBe('=RAD_TIER(250)');
    await page.close();
  });

  it('runs add-on menu items and saves a screenshot of the sidebar and the list', async () => {
    const { page } = await open('sample');
    await page.locator('#menus button', { hasText: '▾' }).first().click();
    await page.getByRole('button', { name: 'Generate my list' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Application List');
    await generateFromSidebar(page);
    await openSheet(page, 'Application List');
    const file = path.join(OUTPUT_DIR, 'playground.png');
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    await page.close();
  });
});
