/**
 * Regenerating an output sheet keeps what people wrote in it. The columns people fill (`Notes`, and any the
 * layout names) and every column the add-on does not write are carried over to the new sheet row by row,
 * matched by a key (a program's key in a list; applicant + program in `Cohort Lists`; the applicant in
 * `Cohort Summary`; the row's label in `Application Plan`) compared case-insensitively on trimmed text.
 * Which columns are RadList's is read from row 1: when it starts with a header row RadList writes or wrote
 * (`knownHeaders`), exactly those columns are RadList's and every column after them is the person's, whatever
 * its header says (a second `Notes`, a `Fit` typed by hand, a column RadList only added later); otherwise the
 * first column of each name RadList writes is RadList's and any repeat is the person's. Rows whose key is no
 * longer listed but hold something a person wrote move to a trailing block after a separator row
 * (`No longer listed — kept so your notes are not lost`); that block — anything typed in it, its separator row
 * included — is read back on the next regeneration, so it survives and its notes return to a row whose key
 * comes back. A row below the separator that fills most of RadList's columns is a listed row a sort moved there
 * (`isDisplacedRow`), matched again like one; a second row of a listed key gives what a person wrote in it to
 * the listed row where that row has nothing, or stays in the kept block whole. A formula a person typed stays that formula; the cells its array result spilled into are left
 * to it (see spill.ts).
 */
import { foldKey, normalizeLabel } from './normalize.ts';
import { spilledCells } from './spill.ts';
import { asCellText } from './text-safety.ts';

/** A value in an output's `values` array. */
export type Cell = string | number | boolean;

/** Column A of the row that starts the block of rows no longer listed. */
export const KEPT_SEPARATOR = 'No longer listed — kept so your notes are not lost';

/** How one output sheet is laid out, for carrying notes over. */
export interface CarryLayout {
  /** Columns the add-on writes, in order (the columns people fill among them). */
  columns: readonly string[];
  /** Every column any variant of this sheet writes (a shared list leaves some out): never a user column. */
  ownedColumns: readonly string[];
  /** The column people write notes in; the add-on only carries it over. Absent when the sheet has none. */
  notesColumn?: string;
  /** Other columns the add-on writes blank and people fill: carried over by key like notes. */
  personColumns?: readonly string[];
  /** Columns copied into the kept block so a reader sees whose notes they are (they must hold the key). */
  identityColumns: readonly string[];
  /** Header rows RadList writes or wrote for this sheet (see the file comment). */
  knownHeaders?: readonly (readonly string[])[];
  /**
   * Other names a person may give one of RadList's columns in place: a header row RadList wrote with some of
   * its headers renamed to one of these is still that header row (RadList writes its own names back).
   */
  aliasesOf?: (column: string) => readonly string[];
  /**
   * A row's key from its cells; '' when the row has no identity or the sheet lacks a column its key needs (such
   * a row is never merged with another).
   */
  keyOf: (cell: KeyCell) => string;
  /**
   * A second key for rows the key leaves unmatched (a program by name and state when its `ID` column is gone):
   * it matches a previous row to a new one only where it names one unmatched row on each side.
   */
  fallbackKeyOf?: (cell: KeyCell) => string;
}

/** A row's cells by column name for its key: trimmed text, or null when the sheet has no such column. */
export type KeyCell = (column: string) => string | null;

/** One data row of the previous sheet. */
export interface PreviousRow {
  /** Normalized key ('' when the row names nothing or its key cannot be made). */
  key: string;
  /** Normalized fallback key ('' when none). */
  fallbackKey: string;
  /** The row's raw value in one of RadList's columns, by name ('' when the column is absent). */
  read: (column: string) => unknown;
  /** The columns people fill, then user columns, ready to write (aligned with `[...person, ...userColumns]`). */
  carried: Cell[];
  /** In the kept block: what people typed in RadList's other columns there, by column name. */
  typed: ReadonlyMap<string, Cell>;
  hasUserContent: boolean;
  /** True when the row was in the kept block. */
  kept: boolean;
}

/** The previous sheet as carry-over sees it. */
export interface PreviousSheet {
  /** Headers of user-added columns as text, in their previous order. */
  userColumns: string[];
  /** The same headers ready to write (a header that is a formula stays that formula). */
  userHeaders: Cell[];
  rows: PreviousRow[];
  /** What people typed in the separator row beside its text (aligned with the columns), or null. */
  separator: Cell[] | null;
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
 * The values of a previous output sheet as people wrote them: every cell that holds a formula replaced by that
 * formula (so a link or sum typed into `Notes` or a user column is carried over as a formula, not as the value
 * it showed), and every cell a formula's array result spilled into left blank (it is the formula's, not typed).
 *
 * @param values - `getValues()` of the sheet
 * @param formulas - `getFormulas()` of the same range
 * @returns the values, formula cells marked
 * @example
 * withFormulas([['site']], [['=HYPERLINK("https://x.org","site")']])[0][0] // { formula: '=HYPERLINK(…)' }
 */
