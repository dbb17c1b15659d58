/**
 * The playground's CSV import, as files really come: bytes in any usual encoding (UTF-8 with or without a
 * byte-order mark, UTF-16 with one, or Windows-1252 from older Excel), CRLF or LF line ends, quoted line
 * breaks, comma, semicolon or tab separators. A file is measured before it is parsed, so a hostile one
 * cannot exhaust memory; text that a spreadsheet would run as a formula (`=…`, `+SUM(1,2)`, `-abc`, `@x`)
 * stays text. After the import, one line says what RadList made of it: the columns it recognised, the ones
 * it keeps as the person's own, the rows it set aside.
 */
import Papa from 'papaparse';
import { columnLetters } from '../../src/sheets/a1.ts';
import { matchFields } from '../../src/sheets/headers.ts';
import { describeMissing } from '../../src/sheets/missing.ts';
import { readCohort } from '../../src/sheets/read-cohort.ts';
import { settleRepeats } from '../../src/sheets/read-fields.ts';
import { APPLICANT_COLUMNS } from '../../src/sheets/read-profile.ts';
import { PROGRAM_COLUMNS, readPrograms, type SetAsideReason } from '../../src/sheets/read-programs.ts';

/** Most cells (rows × columns) one import may hold: 10,000 programs × 50 columns. */
export const MAX_IMPORT_CELLS = 500_000;
/** Most columns one import may hold (Sheets allows 18,278; no program list needs more than this). */
export const MAX_IMPORT_COLUMNS = 500;

/** A problem with the file the person chose, in plain words (answered as a 4xx, never a 500). */
export class ImportProblem extends Error {
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.status = status;
  }
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Written out because Node's
 * `TextDecoder('windows-1252')` without full ICU decodes these bytes as control characters.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

/** The text of a CSV file and the encoding it was read as. */
export interface DecodedCsv {
  text: string;
  encoding: 'UTF-8' | 'UTF-16' | 'Windows-1252';
}

/**
 * The text of a CSV file from its bytes: a UTF-8 or UTF-16 byte-order mark decides (and is dropped);
 * otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel on Windows writes).
 *
 * @param bytes - the file as uploaded
 * @returns the text and the encoding used
 * @example
 * decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, 0x41])) // { text: 'A', encoding: 'UTF-8' }
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'Windows-1252' };
  }
}

/** The separators a CSV file may use; the first line decides which one (`guessSeparator`). */
const SEPARATORS = [',', ';', '\t'] as const;

/**
 * Measures a CSV text before parsing: at most how many rows and columns it can hold, and refuses it when
 * rows × columns is over the cap. It errs high, so the cap holds whatever the parser makes of the file: every
 * line end counts (`\r\n`, `\n`, and a lone `\r`, as Excel's "CSV (Macintosh)" writes), separators inside
 * quotes count, and a line's columns are counted by each separator (a file whose first line uses tabs and the
 * rest commas is measured by its commas too).
 *
 * @param text - the decoded file
 * @throws ImportProblem when the file is larger than the playground imports
 * @example
 * checkCsvSize('a,b\n1,2') // { rows: 2, columns: 2 }
 */
export function checkCsvSize(text: string): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  let comma = 1;
  let semicolon = 1;
  let tab = 1;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 13 || (code === 10 && text.charCodeAt(i - 1) !== 13)) {
      rows += 1;
      comma = 1;
      semicolon = 1;
      tab = 1;
    } else if (code === 44) comma += 1;
    else if (code === 59) semicolon += 1;
    else if (code === 9) tab += 1;
    else continue;
    if (comma > columns) columns = comma;
    if (semicolon > columns) columns = semicolon;
    if (tab > columns) columns = tab;
  }
  if (columns > MAX_IMPORT_COLUMNS || rows * columns > MAX_IMPORT_CELLS) {
    throw new ImportProblem(
      `The file is too large to import here: about ${rows.toLocaleString('en-US')} rows × ${columns.toLocaleString('en-US')} columns, and the playground imports at most ${MAX_IMPORT_CELLS.toLocaleString('en-US')} cells (${MAX_IMPORT_COLUMNS} columns).`,
      413,
    );
  }
  return { rows, columns };
}

