/**
 * Driving the playground page in tests the way a user does: switch sheet tabs, find and edit cells, read a
 * column of the grid, and reach the sidebar frame. Works through the page's DOM only.
 */
import type { FrameLocator, Page } from 'playwright-core';

/** The sidebar iframe. */
export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('#sidebar');
}

/**
 * Clicks a sheet's tab and waits for its grid.
 *
 * @param page - the playground page
 * @param sheetName - the tab to open
 * @example
 * await openSheet(page, 'Application List');
 */
export async function openSheet(page: Page, sheetName: string): Promise<void> {
  const attribute = JSON.stringify(sheetName);
  await page.locator(`#tabs .tab[data-sheet=${attribute}] > button`).first().click();
  await page.locator(`table.grid[data-sheet=${attribute}]`).waitFor();
}

/** A cell of the grid now shown, e.g. `cell(page, 'B5')`. */
export function cell(page: Page, a1: string) {
  return page.locator(`table.grid td[data-a1="${a1}"]`);
}

/** A grid cell as the test reads it: A1, displayed text, background colour (`rgb(…)`) and tooltip. */
export interface ShownCell {
  a1: string;
  row: number;
  text: string;
  background: string;
  title: string;
}

/**
 * The shown cells of the column whose row-1 header is `header`, rows 2 to the last non-empty one.
 *
 * @param page - the playground page
 * @param header - the header text in row 1
 * @returns the cells, top to bottom (empty when there is no such header)
 * @example
 * (await columnCells(page, 'Category')).map((c) => c.text)
 */
export function columnCells(page: Page, header: string): Promise<ShownCell[]> {
  return page.evaluate((wanted) => {
    const headerCell = [
      ...document.querySelectorAll<HTMLTableCellElement>('table.grid td[data-row="1"]'),
    ].find((td) => td.textContent === wanted);
    if (!headerCell) return [];
    const column = headerCell.dataset.column;
    const cells = [
      ...document.querySelectorAll<HTMLTableCellElement>(`table.grid td[data-column="${column}"]`),
    ]
      .filter((td) => Number(td.dataset.row) > 1)
      .map((td) => ({
        a1: td.dataset.a1 ?? '',
        row: Number(td.dataset.row),
        text: td.textContent ?? '',
        background: getComputedStyle(td).backgroundColor,
        title: td.title,
      }));
    let last = cells.length;
    while (last > 0 && cells[last - 1]!.text === '') last -= 1;
    return cells.slice(0, last);
  }, header);
}

/**
 * The A1 of the value cell beside a key/value label (column A label → column B), as in `Profile`.
 *
 * @param page - the playground page, showing a key/value sheet
 * @param label - the label in column A
 * @returns e.g. `B5`
 */
export async function valueCellOf(page: Page, label: string): Promise<string> {
  const row = await page.evaluate(
    (wanted) =>
      [...document.querySelectorAll<HTMLTableCellElement>('table.grid td[data-column="1"]')].find(
        (td) => td.textContent?.trim().toLowerCase() === wanted.toLowerCase(),
      )?.dataset.row,
    label,
  );
  if (!row) throw new Error(`No "${label}" label in column A of the sheet shown.`);
  return `B${row}`;
}

/**
 * Types into a cell as a user does (double-click, type, Enter) and waits for the playground to store it.
 *
 * @param page - the playground page
 * @param a1 - the cell, on the sheet shown
 * @param text - what to type (`=…` is a formula)
 */
export async function typeIntoCell(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).dblclick();
  const input = cell(page, a1).locator('input');
  await input.fill(text);
  const stored = page.waitForResponse((r) => r.url().endsWith('/api/cell') && r.ok());
  const redrawn = page.waitForResponse((r) => r.url().endsWith('/api/workbook'));
  await input.press('Enter');
  await stored;
  await redrawn;
}

/**
 * Picks a value from a dropdown cell as a user does (open the cell's list, choose), and waits for it to be
 * stored.
 *
 * @param page - the playground page
 * @param a1 - the dropdown cell, on the sheet shown
 * @param value - one of the dropdown's values ('' clears)
 */
export async function chooseFromDropdown(page: Page, a1: string, value: string): Promise<void> {
  await cell(page, a1).dblclick();
  const list = cell(page, a1).locator('select');
  const stored = page.waitForResponse((r) => r.url().endsWith('/api/cell') && r.ok());
  await list.selectOption(value);
  await stored;
}

/**
 * Types over a cell from the keyboard (select it, type, Enter), as a user typing into a dropdown cell does
 * instead of choosing; answers what the playground said about the edit.
 *
 * @param page - the playground page
 * @param a1 - the cell, on the sheet shown
 * @param text - what to type (at least one character)
 * @returns the /api/cell answer
 */
export async function typeOverCell(
  page: Page,
  a1: string,
  text: string,
): Promise<{ ok: boolean; rejected?: string }> {
  await cell(page, a1).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(text.charAt(0));
  const input = cell(page, a1).locator('input');
  await input.fill(text);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/cell'));
  await input.press('Enter');
  return (await (await answered).json()) as { ok: boolean; rejected?: string };
}

/**
 * Clicks "Generate my list" in the sidebar and waits for the run to answer and the plan to show.
 *
 * @param page - the playground page, with a fresh sidebar (no plan shown yet)
 */
export async function generateList(page: Page): Promise<void> {
  const done = page.waitForResponse(
    (r) => r.url().endsWith('/api/run') && /generateList/.test(r.request().postData() ?? ''),
  );
  await sidebar(page).getByTestId('generate-list').click();
  await done;
  await sidebar(page).getByTestId('result-tier').waitFor();
}
