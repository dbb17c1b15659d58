/**
 * Starting Debian's Chromium for the browser suite: headless, with a fresh profile directory, through
 * playwright-core. When /usr/bin/chromium is missing the suite must fail loudly with the install command,
 * unless RADLIST_SKIP_BROWSER=1 asks to skip it (then it says so).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What the suite should do: run, skip (asked to), or fail because Chromium is missing. */
export type BrowserAvailability = { kind: 'run' } | { kind: 'skip' | 'missing'; message: string };

/**
 * Whether the browser suite can run here.
 *
 * @param env - the environment (RADLIST_SKIP_BROWSER=1 skips)
 * @param exists - checks a path (swappable for tests)
 * @returns run, skip with a message, or missing with the install command
 * @example
 * browserAvailability(process.env).kind // 'run' when /usr/bin/chromium exists
 */
export function browserAvailability(
  env: Record<string, string | undefined> = process.env,
  exists: (file: string) => boolean = fs.existsSync,
): BrowserAvailability {
  if (exists(CHROMIUM_PATH)) return { kind: 'run' };
  const missing = `Chromium is not installed at ${CHROMIUM_PATH}, so the browser tests cannot run. Install it with: ${INSTALL_COMMAND}`;
  if (env.RADLIST_SKIP_BROWSER === '1') {
    return { kind: 'skip', message: `${missing} (skipped because RADLIST_SKIP_BROWSER=1)` };
  }
  return { kind: 'missing', message: missing };
}

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh `--user-data-dir` (removed on close).
 *
 * @returns the browser context and `close()`
 * @example
 * const { context, close } = await launchChromium();
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'radlist-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 860 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
