/**
 * Regenerating an output sheet keeps what people wrote in it. The previous sheet's `Notes` column and every
 * column the add-on does not own are carried over to the new sheet row by row, matched by a key (a program's
 * key in a list; applicant + program in `Cohort Lists`) compared case-insensitively on trimmed text. Rows
 * whose key is no longer listed but hold something a person wrote move to a trailing block after a separator
 * row (`No longer listed — kept so your notes are not lost`); that block is read back on the next
 * regeneration, so the notes survive and return to a row whose key comes back. The block uses the same
 * columns as the table (identity columns, notes, user columns), so it needs no header of its own.
 */
import { normalizeLabel } from './normalize.ts';
import { asCellText } from './text-safety.ts';

/** A value in an output's `values` array. */
export type Cell = string | number | boolean;

/** Column A of the row that starts the block of rows no longer listed. */
export const KEPT_SEPARATOR = 'No longer listed — kept so your notes are not lost';

/** How one output sheet is laid out, for carrying notes over. */
export interface CarryLayout {
  /** Columns the add-on writes, in order (the notes column among them). */
  columns: readonly string[];
  /** Every column any variant of this sheet writes (a shared list leaves some out): never a user column. */
  ownedColumns: readonly string[];
  /** The column people write in; the add-on only carries it over. */
  notesColumn: string;
  /**
   * Other columns the add-on writes blank and people fill (e.g. `Signal sent`, `Status`): carried over by key
   * like notes, and kept in the "no longer listed" block.
   */
  personColumns?: readonly string[];
  /** Columns copied into the kept block so a reader sees whose notes they are (they must hold the key). */
  identityColumns: readonly string[];
  /** A row's key from its cells (trimmed text by column name); '' when the row has no identity. */
  keyOf: (cell: (column: string) => string) => string;
}

/** One data row of the previous sheet. */
export interface PreviousRow {
  /** Normalized key ('' when the row names nothing). */
  key: string;
  /** The row's raw value in a column, by column name ('' when the column is absent). */
  read: (column: string) => unknown;
  /** Notes, person columns and user columns, ready to write (aligned with `[notes, ...personColumns, ...userColumns]`). */
  carried: Cell[];
  hasUserContent: boolean;
  /** True when the row was in the kept block. */
  kept: boolean;
}

/** The previous sheet as carry-over sees it. */
export interface PreviousSheet {
  /** Headers of user-added columns, in their previous order. */
  userColumns: string[];
  rows: PreviousRow[];
}

/** What kind each output row is, so a builder can colour it. */
export type RowKind = 'header' | 'body' | 'blank' | 'separator' | 'kept';

/** A cell read back as the formula a person typed in it (see `withFormulas`). */
export interface TypedFormula {
  formula: string;
}

function isTypedFormula(value: unknown): value is TypedFormula {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { formula?: unknown }).formula === 'string' &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/**
 * The values of a previous output sheet with every cell that holds a formula replaced by that formula, so
 * that a link or sum people typed into `Notes` or their own columns is carried over as a formula, not as
 * the value it showed.
 *
 * @param values - `getValues()` of the sheet
 * @param formulas - `getFormulas()` of the same range
 * @returns the values, formula cells marked
 * @example
 * withFormulas([['site']], [['=HYPERLINK("https://x.org","site")']])[0][0] // { formula: '=HYPERLINK(…)' }
 */
export function withFormulas(values: unknown[][], formulas: string[][]): unknown[][] {
  return values.map((row, r) =>
    row.map((value, c) => {
      const formula = formulas[r]?.[c] ?? '';
      return formula === '' ? value : { formula };
    }),
  );
}

/** The columns people fill, notes first. */
function personColumnsOf(layout: CarryLayout): string[] {
  return [layout.notesColumn, ...(layout.personColumns ?? [])];
}

/** Trimmed text of a cell value, with one escaping apostrophe removed from written strings. */
function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isTypedFormula(value)) return value.formula.trim();
  if (typeof value === 'string') return (value.startsWith("'") ? value.slice(1) : value).trim();
  return String(value).trim();
}

/** Folds a key for matching: trimmed, lower case, inner spaces collapsed. */
export function normalizeKey(key: string): string {
  return key.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Turns a value read back from a sheet into one that writes back the same: a typed formula as that formula
 * (`withFormulas`), strings escaped, Dates as `YYYY-MM-DD` (or with the time), numbers and booleans kept,
 * anything else as text.
 *
 * @param value - a value from `getValues()`
 * @returns the cell to write
 * @example
 * carryCell('=1+1') // "'=1+1"
 */
export function carryCell(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (isTypedFormula(value)) return value.formula;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return asCellText(value);
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) return '';
    const pad = (n: number): string => String(n).padStart(2, '0');
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
    return time === '00:00:00' ? day : `${day} ${time}`;
  }
  return asCellText(String(value));
}

function isBlank(cell: Cell): boolean {
  return typeof cell === 'string' && cell.trim() === '';
}

/**
 * Reads the previous values of an output sheet: which columns people added, and each row's key, notes and
 * user-column values (main rows and the kept block alike).
 *
 * @param previous - `getValues()` of the previous sheet, or null when there is none
 * @param layout - the sheet's layout
 * @returns user columns and rows; empty when there was no previous sheet
 * @example
 * readPrevious([['Rank', 'Program', 'Notes'], [1, 'Lakeview', 'call Dr. A']], layout).rows[0].carried // ['call Dr. A']
 */