export function withFormulas(values: unknown[][], formulas: string[][]): unknown[][] {
  const spilled = spilledCells(values, formulas);
  return values.map((row, r) =>
    row.map((value, c) => {
      const formula = formulas[r]?.[c] ?? '';
      if (formula !== '') return { formula };
      return spilled.has(`${r},${c}`) ? '' : value;
    }),
  );
}

/** The columns people fill, notes first. */
function personColumnsOf(layout: CarryLayout): string[] {
  return [...(layout.notesColumn ? [layout.notesColumn] : []), ...(layout.personColumns ?? [])];
}

/** Trimmed text of a cell value, with one escaping apostrophe removed from written strings. */
function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isTypedFormula(value)) return value.formula.trim();
  if (typeof value === 'string') return (value.startsWith("'") ? value.slice(1) : value).trim();
  return String(value).trim();
}

/** Folds a key for matching: the one rule for keys, `foldKey`. */
export const normalizeKey = foldKey;

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
 * Which columns of a previous header are RadList's, by name: a known header row at its start decides;
 * otherwise the first column of each owned name.
 */
function radListColumns(header: readonly unknown[], layout: CarryLayout): Map<string, number> {
  const owned = new Set(layout.ownedColumns.map(normalizeLabel));
  const columns = new Map<string, number>();
  const named = (i: number, label: string): boolean => {
    const text = normalizeLabel(plainText(header[i]));
    if (text === normalizeLabel(label)) return true;
    return (
      !isTypedFormula(header[i]) && (layout.aliasesOf?.(label) ?? []).some((a) => normalizeLabel(a) === text)
    );
  };
  const known = (layout.knownHeaders ?? []).find(
    (row) => row.length > 0 && row.every((label, i) => named(i, label)),
  );
  if (known) {
    known.forEach((label, i) => {
      if (!columns.has(normalizeLabel(label))) columns.set(normalizeLabel(label), i);
    });
    return columns;
  }
  header.forEach((raw, index) => {
    if (isTypedFormula(raw)) return;
    const label = normalizeLabel(raw);
    if (label !== '' && owned.has(label) && !columns.has(label)) columns.set(label, index);
  });
  return columns;
}

/**
 * True when a row below the separator fills at least half of RadList's own columns (and three or more): a row
 * RadList wrote as a listed one, moved there when a person sorted the sheet (the separator row sorts with the
 * rest), not one RadList kept — in a kept row RadList writes only the identity columns, and a person types a
 * cell or two, never the rank, category, chance and explanation of a program.
 */
function isDisplacedRow(typed: ReadonlyMap<string, Cell>, ownColumns: readonly string[]): boolean {
  return typed.size >= 3 && typed.size * 2 >= ownColumns.length;
}

/**
 * Reads the previous values of an output sheet: which columns people added, each row's key, the columns
 * people fill and user columns (main rows and the kept block alike), and what was typed in the kept block.
 *
 * @param previous - the previous sheet as `withFormulas` gives it (or plain `getValues()`), null when none
 * @param layout - the sheet's layout
 * @returns user columns and rows; empty when there was no previous sheet
 * @example
 * readPrevious([['Rank', 'Program', 'Notes'], [1, 'Lakeview', 'call Dr. A']], layout).rows[0].carried // ['call Dr. A']
 */
