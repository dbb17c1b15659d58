/**
 * The checks behind docs/privacy.md, claim by claim: the manifest asks for exactly three scopes and one
 * advanced service; the built bundle (dist/Code.js and dist/Sidebar.html) holds no network or mail service,
 * no external address, no analytics and no logging; Drive is used only by "Share with mentor", only on the
 * file RadList just made, shared only with the address the user typed; and nothing from an `Outcomes` sheet
 * or the `Model` fitted to it is ever in a shared file. If one of these fails, either the change is wrong or docs/privacy.md must change
 * with it (and a school that approved the old policy must be told).
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SITE } from '../listing/site.ts';
import { entryList } from '../src/addon/entry-points.ts';
import { SAMPLE_WORKBOOK } from '../src/samples/sample-workbook.ts';
import { openWorkbook, type Workbook } from './addon/harness.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const read = (file: string): string => fs.readFileSync(file, 'utf8');

/** The policy's three scopes, in the words of docs/privacy.md. */
const PRIVACY_SCOPES = [
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
];

/** Apps Script's built-in services. RadList may use only the ones in ALLOWED_SERVICES. */
const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'SlidesApp',
  'FormApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'ContactsApp',
  'GroupsApp',
  'SitesApp',
  'UrlFetchApp',
  'HtmlService',
  'ContentService',
  'CardService',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Logger',
  'Browser',
  'Charts',
  'XmlService',
  'Jdbc',
  'Maps',
  'LanguageApp',
  'DataStudioApp',
  'ConferenceDataService',
];

/**
 * What each service RadList uses is for, as docs/privacy.md ("What RadList uses") says. Each keeps data in
 * the user's spreadsheet or inside the one run. A service not listed here fails the test: add it here and
 * to the policy only if it sends nothing anywhere, and tell the schools that approved the old policy.
 */
const ALLOWED_SERVICES: Record<string, string> = {
  SpreadsheetApp: 'reads and writes the spreadsheet RadList is open in',
  HtmlService: 'shows the sidebar',
  LockService: 'lets one RadList run at a time in a spreadsheet',
  Utilities: 'zips the file made for a mentor, in memory',
};

/** Globals a sidebar or a script could send data with. */
const NETWORK_APIS = [
  'UrlFetchApp',
  'MailApp',
  'GmailApp',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'sendBeacon',
  'importScripts',
  'RTCPeerConnection',
];

/**
 * Absolute addresses the bundle may hold, none of them fetched: the Office Open XML namespace names that
 * every .xlsx file states, and the address of the Google Sheets file RadList just made (given back to the
 * user to open).
 */
const ALLOWED_CODE_URLS = [
  /^http:\/\/schemas\.openxmlformats\.org\/[\w./-]+$/,
  /^https:\/\/docs\.google\.com\/spreadsheets\/d\/$/,
];

const code = (): string => read(path.join(dist, 'Code.js'));
const sidebarHtml = (): string => read(path.join(dist, 'Sidebar.html'));

function servicesUsed(source: string): string[] {
  return APPS_SCRIPT_SERVICES.filter((name) => new RegExp(String.raw`(^|[^.\w$])${name}\b`).test(source));
}