export function readPrevious(previous: unknown[][] | null, layout: CarryLayout): PreviousSheet {
  const header = previous?.[0] ?? [];
  const owned = new Set(layout.ownedColumns.map(normalizeLabel));
  const columnIndex = new Map<string, number>();
  const userIndexes: number[] = [];
  const userColumns: string[] = [];
  header.forEach((raw, index) => {
    const label = normalizeLabel(raw);
    if (label !== '' && owned.has(label)) {
      if (!columnIndex.has(label)) columnIndex.set(label, index);
      return;
    }
    const hasData = (previous ?? []).some((row, r) => r > 0 && plainText(row[index]) !== '');
    if (label === '' && !hasData) return;
    userIndexes.push(index);
    userColumns.push(plainText(raw));
  });
  const personIndexes = personColumnsOf(layout).map((column) => columnIndex.get(normalizeLabel(column)));
  const rows: PreviousRow[] = [];
  let inKeptBlock = false;
  for (const row of (previous ?? []).slice(1)) {
    if (normalizeLabel(row[0]) === normalizeLabel(KEPT_SEPARATOR)) {
      inKeptBlock = true;
      continue;
    }
    const read = (column: string): unknown => {
      const index = columnIndex.get(normalizeLabel(column));
      return index === undefined ? '' : row[index];
    };
    const carried = personIndexes.map((index) => (index === undefined ? '' : carryCell(row[index])));
    for (const index of userIndexes) carried.push(carryCell(row[index]));
    const key = normalizeKey(layout.keyOf((column) => plainText(read(column))));
    const hasUserContent = carried.some((cell) => !isBlank(cell));
    if (key === '' && !hasUserContent) continue;
    rows.push({ key, read, carried, hasUserContent, kept: inKeptBlock });
  }
  return { userColumns, rows };
}

/**
 * Builds the final values of an output sheet: the header (the add-on's columns, then the user columns),
 * the new rows with their notes and user columns carried over by key, and the kept block for previous rows
 * no longer listed that hold something a person wrote.
 *
 * @param layout - the sheet's layout
 * @param previous - the previous sheet as `readPrevious` gives it
 * @param body - the new rows, aligned with `layout.columns` (their notes cells are replaced)
 * @returns the values and the kind of each row
 * @example
 * assembleSheet(layout, readPrevious(oldValues, layout), newRows).values[0] // the header
 */
export function assembleSheet(
  layout: CarryLayout,
  previous: PreviousSheet,
  body: Cell[][],
): { values: Cell[][]; kinds: RowKind[] } {
  const width = layout.columns.length + previous.userColumns.length;
  const person = personColumnsOf(layout);
  const personAt = person.map((column) => layout.columns.indexOf(column));
  const userFrom = person.length;
  const byKey = new Map<string, PreviousRow>();
  for (const row of previous.rows) {
    const known = byKey.get(row.key);
    if (row.key !== '' && (known === undefined || (!known.hasUserContent && row.hasUserContent))) {
      byKey.set(row.key, row);
    }
  }
  const values: Cell[][] = [[...layout.columns, ...previous.userColumns.map(asCellText)]];
  const kinds: RowKind[] = ['header'];
  const used = new Set<string>();
  for (const cells of body) {
    const key = normalizeKey(layout.keyOf((column) => plainText(cells[layout.columns.indexOf(column)])));
    const carried = byKey.get(key)?.carried ?? [];
    if (key !== '') used.add(key);
    const out: Cell[] = layout.columns.map((_, i) => cells[i] ?? '');
    personAt.forEach((at, p) => {
      if (at >= 0) out[at] = carried[p] ?? '';
    });
    for (let u = 0; u < previous.userColumns.length; u++) out.push(carried[u + userFrom] ?? '');
    values.push(out);
    kinds.push('body');
  }
  const leftovers = [...previous.rows.filter((r) => r.kept), ...previous.rows.filter((r) => !r.kept)].filter(
    (row) => row.hasUserContent && (row.key === '' || !used.has(row.key)),
  );
  const keptKeys = new Set<string>();
  const keptRows: Cell[][] = [];
  for (const row of leftovers) {
    if (row.key !== '') {
      if (keptKeys.has(row.key)) continue;
      keptKeys.add(row.key);
    }
    const out: Cell[] = layout.columns.map((column) =>
      layout.identityColumns.includes(column) ? carryCell(row.read(column)) : '',
    );
    personAt.forEach((at, p) => {
      if (at >= 0) out[at] = row.carried[p] ?? '';
    });
    for (let u = 0; u < previous.userColumns.length; u++) out.push(row.carried[u + userFrom] ?? '');
    keptRows.push(out);
  }
  if (keptRows.length > 0) {
    values.push(new Array<Cell>(width).fill(''));
    kinds.push('blank');
    const separator = new Array<Cell>(width).fill('');
    separator[0] = KEPT_SEPARATOR;
    values.push(separator);
    kinds.push('separator');
    for (const row of keptRows) {
      values.push(row);
      kinds.push('kept');
    }
  }
  return { values, kinds };
}
