/**
 * Rows of a table sheet that are not data: a units row under the header (`(name) | (NRMP) | (score) | (%)`),
 * the header row repeated further down (two lists pasted one under the other), and the second row of a
 * two-row header (group names merged across row 1, the real names in row 2). `readPrograms` leaves each out
 * with one issue instead of reading it as a program — a program called "(name)" or "Program" with a cell
 * issue for every column.
 */
import type { Issue } from '../core/types.ts';
import { issueAt } from './a1.ts';
import type { FieldDef } from './headers.ts';
import { normalizeLabel } from './normalize.ts';
import { cellString, showCell } from './parse-values.ts';

/** What a row that is not data is. */
export type HeaderRowKind = 'units' | 'header' | 'second-header';

/** A row that is not data: what it is, and its filled cells (0-based columns) that show it. */
export interface HeaderRow {
  kind: HeaderRowKind;
  /** The cells that make it look so, in column order. */
  columns: number[];
}

/** Words that describe a column's values rather than being one (lower case, as typed). */
const UNIT_WORDS = new Set([
  '%',
  '#',
  '$',
  'percent',
  'percentage',
  'score',
  'points',
  'year',
  'years',
  'yrs',
  'yyyy',
  'months',
  'weeks',
  'number',
  'count',
  'y/n',
  'yes/no',
  'date',
  'mm/dd/yyyy',
  'yyyy-mm-dd',
  'text',
  'usd',
]);

/** Each table's accepted column names, folded, built on first use (every row is checked: no search a cell). */
const spellingsOf = new WeakMap<readonly FieldDef[], ReadonlySet<string>>();

function spellings(fields: readonly FieldDef[]): ReadonlySet<string> {
  const made = spellingsOf.get(fields);
  if (made) return made;
  const folded = new Set(fields.flatMap((field) => [field.header, ...field.aliases].map(normalizeLabel)));
  folded.delete('');
  spellingsOf.set(fields, folded);
  return folded;
}

/** A cell that describes its column: wholly in parentheses or brackets (`(score)`, `[%]`), or a unit word. */
function isUnitCell(text: string): boolean {
  return /^[([{].*[)\]}]$/s.test(text) || UNIT_WORDS.has(text.toLowerCase());
}

/**
 * What a data row is when it is not data, or null for a row to read. A units row has at least two filled
 * cells, every one of them a unit (`(score)`, `(%)`, `Y/N`). A header row has at least two cells that are
 * column names — its own column's header in row 1, or any name the sheet's columns accept — making up at least
 * half its filled cells, or all of them but a blank name. Row 2 of that kind that does not repeat row 1 is
 * the second row of a two-row header.
 *
 * @param row - the row's cells
 * @param rowNumber - its 1-based row
 * @param header - row 1
 * @param nameColumn - the 0-based column that names the rows
 * @param fields - the sheet's columns
 * @returns what the row is, or null
 * @example
 * headerRow(['(name)', '(score)'], 2, ['Program', 'Min Step 2 CK'], 0, PROGRAM_FIELDS)?.kind // 'units'
 */
export function headerRow<K extends string>(
  row: readonly unknown[],
  rowNumber: number,
  header: readonly unknown[],
  nameColumn: number,
  fields: readonly FieldDef<K>[],
): HeaderRow | null {
  const filled: number[] = [];
  row.forEach((cell, i) => {
    if (cellString(cell) !== '') filled.push(i);
  });
  if (filled.length < 2) return null;
  const text = (i: number) => (typeof row[i] === 'string' ? cellString(row[i]) : '');
  if (filled.every((i) => text(i) !== '' && isUnitCell(text(i)))) return { kind: 'units', columns: filled };
  const known = spellings(fields);
  const repeats: number[] = [];
  const names: number[] = [];
  for (const i of filled) {
    const folded = text(i) === '' ? '' : normalizeLabel(text(i));
    if (folded === '') continue;
    const own = folded === normalizeLabel(header[i]);
    if (own) repeats.push(i);
    if (own || known.has(folded)) names.push(i);
  }
  const nameBlank = cellString(row[nameColumn]) === '';
  if (names.length < 2 || (names.length * 2 < filled.length && !nameBlank)) return null;
  const kind = rowNumber === 2 && repeats.length * 2 < filled.length ? 'second-header' : 'header';
  return { kind, columns: names };
}

/** The cells of a row, quoted, the first few of them. */
function quoted(row: readonly unknown[], columns: readonly number[]): string {
  const shown = columns.slice(0, 4).map((i) => `"${showCell(row[i])}"`);
  return `${shown.join(', ')}${columns.length > shown.length ? ', …' : ''}`;
}

/**
 * The one issue for a row that is not data, on its first filled cell, saying it is left out and what to do.
 *
 * @param sheet - the sheet's name
 * @param row - the row's cells
 * @param rowNumber - its 1-based row
 * @param found - what `headerRow` said it is
 * @param what - one row's thing, e.g. `program`
 * @returns the issue
 * @example
 * headerRowIssue('Programs', ['(name)', '(score)'], 2, { kind: 'units', columns: [0, 1] }, 'program').message
 * // 'Row 2 ("(name)", "(score)") describes the columns rather than naming a program, so it is left out. …'
 */
export function headerRowIssue(
  sheet: string,
  row: readonly unknown[],
  rowNumber: number,
  found: HeaderRow,
  what: string,
): Issue {
  const first = row.findIndex((cell) => cellString(cell) !== '');
  const cells = quoted(row, found.columns);
  const message =
    found.kind === 'units'
      ? `Row ${rowNumber} (${cells}) describes the columns rather than naming a ${what}, so it is left out. You may delete it.`
      : found.kind === 'header'
        ? `Row ${rowNumber} repeats the column names (${cells}) rather than naming a ${what}, so it is left out. Delete it if it was pasted in by mistake.`
        : `Row ${rowNumber} holds column names (${cells}) under the names in row 1, but headers must be one row: put the names of row 2 in row 1 — one name a column, such as "Min Step 2 CK" — and delete row 2. Until then row 2 is left out and each column is read by its name in row 1.`;
  return issueAt(sheet, rowNumber, first + 1, message);
}
