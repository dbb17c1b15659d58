/**
 * One playground server and one headless Chromium for a browser test file: `playgroundSession` starts both
 * before the file's tests (and makes test-output/ for screenshots) and closes both after them; `openPage`
 * opens a fresh page on a reset workbook, answering dialogs as the test says, once the grid and the sidebar
 * are there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Playground, startPlayground } from '../../../scripts/playground.ts';
import { launchChromium } from './chromium.ts';
import { sidebar } from './playground-page.ts';

/** Where the browser tests keep their screenshots. */
export const OUTPUT_DIR = path.resolve('test-output');

/** The playground and the browser of a test file, there once its `beforeAll` has run. */
export interface PlaygroundSession {
  playground: Playground;
  context: BrowserContext;
}

/**
 * Starts the playground (on a free port) and Chromium before the tests of the `describe` it is called in, and
 * closes both after them.
 *
 * @param defaultTimeout - how long a page action may wait (ms)
 * @returns the session, filled in before the first test
 * @example
 * const session = playgroundSession(10_000);
 * it('…', async () => { const page = await session.context.newPage(); });
 */
export function playgroundSession(defaultTimeout: number): PlaygroundSession {
  const session = {} as PlaygroundSession;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    session.playground = await startPlayground({ port: 0 });
    const launched = await launchChromium();
    session.context = launched.context;
    session.context.setDefaultTimeout(defaultTimeout);
    closeBrowser = launched.close;
  });
  afterAll(async () => {
    await closeBrowser?.();
    await session.playground?.close();
  });
  return session;
}

/**
 * Loads the playground in a page and waits for the grid and the sidebar's buttons.
 *
 * @param page - a page of the session's browser
 * @param playground - the playground
 */
export async function showPlayground(page: Page, playground: Playground): Promise<void> {
  await page.goto(playground.url);
  await page.locator('table.grid').waitFor();
  await sidebar(page).locator('#generate-list').waitFor();
}

/** How `openPage` opens a page. */
export interface OpenOptions {
  /** The workbook the playground is reset to. */
  workbook: 'sample' | 'empty';
  /** Whether to accept a dialog (asked when it opens); every other dialog is dismissed. */
  accept: (dialog: Dialog) => boolean;
  /** The page's size, when not the browser's. */
  viewport?: { width: number; height: number };
  /** Also wait for the sidebar's "Your data" panel (it needs a server call). */
  waitForStatus?: boolean;
}

/**
 * A fresh page on a reset workbook, with every dialog's message recorded.
 *
 * @param session - the file's session
 * @param options - the workbook, which dialogs to accept, the page size, what to wait for
 * @returns the page and the messages of the dialogs it shows, in order
 */
export async function openPage(
  session: PlaygroundSession,
  options: OpenOptions,
): Promise<{ page: Page; dialogs: string[] }> {
  const { playground, context } = session;
  await fetch(`${playground.url}api/reset`, {
    method: 'POST',
    body: JSON.stringify({ workbook: options.workbook }),
  });
  const page = await context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void (options.accept(dialog) ? dialog.accept() : dialog.dismiss());
  });
  await showPlayground(page, playground);
  if (options.waitForStatus) await sidebar(page).getByTestId('status-applicant').waitFor();
  return { page, dialogs };
}
