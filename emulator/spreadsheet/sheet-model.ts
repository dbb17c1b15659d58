/**
 * The data behind one emulated sheet: a sparse grid of cells (content, computed formula value, spill,
 * note, formats, data-validation rule), its size, frozen rows/columns, visibility, column widths,
 * conditional-format rules and embedded charts.
 * Pure data operations only; FakeSheet/FakeRange wrap it with Apps Script's API, counting and errors.
 */
import { type CellValue, DEFAULT_NUMBER_FORMAT } from './cell-values.ts';
import { type ChartData, cloneChart } from './charts.ts';
import type { ValidationRule } from './data-validation.ts';

export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_COLOR = '#000000';
export const DEFAULT_COLUMN_WIDTH = 100;

export interface Cell {
  /** Literal content (`''` when empty or when the cell holds a formula). */
  value: CellValue;
  /** The formula text, `''` when none. */
  formula: string;
  /** A formula's computed value (set by recalculation). */
  computed: CellValue;
  /** A value spilled here by an array result of another cell's formula. */
  spill: { value: CellValue; origin: Cell } | null;
  /** Cells this formula cell spilled into. */
  spilledInto: Cell[];
  note: string;
  background: string;
  numberFormat: string;
  fontWeight: string;
  fontColor: string;
  wrap: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** The data-validation rule on this cell (shared, immutable), or null. */
  validation: ValidationRule | null;
}

/** A fresh cell with no content and default formats. */
export function blankCell(): Cell {
  return {
    value: '',
    formula: '',
    computed: '',
    spill: null,
    spilledInto: [],
    note: '',
    validation: null,
    ...defaultFormats(),
  };
}

/** The format fields of a cell that was never formatted. */
export function defaultFormats(): Pick<
  Cell,
  | 'background'
  | 'numberFormat'
  | 'fontWeight'
  | 'fontColor'
  | 'wrap'
  | 'horizontalAlignment'
  | 'verticalAlignment'
> {
  return {
    background: DEFAULT_BACKGROUND,
    numberFormat: DEFAULT_NUMBER_FORMAT,
    fontWeight: 'normal',
    fontColor: DEFAULT_FONT_COLOR,
    wrap: false,
    horizontalAlignment: 'general',
    verticalAlignment: 'bottom',
  };
}

/** What a cell shows: a formula's computed value, its literal value, or a value spilled into it. */
export function shownValue(cell: Cell | undefined): CellValue {
  if (!cell) return '';
  if (cell.formula) return cell.computed;
  if (cell.value !== '') return cell.value;
  return cell.spill ? cell.spill.value : '';
}

/** True when a cell shows something (value, formula or spilled value). */
export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== '' || cell.value !== '' || cell.spill !== null);
}

/** True when a cell differs from a blank one in formats, note or data validation. */
export function isFormatted(cell: Cell | undefined): boolean {
  if (!cell) return false;
  const defaults = defaultFormats();
  return (
    cell.note !== '' ||
    cell.validation !== null ||
    (Object.keys(defaults) as (keyof typeof defaults)[]).some((k) => cell[k] !== defaults[k])
  );
}

/** Removes the values a formula cell spilled into its neighbours. */
export function clearSpill(origin: Cell): void {
  for (const target of origin.spilledInto) target.spill = null;
  origin.spilledInto = [];
}

/** Empties a cell's content (formula, value, spill it made); formats and note stay. */
export function clearCellContent(cell: Cell): void {
  clearSpill(cell);
  cell.value = '';
  cell.formula = '';
  cell.computed = '';
}