/** The separator of the first line: comma unless semicolons or tabs are more common there. */
function guessSeparator(text: string): string {
  const line = text.slice(0, Math.min(text.length, 10_000)).split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (char: string) => line.split(char).length - 1;
  return SEPARATORS.map((char): [string, number] => [char, count(char)]).reduce((best, next) =>
    next[1] > best[1] ? next : best,
  )[0];
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * What to write into a cell for one CSV field so that it stays what was typed: text starting with `=`, `+`,
 * `-` or `@` gets a leading apostrophe (Sheets' "this is text" mark, not stored), so `-abc` and
 * `+SUM(1,2)` stay exactly as typed; a signed number (`-5`) stays a number.
 *
 * @example
 * cellForImport('+SUM(1,2)') // "'+SUM(1,2)"
 * cellForImport('-5') // '-5'
 */
export function cellForImport(text: string): string {
  if (/^[=+\-@]/.test(text) && !NUMBER_TEXT.test(text.trim())) return `'${text}`;
  if (text.startsWith("'")) return `'${text}`;
  return text;
}

/**
 * Parses a decoded CSV text into rows of cell texts, all the same width, after checking its size, by the
 * separator of its first line. A line break inside a quoted field becomes `\n` (as Sheets stores it).
 *
 * @param text - the decoded file
 * @returns the rows (the first is the header row)
 * @throws ImportProblem for an empty or too large file
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  checkCsvSize(body);
  // Parsed by the first line's separator, the one measured: the parser never guesses another.
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: guessSeparator(body) });
  const rows = parsed.data.filter((row) => Array.isArray(row));
  if (rows.length === 0) throw new ImportProblem('The CSV file has no rows.');
  const columns = Math.max(...rows.map((row) => row.length));
  if (rows.length * columns > MAX_IMPORT_CELLS)
    throw new ImportProblem('The CSV file is too large to import.', 413);
  // A line break inside a quoted field is one line break in the cell, whichever line ends the file uses.
  return rows.map((row) => Array.from({ length: columns }, (_, c) => (row[c] ?? '').replace(/\r\n?/g, '\n')));
}

const REASONS: Record<SetAsideReason, [string, string]> = {
  'no-name': ['without a name', 'without a name'],
  'repeated-key': ['repeating an earlier program', 'repeating earlier programs'],
  'other-specialty': ['of another specialty', 'of other specialties'],
  preliminary: ['of a preliminary position', 'of preliminary positions'],
  physician: ['of a physician-only position', 'of physician-only positions'],
  'not-a-program': ['of column names or units', 'of column names or units'],
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function listed(items: string[], max = 12): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/**
 * One line saying what RadList reads from an imported sheet: the columns it recognised (and as what), the
 * columns it keeps as the person's own, and the rows it set aside, read with the same reader as the add-on.
 *
 * @param sheet - `Programs` or `Cohort`
 * @param values - the sheet's values after the import
 * @param formats - the sheet's number formats after the import
 * @returns the sentence
 * @example
 * importSummary('Programs', [['Program', 'Fav'], ['A', 'x']], [])
 * // 'Imported 1 program into Programs. Recognised 1 column ("Program"); kept 1 as your own ("Fav").'
 */
export function importSummary(sheet: string, values: unknown[][], formats: unknown[][]): string {
  const header = values[0] ?? [];
  const columns = sheet === 'Programs' ? PROGRAM_COLUMNS : APPLICANT_COLUMNS;
  const { positions, superseded, duplicates } = matchFields(header, columns);
  // A header named twice whose first column is empty: the reader uses the later one (settleRepeats).
  const repeats = settleRepeats(positions as Map<string, number>, duplicates, values);
  const used = new Map<number, string>();
  for (const [key, index] of positions) used.set(index, columns.find((f) => f.key === key)!.header);
  // Without a Program column, the Institution column names the programs.
  const byKey = positions as Map<string, number>;
  const institution = byKey.get('institution');
  if (sheet === 'Programs' && !byKey.has('name') && institution !== undefined) {
    used.set(institution, 'Program');
  }
  const shownHeader = (index: number) =>
    String(header[index] ?? '').trim() || `column ${columnLetters(index + 1)}`;
  const recognised = [...used.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, field]) =>
      shownHeader(index).toLowerCase() === field.toLowerCase()
        ? `"${field}"`
        : `"${shownHeader(index)}" → ${field}`,
    );
  const passedOver = new Set([...superseded.map((s) => s.index), ...repeats.map((r) => r.index)]);
  const own = header
    .map((_, index) => index)
    .filter(
      (index) => !used.has(index) && !passedOver.has(index) && String(header[index] ?? '').trim() !== '',
    )
    .map((index) => `"${shownHeader(index)}"`);
  const parts: string[] = [];
  let lead: string;
  let missing: string[];
  if (sheet === 'Programs') {
    const read = readPrograms(values, formats);
    lead = `Imported ${plural(read.programs.length, 'program')} into Programs.`;
    missing = read.missing.map(describeMissing);
    const counts = new Map<SetAsideReason, number>();
    for (const entry of read.setAside) counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
    const aside = [...counts].map(([reason, count]) => `${count} ${REASONS[reason][count === 1 ? 0 : 1]}`);
    if (read.setAside.length > 0)
      parts.push(`set aside ${plural(read.setAside.length, 'row')} (${aside.join(', ')})`);
  } else {
    const read = readCohort(values, formats);
    lead = `Imported ${plural(read.applicants.length, 'applicant')} into ${sheet}.`;
    missing = read.missing.map(describeMissing);
    const dataRows = values
      .slice(1)
      .filter((row) => row.some((cell) => String(cell ?? '').trim() !== '')).length;
    const leftOut = dataRows - read.applicants.length;
    if (leftOut > 0) parts.push(`set aside ${plural(leftOut, 'row')} (no name, or a name repeated)`);
  }
  const recognisedText = `Recognised ${plural(recognised.length, 'column')}${recognised.length > 0 ? ` (${listed(recognised)})` : ''}`;
  const ownText = own.length > 0 ? `kept ${own.length} as your own (${listed(own)})` : 'no other columns';
  const passed =
    passedOver.size > 0 ? `, and passed over ${plural(passedOver.size, 'older or raw twin column')}` : '';
  const sentence = `${lead} ${recognisedText}; ${ownText}${passed}${parts.length > 0 ? `; ${parts.join('; ')}` : ''}.`;
  return missing.length > 0 ? `${sentence} ${missing.join(' ')}` : sentence;
}