/** Global `fetch(…)` (not a method that happens to be called fetch). */
const GLOBAL_FETCH = /(^|[^.\w$])fetch\s*\(/;

describe('the manifest (appsscript.json, copied into dist/)', () => {
  const manifest = JSON.parse(read(path.join(root, 'appsscript.json')));

  it('asks for exactly the three scopes of the privacy policy, no more', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(PRIVACY_SCOPES);
  });

  it('names the same three scopes in docs/privacy.md', () => {
    const policy = read(path.join(root, 'docs', 'privacy.md'));
    for (const scope of PRIVACY_SCOPES) expect(policy).toContain(scope);
    for (const service of Object.keys(ALLOWED_SERVICES)) expect(policy).toContain(`\`${service}\``);
    expect(policy).toContain('test/privacy.test.ts');
  });

  it('turns on one advanced service, Drive v3, and allows no outside address', () => {
    expect(manifest.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
    expect(manifest.dependencies?.libraries ?? []).toEqual([]);
    expect(manifest.urlFetchWhitelist).toBeUndefined();
    expect(manifest.webapp).toBeUndefined();
    expect(manifest.executionApi).toBeUndefined();
  });

  it('is what dist/ ships', () => {
    expect(JSON.parse(read(path.join(dist, 'appsscript.json')))).toEqual(manifest);
  });
});

describe('the server bundle (dist/Code.js)', () => {
  it('calls no network or mail service', () => {
    const source = code();
    for (const api of NETWORK_APIS) expect(source, api).not.toMatch(new RegExp(String.raw`\b${api}\b`));
    expect(source).not.toMatch(GLOBAL_FETCH);
  });

  it('uses only the Apps Script services the policy lists', () => {
    const used = servicesUsed(code());
    expect(used).toContain('SpreadsheetApp');
    const unlisted = used.filter((name) => !(name in ALLOWED_SERVICES));
    expect(unlisted, 'services docs/privacy.md does not list').toEqual([]);
  });

  it('writes nothing to the execution log (no console or Logger call)', () => {
    expect(code()).not.toMatch(/(^|[^.\w$])(console|Logger)\s*\.\s*\w+\s*\(/);
  });

  it('uses Drive only to create a file, share it, and remove it again if sharing fails', () => {
    const calls = [
      ...code().matchAll(/\.(Files|Permissions|Drives|Comments|Replies|Revisions|Changes|About)\.(\w+)/g),
    ];
    const methods = [...new Set(calls.map((m) => `${m[1]}.${m[2]}`))].sort();
    expect(methods).toEqual(['Files.create', 'Files.remove', 'Permissions.create']);
    expect(servicesUsed(code())).not.toContain('DriveApp');
  });

  it('holds no address other than file-format names and the new file’s own link', () => {
    const urls = [...code().matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)]*/gi)].map((m) => m[0]);
    for (const url of urls) {
      expect(
        ALLOWED_CODE_URLS.some((allowed) => allowed.test(url.replace(/\$\{.*$/, ''))),
        url,
      ).toBe(true);
    }
  });
});