export class SheetModel {
  rows: ((Cell | undefined)[] | undefined)[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  rules: unknown[] = [];
  charts: ChartData[] = [];

  constructor(
    public name: string,
    public readonly id: number,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /**
   * A copy of this sheet under another name and id, as `insertSheet(name, index, { template })` makes it:
   * contents (formulas keep their text, computed values are kept until recalculated), formats, notes,
   * size, frozen rows and columns, column widths, conditional-format rules, data validation and charts
   * (the caller gives the copied charts new ids; ranges on this sheet point to the copy).
   */
  copyAs(name: string, id: number): SheetModel {
    const copy = new SheetModel(name, id, this.maxRows, this.maxColumns);
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    copy.tabColor = this.tabColor;
    copy.columnWidths = new Map(this.columnWidths);
    copy.rules = [...this.rules];
    copy.charts = this.charts.map((chart) => {
      const copied = cloneChart(chart);
      for (const ref of copied.ranges) if (ref.sheetId === this.id) ref.sheetId = id;
      return copied;
    });
    this.forEachCell((cell, row, column) => {
      const target = copy.cell(row, column);
      Object.assign(target, { ...cell, spill: null, spilledInto: [] });
      if (cell.spill && !cell.formula && cell.value === '') target.value = cell.spill.value;
    });
    return copy;
  }

  /** The cell at (row, column), or undefined when it was never touched. */
  peek(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell at (row, column), created blank when needed. */
  cell(row: number, column: number): Cell {
    let cells = this.rows[row - 1];
    if (!cells) {
      cells = [];
      this.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (!cell) {
      cell = blankCell();
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** Calls `visit` for every touched cell with its 1-based position. */
  forEachCell(visit: (cell: Cell, row: number, column: number) => void): void {
    this.rows.forEach((cells, r) => {
      cells?.forEach((cell, c) => {
        if (cell) visit(cell, r + 1, c + 1);
      });
    });
  }

  /** The bottom-right corner of the cells matching `test` (0, 0 when none). */
  extent(test: (cell: Cell) => boolean): { lastRow: number; lastColumn: number } {
    let lastRow = 0;
    let lastColumn = 0;
    this.forEachCell((cell, row, column) => {
      if (!test(cell)) return;
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    });
    return { lastRow, lastColumn };
  }

  /**
   * The last row with a cell matching `test` (0 when none), looking from the bottom up: as cheap as the
   * blank rows at the end, so a tall sheet's last row does not cost a scan of every cell.
   */
  lastRowOf(test: (cell: Cell) => boolean): number {
    for (let r = this.rows.length - 1; r >= 0; r -= 1) {
      if (this.rows[r]?.some((cell) => cell !== undefined && test(cell))) return r + 1;
    }
    return 0;
  }

  /** Inserts `count` blank rows after row `after` (0 = at the top). */
  insertRows(after: number, count: number): void {
    if (this.rows.length > after) this.rows.splice(after, 0, ...new Array<undefined>(count));
    if (after < this.frozenRows) this.frozenRows += count;
    this.maxRows += count;
  }

  /** Deletes `count` rows from row `start`, shifting the rows below up. */
  deleteRows(start: number, count: number): void {
    for (const cells of this.rows.slice(start - 1, start - 1 + count)) detachAll(cells);
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
  }

  /** Inserts `count` blank columns after column `after` (0 = at the left). */
  insertColumns(after: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && cells.length > after) cells.splice(after, 0, ...new Array<undefined>(count));
    }
    this.columnWidths = shiftKeys(this.columnWidths, after + 1, count);
    if (after < this.frozenColumns) this.frozenColumns += count;
    this.maxColumns += count;
  }

  /** Deletes `count` columns from column `start`, shifting the columns to the right left. */
  deleteColumns(start: number, count: number): void {
    for (const cells of this.rows) {
      detachAll(cells?.slice(start - 1, start - 1 + count));
      cells?.splice(start - 1, count);
    }
    for (let column = start; column < start + count; column++) this.columnWidths.delete(column);
    this.columnWidths = shiftKeys(this.columnWidths, start + count, -count);
    this.maxColumns -= count;
  }
}

function detachAll(cells: (Cell | undefined)[] | undefined): void {
  for (const cell of cells ?? []) if (cell) detach(cell);
}

function detach(cell: Cell): void {
  clearSpill(cell);
  if (cell.spill) {
    const origin = cell.spill.origin;
    origin.spilledInto = origin.spilledInto.filter((c) => c !== cell);
    cell.spill = null;
  }
}

function shiftKeys(widths: Map<number, number>, from: number, by: number): Map<number, number> {
  const shifted = new Map<number, number>();
  for (const [column, width] of widths) shifted.set(column >= from ? column + by : column, width);
  return shifted;
}
