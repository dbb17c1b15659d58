/**
 * Test helper: writes a tiny hand-written "built add-on" (script files, manifest, HTML, `.clasp.json`) into a
 * fresh temporary folder, so emulator tests do not depend on the real dist/ that others are building.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RADLIST_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/drive.file',
];

export interface TestDistOptions {
  /** Script files by name, e.g. `{ 'Code.js': 'function hello() { return 1; }' }`. */
  scripts: Record<string, string>;
  /** `.clasp.json` filePushOrder, relative to the folder holding dist (e.g. `dist/Code.js`). */
  pushOrder?: string[];
  scopes?: string[];
  /** Enable the Drive advanced service (default true). */
  drive?: boolean;
  html?: Record<string, string>;
}

/**
 * Creates `<tmp>/dist` with the given files.
 *
 * @param options - scripts, push order, scopes, HTML files
 * @returns the absolute dist folder
 * @example writeTestDist({ scripts: { 'Code.js': 'function ping() { return "pong"; }' } })
 */
export function writeTestDist(options: TestDistOptions): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'radlist-emulator-'));
  const dist = path.join(root, 'dist');
  fs.mkdirSync(dist);
  for (const [name, code] of Object.entries(options.scripts)) fs.writeFileSync(path.join(dist, name), code);
  for (const [name, html] of Object.entries(options.html ?? {}))
    fs.writeFileSync(path.join(dist, name), html);
  const manifest = {
    timeZone: 'America/New_York',
    runtimeVersion: 'V8',
    oauthScopes: options.scopes ?? RADLIST_SCOPES,
    dependencies: {
      enabledAdvancedServices:
        options.drive === false ? [] : [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }],
    },
  };
  fs.writeFileSync(path.join(dist, 'appsscript.json'), JSON.stringify(manifest));
  if (options.pushOrder) {
    fs.writeFileSync(
      path.join(root, '.clasp.json'),
      JSON.stringify({ rootDir: 'dist', filePushOrder: options.pushOrder }),
    );
  }
  return dist;
}