describe('the sidebar (dist/Sidebar.html)', () => {
  it('loads nothing from outside: no address but the help pages it links to, no @import', () => {
    // The one address is RadList's help site (listing/site.ts): the "How RadList decides" panel links to
    // two pages there, opened in a new tab only when clicked. Nothing is loaded from it.
    const withSite = sidebarHtml();
    expect(withSite.split(JSON.stringify(SITE)).length - 1).toBe(1);
    const html = withSite.split(JSON.stringify(SITE)).join('""');
    expect(html).not.toMatch(/\b(?:https?|wss?|ftp):\/\//i);
    expect(html).not.toMatch(/\b(?:src|href|action|poster|data)\s*=\s*["']?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<iframe|<object|<embed/i);
  });

  it('sends nothing anywhere itself: no fetch, XMLHttpRequest, WebSocket, beacon, image or worker', () => {
    const html = sidebarHtml();
    for (const api of NETWORK_APIS) expect(html, api).not.toMatch(new RegExp(String.raw`\b${api}\b`));
    expect(html).not.toMatch(GLOBAL_FETCH);
    expect(html).not.toMatch(/\bnew\s+(Image|Worker|SharedWorker)\s*\(/);
  });

  it('keeps nothing in the browser: no cookie, local storage or database', () => {
    expect(sidebarHtml()).not.toMatch(/\b(cookie|localStorage|sessionStorage|indexedDB|caches)\b/);
  });
});

/** Arguments a user's normal use passes to each server function (others get none). */
const ORDINARY_ARGS: Record<string, unknown> = {
  setupSheets: { withSamples: true },
  generateList: {},
  generateCohort: { start: 0, size: 50 },
  selectCell: { sheet: 'Profile', cell: 'B2' },
  saveOutcomes: { cycle: 2025, final: false },
};

/** Fictional past results whose every value is distinctive, so any of it in a shared file is found. */
const OUTCOMES = [
  ['Cycle', 'Applicant', 'Applicant type', 'Step 2 CK', 'Program', 'Result', 'Source'],
  [
    'CYCLE-OUTCOME-7Q',
    'Orla Outcomeperson',
    'US IMG',
    222.25,
    'Zzyzx Outcome Radiology',
    'Invited',
    'Pasted',
  ],
  [
    'CYCLE-OUTCOME-7Q',
    'Piet Outcomeperson',
    'US IMG',
    218.75,
    'Qwv Outcome Imaging',
    'Not invited',
    'Pasted',
  ],
  ['CYCLE-OUTCOME-7Q', 'Rhea Outcomeperson', 'DO', 231.5, 'Zzyzx Outcome Radiology', 'Matched', 'Pasted'],
];
const OUTCOME_MARKERS = ['OUTCOME', 'Outcomeperson', 'Zzyzx', 'Qwv', '222.25', '218.75', '231.5'];

/** The sample workbook, optionally with an Outcomes sheet (the distinctive rows above, or the sample history). */
function sampleBook(withOutcomes: boolean | 'history'): Workbook {
  const sheets: Record<string, unknown[][]> = { ...SAMPLE_WORKBOOK };
  if (withOutcomes === true) sheets.Outcomes = OUTCOMES;
  else if (withOutcomes === false) delete sheets.Outcomes;
  return openWorkbook(sheets);
}

/** Words and figures only the Model sheet (and the advisor's own plan) holds. */
const MODEL_MARKERS = [
  'Fitted to your outcomes',
  'chances from your outcomes',
  'Log-loss',
  'Brier',
  'Calibration',
  'held-out',
];

/** Every part of every file the add-on put in Drive, as text (an .xlsx is unzipped). */
function driveText(book: Workbook): string[] {
  return book.emulator.drive.files.flatMap((file) => {
    const bytes = file.bytes ?? new Uint8Array();
    try {
      const parts = unzipSync(bytes);
      return Object.keys(parts)
        .sort()
        .map((name) => `${name}\n${strFromU8(parts[name]!)}`);
    } catch {
      return [strFromU8(bytes)];
    }
  });
}

function shareFor(book: Workbook, includeScores: boolean) {
  const applicant = String(SAMPLE_WORKBOOK.Cohort[1]?.[0] ?? '');
  return book.bundle.callServer('shareList', {
    applicant,
    email: 'mentor@example.org',
    role: 'viewer',
    includeScores,
  });
}

describe('Drive and the mentor’s file, in the emulator', () => {
  it('touches Drive for nothing but "Share with mentor"', () => {
    const book = sampleBook(true);
    book.bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
    for (const entry of entryList().filter((e) => !e.customFunction)) {
      if (entry.name === 'shareList' || entry.name === 'onOpen') continue;
      if (entry.name in ORDINARY_ARGS) book.bundle.callServer(entry.name, ORDINARY_ARGS[entry.name]);
      else if (entry.params.length === 0) {
        try {
          book.bundle.run(entry.name);
        } catch {
          // A menu item may fail without the sidebar's answers; what matters is what it touched.
        }
      } else book.bundle.callServer(entry.name, {});
    }
    expect(book.emulator.counter.count('Drive')).toBe(0);
    expect(book.emulator.drive.files).toEqual([]);

    expect(shareFor(book, false).ok).toBe(true);
    expect(book.emulator.counter.count('Drive')).toBeGreaterThan(0);
    const [file, ...others] = book.emulator.drive.files;
    expect(others).toEqual([]);
    expect(file!.permissions.map((p) => [p.type, p.emailAddress])).toEqual([['user', 'mentor@example.org']]);
  });

  it('puts nothing from Outcomes in the shared file, even with scores included', () => {
    const book = sampleBook(true);
    expect(book.bundle.callServer('setupSheets', { withSamples: true }).ok).toBe(true);
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    expect(shareFor(book, true).ok).toBe(true);
    const shared = driveText(book).join('\n');
    expect(shared.length).toBeGreaterThan(1000);
    for (const marker of OUTCOME_MARKERS) expect(shared, marker).not.toContain(marker);
  });

  it.each([false, true])(
    'makes the same shared file whether or not a model was fitted to Outcomes and written to Model (includeScores %s)',
    (includeScores) => {
      const files = [false, 'history' as const].map((withOutcomes) => {
        const book = sampleBook(withOutcomes);
        expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
        if (withOutcomes) {
          const model = book.emulator.spreadsheet.inspect('Model');
          expect(model?.values.flat()).toContain('Fitted to your outcomes');
        }
        expect(shareFor(book, includeScores).ok).toBe(true);
        return driveText(book);
      });
      expect(files[1]).toEqual(files[0]);
      const shared = files[1]!.join('\n');
      for (const marker of MODEL_MARKERS) expect(shared, marker).not.toContain(marker);
    },
  );

  it.each([false, true])(
    'makes the same shared file with or without an Outcomes sheet (includeScores %s): not even its size leaks',
    (includeScores) => {
      const files = [false, true].map((withOutcomes) => {
        const book = sampleBook(withOutcomes);
        expect(shareFor(book, includeScores).ok).toBe(true);
        return driveText(book);
      });
      expect(files[1]).toEqual(files[0]);
    },
  );
});