export function readPrevious(previous: unknown[][] | null, layout: CarryLayout): PreviousSheet {
  const header = previous?.[0] ?? [];
  const columnIndex = radListColumns(header, layout);
  const radListIndexes = new Set(columnIndex.values());
  const userIndexes: number[] = [];
  const userColumns: string[] = [];
  const userHeaders: Cell[] = [];
  header.forEach((raw, index) => {
    if (radListIndexes.has(index)) return;
    const hasData = (previous ?? []).some((row, r) => r > 0 && plainText(row[index]) !== '');
    if (plainText(raw) === '' && !hasData) return;
    userIndexes.push(index);
    userColumns.push(plainText(raw));
    userHeaders.push(carryCell(raw));
  });
  const personIndexes = personColumnsOf(layout).map((column) => columnIndex.get(normalizeLabel(column)));
  const identity = new Set(layout.identityColumns.map(normalizeLabel));
  const person = new Set(personColumnsOf(layout).map(normalizeLabel));
  // RadList's own columns in this sheet besides the identity and person ones: a row of the kept block that
  // fills most of them is a listed row a sort moved below the separator, not typing (see `isDisplacedRow`).
  const ownColumns = [...columnIndex.keys()].filter((label) => !identity.has(label) && !person.has(label));
  const rows: PreviousRow[] = [];
  let separator: Cell[] | null = null;
  let inKeptBlock = false;
  for (const row of (previous ?? []).slice(1)) {
    if (!inKeptBlock && normalizeLabel(plainText(row[0])) === normalizeLabel(KEPT_SEPARATOR)) {
      inKeptBlock = true;
      separator = layout.columns.map((_, i) => (i === 0 ? '' : carryCell(row[i])));
      for (const index of userIndexes) separator.push(carryCell(row[index]));
      continue;
    }
    const read = (column: string): unknown => {
      const index = columnIndex.get(normalizeLabel(column));
      return index === undefined ? '' : row[index];
    };
    const keyCell: KeyCell = (column) => {
      const index = columnIndex.get(normalizeLabel(column));
      return index === undefined ? null : plainText(row[index]);
    };
    const carried = personIndexes.map((index) => (index === undefined ? '' : carryCell(row[index])));
    for (const index of userIndexes) carried.push(carryCell(row[index]));
    // In the kept block RadList writes only the identity columns; anything else there was typed.
    const typed = new Map<string, Cell>();
    if (inKeptBlock) {
      for (const [label, index] of columnIndex) {
        if (identity.has(label) || person.has(label)) continue;
        const cell = carryCell(row[index]);
        if (!isBlank(cell)) typed.set(label, cell);
      }
    }
    const key = normalizeKey(layout.keyOf(keyCell));
    const fallbackKey = normalizeKey(layout.fallbackKeyOf?.(keyCell) ?? '');
    // A listed row sorted into the kept block: what RadList wrote in it is RadList's, not typing.
    const displaced = inKeptBlock && key !== '' && isDisplacedRow(typed, ownColumns);
    if (displaced) typed.clear();
    const hasUserContent = typed.size > 0 || carried.some((cell) => !isBlank(cell));
    if (key === '' && fallbackKey === '' && !hasUserContent) continue;
    rows.push({ key, fallbackKey, read, carried, typed, hasUserContent, kept: inKeptBlock && !displaced });
  }
  const separatorTyped = separator?.some((cell) => !isBlank(cell)) ? separator : null;
  return { userColumns, userHeaders, rows, separator: separatorTyped };
}

/** A new row's cells for its key, by column name (every column of the layout is there). */
function newRowCells(layout: CarryLayout, cells: readonly Cell[]): KeyCell {
  return (column) => {
    const index = layout.columns.indexOf(column);
    return index < 0 ? null : plainText(cells[index]);
  };
}

/** Finds, for new rows, the previous rows they take over (see `rowMatcher`). */
export interface RowMatcher {
  /**
   * @param cells - each new row's cells
   * @returns the previous row each new row takes over, in the same order (undefined: none)
   */
  match: (cells: readonly KeyCell[]) => (PreviousRow | undefined)[];
}

/**
 * Matches new rows to previous ones, built once for many `match` calls: by key (of several previous rows with a
 * key, the first, or the first that carries something a person wrote); then, for a new row left unmatched, by
 * fallback key when exactly one new row of those asked and exactly one previous row not listed by key has it. A
 * previous row without a key is matched by its fallback key or not at all, never merged with another.
 *
 * @param layout - the sheet's layout
 * @param rows - the previous rows (`readPrevious`)
 * @returns the matcher
 * @example
 * rowMatcher(layout, readPrevious(oldValues, layout).rows).match([cellsOf(newRow)])[0]?.carried // its notes
 */
export function rowMatcher(layout: CarryLayout, rows: readonly PreviousRow[]): RowMatcher {
  const carries = (r: PreviousRow) => r.carried.some((cell) => !isBlank(cell));
  const byKey = new Map<string, PreviousRow>();
  const byFallback = new Map<string, PreviousRow[]>();
  for (const row of rows) {
    const known = byKey.get(row.key);
    if (row.key !== '' && (known === undefined || (!carries(known) && carries(row)))) byKey.set(row.key, row);
    if (row.fallbackKey !== '')
      byFallback.set(row.fallbackKey, [...(byFallback.get(row.fallbackKey) ?? []), row]);
  }
  return {
    match: (cells) => {
      const keys = cells.map((cell) => normalizeKey(layout.keyOf(cell)));
      const found = keys.map((key) => (key === '' ? undefined : byKey.get(key)));
      const fallbackKeyOf = layout.fallbackKeyOf;
      if (!fallbackKeyOf || byFallback.size === 0) return found;
      const listed = new Set(keys);
      const fallbacks = cells.map((cell, i) => (found[i] ? '' : normalizeKey(fallbackKeyOf(cell))));
      const asked = new Map<string, number>();
      for (const key of fallbacks) if (key !== '') asked.set(key, (asked.get(key) ?? 0) + 1);
      fallbacks.forEach((key, i) => {
        if (key === '' || asked.get(key) !== 1) return;
        const candidates = (byFallback.get(key) ?? []).filter(
          (row) => row.key === '' || !listed.has(row.key),
        );
        if (candidates.length === 1) found[i] = candidates[0];
      });
      return found;
    },
  };
}

