/**
 * The sample workbook as an .xlsx file anyone can open in any spreadsheet program before installing
 * RadList. The built add-on (`dist/`) runs in the Apps Script emulator exactly as a user's first session
 * does: Set up sheets with the fictional sample data, Generate my list, Generate cohort lists. Then every
 * visible, non-empty sheet the workbook has, whatever they are (inputs, outputs, and any sheet added later, such as
 * `Outcomes`), is written with its values, colours, frozen header and column widths by the same .xlsx
 * builder the add-on uses for a mentor's file (src/sheets/share-file.ts), after a first "About this file"
 * sheet. Formula cells hold their computed results: a RAD_* formula works only inside Google Sheets.
 */
import { zipSync } from 'fflate';
import { createEmulator } from '../../emulator/index.ts';
import { type Bundle, loadBundle } from '../../emulator/loader.ts';
import { recalculate } from '../../emulator/recalc.ts';
import { LISTING } from '../../listing/listing.ts';
import { buildXlsxParts, type ShareSheet } from '../../src/sheets/share-file.ts';
import type { SheetOutput } from '../../src/sheets/sheet-output.ts';
import { csvText, isDateValue, usedExtent } from '../playground/display.ts';
import { columnWidthsOf } from '../playground/snapshot.ts';

/** The name of the first sheet, which says what the file is. */
export const ABOUT_SHEET = 'About this file';

/** What each known sheet is, for the About sheet; a sheet not named here is listed without a note. */
const SHEET_NOTES: Record<string, string> = {
  Profile: 'you fill in: one applicant (labels in column A, values in column B)',
  Programs: 'you fill in: one residency program a row',
  Cohort: 'advisors fill in: one applicant a row',
  Settings: 'optional: thresholds, counts and fees; a blank cell means the default',
  Outcomes: 'advisors fill in: past results; they never leave the spreadsheet',
  'Application List': 'RadList writes: every program with its category, fit and Apply mark',
  'Application Plan': 'RadList writes: how many to apply to, ERAS cost, signals, checklist',
  'Cohort Summary': 'RadList writes: one row per cohort applicant',
  'Cohort Lists': 'RadList writes: every cohort applicant’s list in one sheet',
};

const WHITE = '#ffffff';
/** What .xlsx sheet names may not hold. */
const NOT_IN_SHEET_NAME = /[[\]:*?/\\]/g;

function must(reply: ReturnType<Bundle['callServer']>, what: string): unknown {
  if (!reply.ok)
    throw new Error(`The sample workbook could not be made: ${what} failed (${reply.error.message}).`);
  return reply.result;
}

/** A stored cell value as the .xlsx holds it: numbers and booleans as such, dates as YYYY-MM-DD text. */
function cellValue(value: unknown): string | number | boolean {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (isDateValue(value)) return csvText(value);
  return value === null || value === undefined ? '' : String(value);
}

/** A sheet name .xlsx accepts (at most 31 characters, none of []:*?/\), unique among `taken`. */
export function xlsxSheetName(name: string, taken: Set<string>): string {
  const base = name.replace(NOT_IN_SHEET_NAME, '-').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function aboutSheet(sheetNames: string[]): SheetOutput {
  const rows: string[][] = [
    ['RadList: the fictional sample workbook'],
    [''],
    ['Every program and applicant in this file is invented. Nothing here is real data.'],
    [
      'It shows the sheets RadList works with, as RadList leaves them after Set up sheets (with the sample data), Generate my list and Generate cohort lists.',
    ],
    [
      'Cells that hold a RadList formula in Google Sheets (such as =RAD_TIER(C2:C9) in Cohort) show its result here; the formulas work only in Google Sheets with RadList installed.',
    ],
    [`How to install RadList: ${LISTING.links.help}`],
    [''],
    ['Sheets in this file'],
    ...sheetNames.map((name) => [SHEET_NOTES[name] ? `${name}: ${SHEET_NOTES[name]}` : name]),
  ];
  return {
    values: rows,
    backgrounds: rows.map((row, r) => row.map(() => (r === 0 ? '#cfe2f3' : WHITE))),
    frozenRows: 0,
    columnWidths: [900],
  };
}

/**
 * Runs the built add-on on the sample workbook and returns every visible sheet it ends with, in tab order.
 *
 * @param distDir - the built add-on (absolute, or relative to the repository root)
 * @returns the sheets, each as a finished output (values, colours, frozen rows, widths)
 * @example
 * (await sampleWorkbookSheets('dist')).map((s) => s.name) // ['Profile', 'Programs', 'Cohort', …]
 */
export function sampleWorkbookSheets(distDir: string): ShareSheet[] {
  const emulator = createEmulator({ distDir });
  const bundle = loadBundle(emulator, { distDir });
  bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
  must(bundle.callServer('setupSheets', { withSamples: true }), 'Set up sheets');
  must(bundle.callServer('generateList', {}), 'Generate my list');
  for (let start = 0, batches = 0; ; batches += 1) {
    const batch = must(bundle.callServer('generateCohort', { start, size: 25 }), 'Generate cohort lists') as {
      done: boolean;
      next: number;
    };
    if (batch.done) break;
    if (!(batch.next > start) || batches > 1000)
      throw new Error('Generate cohort lists stopped moving forward.');
    start = batch.next;
  }
  recalculate(emulator, bundle);

  const sheets: ShareSheet[] = [];
  for (const name of emulator.spreadsheet.sheetNames()) {
    const inspected = emulator.spreadsheet.inspect(name);
    if (!inspected || inspected.hidden) continue;
    const { rows, columns } = usedExtent(inspected);
    if (rows === 0) continue; // an empty sheet (a new spreadsheet's Sheet1) shows nothing
    const values = inspected.values.slice(0, rows).map((row) => row.slice(0, columns).map(cellValue));
    const backgrounds = inspected.backgrounds
      .slice(0, rows)
      .map((row) => row.slice(0, columns).map((colour) => (colour || WHITE).toLowerCase()));
    sheets.push({
      name,
      output: {
        values,
        backgrounds,
        frozenRows: Math.min(inspected.frozenRows, rows),
        columnWidths: columnWidthsOf(inspected.columnWidths, columns),
      },
    });
  }
  return sheets;
}

/**
 * The sample workbook as .xlsx bytes: "About this file", then every visible sheet of the sample workbook.
 *
 * @param distDir - the built add-on
 * @returns the file's bytes and the sheet names in it, in order
 */
export function sampleWorkbookXlsx(distDir: string): { bytes: Uint8Array; sheetNames: string[] } {
  const workbook = sampleWorkbookSheets(distDir);
  const taken = new Set<string>([ABOUT_SHEET.toLowerCase()]);
  const sheets = workbook.map((sheet) => ({ ...sheet, name: xlsxSheetName(sheet.name, taken) }));
  const all: ShareSheet[] = [{ name: ABOUT_SHEET, output: aboutSheet(sheets.map((s) => s.name)) }, ...sheets];
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // A fixed date inside the zip keeps the file byte-for-byte the same from one run to the next.
  const mtime = new Date(Date.UTC(2025, 0, 1));
  for (const part of buildXlsxParts(all)) files[part.path] = [new TextEncoder().encode(part.text), { mtime }];
  return { bytes: zipSync(files, { level: 9 }), sheetNames: all.map((s) => s.name) };
}
