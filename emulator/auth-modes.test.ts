import { describe, expect, it } from 'vitest';
import { createEmulator } from './index.ts';
import { loadBundle } from './loader.ts';
import { RADLIST_SCOPES, writeTestDist } from './services/test-dist.ts';

/** `attempt('Drive.Files.list()')` runs the expression and returns 'ok' or the error's message. */
const SCRIPT = `
function attempt(expression) {
  try { eval(expression); return 'ok'; } catch (e) { return e.message; }
}
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open RadList', 'showSidebar').addSeparator()
    .addItem('Set up sheets', 'menuSetUpSheets').addToUi();
}
function showSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('RadList'));
}
function shareCopy(email) {
  var file = Drive.Files.create({ name: 'List', mimeType: 'application/vnd.google-apps.spreadsheet' },
    Utilities.newBlob('a,b', 'text/csv'));
  Drive.Permissions.create({ role: 'commenter', type: 'user', emailAddress: email }, file.id);
  return file.webViewLink;
}
`;

function setup(scopes = RADLIST_SCOPES) {
  const distDir = writeTestDist({
    scripts: { 'Code.js': SCRIPT },
    scopes,
    html: { 'Sidebar.html': '<p>RadList sidebar</p>' },
  });
  const emulator = createEmulator({ distDir });
  return { emulator, bundle: loadBundle(emulator) };
}

const DENIED = /^You do not have permission to call/;

describe('auth mode full', () => {
  it.each([
    [
      'DriveApp.getFiles()',
      'You do not have permission to call DriveApp.getFiles. Required permissions: https://www.googleapis.com/auth/drive',
    ],
    [
      'UrlFetchApp.fetch("https://example.org")',
      'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    ],
    [
      'GmailApp.sendEmail("a@b.org", "s", "b")',
      'You do not have permission to call GmailApp.sendEmail. Required permissions: https://mail.google.com/',
    ],
    [
      'MailApp.sendEmail("a@b.org", "s", "b")',
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    ],
    [
      'SpreadsheetApp.openById("x")',
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    ],
    [
      'Session.getActiveUser().getEmail()',
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    ],
    ['SpreadsheetApp.getActiveSpreadsheet().getName()', 'ok'],
    ['PropertiesService.getDocumentProperties().setProperty("a", "b")', 'ok'],
    ['Drive.Files.list()', 'ok'],
  ])('under RadList’s scopes, %s gives: %s', (expression, expected) => {
    expect(setup().bundle.run('attempt', expression)).toBe(expected);
  });

  it.each([
    ['Drive.Files.list()', 'https://www.googleapis.com/auth/drive'],
    [
      'SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("x"))',
      'https://www.googleapis.com/auth/script.container.ui',
    ],
    ['SpreadsheetApp.getActiveSpreadsheet()', 'https://www.googleapis.com/auth/spreadsheets.currentonly'],
  ])('without its scope in the manifest, %s names %s', (expression, scope) => {
    const withoutIt = RADLIST_SCOPES.filter((s) => !scope.startsWith(s) && !s.startsWith(scope));
    expect(setup(withoutIt).bundle.run('attempt', expression)).toMatch(
      new RegExp(`${DENIED.source}.*Required permissions: ${scope}$`),
    );
  });

  it('records the add-on menu and the sidebar shown', () => {
    const { emulator, bundle } = setup();
    bundle.run('onOpen');
    bundle.run('showSidebar');
    expect(emulator.ui.menus).toEqual([
      {
        name: 'RadList',
        addon: true,
        entries: [
          { kind: 'item', caption: 'Open RadList', functionName: 'showSidebar' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Set up sheets', functionName: 'menuSetUpSheets' },
        ],
      },
    ]);
    expect(emulator.ui.sidebars).toEqual([
      { kind: 'sidebar', title: 'RadList', html: '<p>RadList sidebar</p>' },
    ]);
  });

  it('throws Apps Script’s error for an HTML file that is not built', () => {
    expect(setup().bundle.run('attempt', 'HtmlService.createHtmlOutputFromFile("Missing")')).toBe(
      'No HTML file named Missing was found.',
    );
  });

  it('creates and shares a Drive file the test can inspect', () => {
    const { emulator, bundle } = setup();
    const link = bundle.run('shareCopy', 'mentor@example.org');
    const [file] = emulator.drive.files;
    expect(link).toBe(`https://docs.google.com/spreadsheets/d/${file!.id}/edit?usp=drivesdk`);
    expect(file!.permissions).toMatchObject([
      { role: 'commenter', type: 'user', emailAddress: 'mentor@example.org' },
    ]);
    expect(() => bundle.run('shareCopy', 'mentor')).toThrow(
      'API call to drive.permissions.create failed with error: Bad Request',
    );
  });
});

describe('auth mode none', () => {
  it('lets onOpen build the add-on menu', () => {
    const { emulator, bundle } = setup();
    bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
    expect(emulator.ui.menus.map((m) => m.name)).toEqual(['RadList']);
  });

  it.each([
    ['SpreadsheetApp.getActiveSpreadsheet()', DENIED],
    ['PropertiesService.getDocumentProperties()', DENIED],
    ['CacheService.getDocumentCache()', DENIED],
    ['LockService.getDocumentLock()', DENIED],
    ['Drive.Files.list()', DENIED],
    ['SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("x"))', DENIED],
    ['Session.getActiveUser()', DENIED],
    ['Utilities.formatDate(new Date(), "UTC", "yyyy")', /^ok$/],
    ['Logger.log("opened")', /^ok$/],
    ['ScriptApp.AuthMode.NONE.length', /^ok$/],
  ])('%s gives %s', (expression, expected) => {
    expect(setup().bundle.runWith({ mode: 'none' }, 'attempt', expression)).toMatch(expected);
  });
});

describe('auth mode custom-function', () => {
  it.each([
    ['SpreadsheetApp.getActiveSheet().getRange("A1").getValue()', /^ok$/],
    ['SpreadsheetApp.getActiveSheet().getRange("A1").setValue(1)', DENIED],
    ['SpreadsheetApp.getUi()', /^Cannot call SpreadsheetApp.getUi\(\) from this context\.$/],
    ['HtmlService.createHtmlOutput("x")', DENIED],
    ['LockService.getDocumentLock()', DENIED],
    ['PropertiesService.getDocumentProperties()', DENIED],
    ['Drive.Files.list()', DENIED],
    ['CacheService.getScriptCache().put("k", "v")', /^ok$/],
  ])('%s gives %s', (expression, expected) => {
    expect(setup().bundle.customFunction('attempt', expression)).toMatch(expected);
  });
});

describe('Logger and console', () => {
  it('records each line with its source', () => {
    const { emulator, bundle } = setup();
    bundle.run('attempt', 'Logger.log("%s programs", 3); console.warn("slow", { ms: 5 })');
    expect(emulator.logs).toEqual([
      { source: 'Logger', level: 'log', message: '3 programs' },
      { source: 'console', level: 'warn', message: 'slow {"ms":5}' },
    ]);
  });
});