/**
 * Puts the person cells and user columns of a second row of one key into the listed row, where that row has
 * nothing; nothing is changed, and false returned, when any of them holds something else there.
 *
 * @param target - the listed row as built (the add-on's columns, then the user columns)
 * @param cells - the second row's cells placed the same way
 * @param positions - where the person columns and the user columns are
 * @returns true when merged
 */
function mergeInto(target: Cell[], cells: readonly Cell[], positions: readonly number[]): boolean {
  const typed = positions.filter((i) => !isBlank(cells[i] ?? ''));
  if (typed.some((i) => !isBlank(target[i] ?? '') && plainText(cells[i]) !== plainText(target[i])))
    return false;
  for (const i of typed) target[i] = cells[i]!;
  return true;
}

/**
 * Builds the final values of an output sheet: the header (the add-on's columns, then the user columns),
 * the new rows with the columns people fill and user columns carried over by key, and the kept block for
 * previous rows no longer listed that hold something a person wrote (and its separator row, with anything
 * typed in it).
 *
 * @param layout - the sheet's layout
 * @param previous - the previous sheet as `readPrevious` gives it
 * @param body - the new rows, aligned with `layout.columns` (their person cells are replaced)
 * @returns the values and the kind of each row
 * @example
 * assembleSheet(layout, readPrevious(oldValues, layout), newRows).values[0] // the header
 */
export function assembleSheet(
  layout: CarryLayout,
  previous: PreviousSheet,
  body: Cell[][],
): { values: Cell[][]; kinds: RowKind[] } {
  const users = previous.userColumns.length;
  const width = layout.columns.length + users;
  const person = personColumnsOf(layout);
  const personAt = person.map((column) => layout.columns.indexOf(column));
  const place = (out: Cell[], carried: readonly Cell[]): Cell[] => {
    personAt.forEach((at, p) => {
      if (at >= 0) out[at] = carried[p] ?? '';
    });
    for (let u = 0; u < users; u++) out.push(carried[u + person.length] ?? '');
    return out;
  };
  const matches = rowMatcher(layout, previous.rows).match(body.map((cells) => newRowCells(layout, cells)));
  const values: Cell[][] = [[...layout.columns, ...previous.userHeaders]];
  const kinds: RowKind[] = ['header'];
  body.forEach((cells, r) => {
    values.push(
      place(
        layout.columns.map((_, i) => cells[i] ?? ''),
        matches[r]?.carried ?? [],
      ),
    );
    kinds.push('body');
  });
  const used = new Set(matches.filter((row): row is PreviousRow => row !== undefined));
  const carriedAt = [
    ...personAt.filter((at) => at >= 0),
    ...Array.from({ length: users }, (_, u) => layout.columns.length + u),
  ];
  const listedAt = new Map<string, number>();
  matches.forEach((row, r) => {
    if (row && row.key !== '' && !listedAt.has(row.key)) listedAt.set(row.key, r + 1);
  });
  const keptRows: Cell[][] = [];
  for (const row of [...previous.rows.filter((r) => r.kept), ...previous.rows.filter((r) => !r.kept)]) {
    // A row listed again gives its notes back; what was typed elsewhere in it stays here. A second row of a
    // listed key (a copy a sort left behind) gives what a person wrote in it to the listed row where that row
    // has nothing, and is gone; if both hold something different there, it stays here whole. Any other row a
    // person wrote in stays here whole — a row with no key too.
    if (used.has(row) ? row.typed.size === 0 : !row.hasUserContent) continue;
    const twinAt = used.has(row) || row.typed.size > 0 ? undefined : listedAt.get(row.key);
    const cells = place(new Array<Cell>(layout.columns.length).fill(''), row.carried);
    if (twinAt !== undefined && mergeInto(values[twinAt]!, cells, carriedAt)) continue;
    const out: Cell[] = layout.columns.map((column) => {
      if (layout.identityColumns.includes(column)) return carryCell(row.read(column));
      return row.typed.get(normalizeLabel(column)) ?? '';
    });
    keptRows.push(place(out, used.has(row) ? [] : row.carried));
  }
  if (keptRows.length > 0 || previous.separator) {
    values.push(new Array<Cell>(width).fill(''));
    kinds.push('blank');
    const separator = Array.from({ length: width }, (_, i) => previous.separator?.[i] ?? '');
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
