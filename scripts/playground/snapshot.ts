/**
 * Turns the emulator's workbook into the plain JSON the playground page draws: for each sheet its tab
 * (name, hidden), frozen rows, column widths, and the used cells with the text Sheets would display, the
 * formula behind it, the background, the note and any dropdown (list data validation); each embedded chart
 * ready for Chart.js (charts.ts); plus the add-on menus the add-on's `onOpen` built and how many times it
 * asked to show the sidebar (the page reopens the sidebar when that number grows).
 */

import type { RecalcReport, SkippedFormula } from '../../emulator/recalc.ts';
import { columnLetters } from '../../emulator/spreadsheet/a1-notation.ts';
import { type ChartView, chartView } from './charts.ts';
import { displayText, isDateValue, usedExtent } from './display.ts';
import type { EmulatorView } from './emulator-view.ts';

export interface CellSnapshot {
  /** Displayed text (the number format applied, as Sheets shows it: `21%`, `$308`, `+5`). */
  text: string;
  /** How Sheets aligns it: numbers and dates right, booleans centred, errors red; text when absent. */
  kind?: 'number' | 'boolean' | 'date' | 'error';
  /** A horizontal alignment set on the cell (over `kind`'s default). */
  align?: 'left' | 'center' | 'right';
  /** The cell wraps its text (the row grows to hold it). */
  wrap?: true;
  /** The cell's text sits at the top (Sheets' default is the bottom). */
  top?: true;
  /** Why a formula shows an error (`#ERROR!`, `#REF!`, `#NAME?`): the message Sheets shows on hover. */
  error?: string;
  /** A formula the playground does not compute, and why (Sheets would show its value). */
  uncomputed?: string;
  formula?: string;
  background?: string;
  note?: string;
  /** A list rule with a dropdown: the values offered, and what rejects other input (null: a warning only). */
  dropdown?: { values: string[]; rejectMessage: string | null };
  /** The cell shows a value its rule does not allow (Sheets marks it). */
  invalid?: true;
}

export interface SheetSnapshot {
  name: string;
  hidden: boolean;
  frozenRows: number;
  /** Columns frozen at the left (they stay in view while the grid scrolls right). */
  frozenColumns: number;
  /** Pixel width of each column from A to the last used or sized one; columns past it are 100 px. */
  columnWidths: number[];
  cells: CellSnapshot[][];
  /** Embedded charts, drawn over the grid at their anchor cells. */
  charts: ChartView[];
}

/** The width Sheets gives a column nobody has sized. */
export const DEFAULT_COLUMN_WIDTH = 100;

/**
 * The pixel width of columns 1…n, as the sheet has them (unsized columns get the default 100 px).
 *
 * @param sized - 1-based column → width, as the emulator records `setColumnWidth`
 * @param usedColumns - how many columns hold something
 * @returns one width per column, from A to the last used or sized column
 * @example
 * columnWidthsOf({ 2: 240 }, 3) // [100, 240, 100]
 */
export function columnWidthsOf(sized: Record<number, number> | undefined, usedColumns: number): number[] {
  const entries = Object.entries(sized ?? {})
    .map(([column, width]) => [Number(column), width] as const)
    .filter(
      ([column, width]) => Number.isInteger(column) && column >= 1 && Number.isFinite(width) && width > 0,
    );
  const count = Math.max(usedColumns, 0, ...entries.map(([column]) => column));
  const widths = Array.from({ length: count }, () => DEFAULT_COLUMN_WIDTH);
  for (const [column, width] of entries) widths[column - 1] = Math.round(width);
  return widths;
}

export interface MenuSnapshot {
  name: string;
  items: { caption: string; functionName: string }[];
}

export interface WorkbookSnapshot {
  version: number;
  activeSheet: string | null;
  /** The cell the add-on selected last (e.g. for an issue the user clicked), or null. */
  selection: { sheet: string; row: number; column: number } | null;
  sheets: SheetSnapshot[];
  menus: MenuSnapshot[];
  sidebarsShown: number;
  /** The tab the add-on last opened its sidebar on (`mine`, `cohort`), or null before it opened one. */
  sidebarTab: string | null;
  /** Alerts and toasts the add-on showed, oldest first (text only). */
  messages: string[];
  /** What went wrong when the workbook was (re)started, e.g. the sample could not be set up. */
  problems: string[];
}

/**
 * The used part of a sheet's values (trailing empty rows and columns dropped), or null when absent.
 *
 * @param emulator - the emulator holding the workbook
 * @param sheetName - the sheet to read
 * @returns the values, or null when there is no such sheet
 * @example
 * usedValues(emulator, 'Programs')?.[0] // the header row
 */
export function usedValues(emulator: EmulatorView, sheetName: string): unknown[][] | null {
  const inspected = emulator.spreadsheet.inspect(sheetName);
  if (!inspected) return null;
  const { rows, columns } = usedExtent({ values: inspected.values });
  return inspected.values.slice(0, rows).map((row) => row.slice(0, columns));
}

const ERROR_TEXT = /^#(ERROR!|N\/A|REF!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!)/;

function kindOf(value: unknown): CellSnapshot['kind'] {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (isDateValue(value)) return 'date';
  if (typeof value === 'string' && ERROR_TEXT.test(value)) return 'error';
  return undefined;
}

/** The message Sheets shows when a person's input breaks a rule that rejects it (see the emulator). */
function rejectMessage(rule: {
  allowInvalid: boolean;
  helpText: string | null;
  values: string[];
}): string | null {
  if (rule.allowInvalid) return null;
  return rule.helpText ?? `Input must be an item on the specified list: ${rule.values.join(', ')}.`;
}

/** Shown values of a block of cells (by sheet id), '' past the sheet's content; null when the sheet is gone. */
function blockValues(
  emulator: EmulatorView,
  ids: Map<number, string>,
): (ref: ChartRef) => unknown[][] | null {
  const cache = new Map<string, unknown[][]>();
  return (ref) => {
    const name = ids.get(ref.sheetId);
    if (name === undefined) return null;
    let values = cache.get(name);
    if (!values) {
      values = emulator.spreadsheet.inspect(name)?.values ?? [];
      cache.set(name, values);
    }
    const grid = values;
    return Array.from({ length: ref.numRows }, (_, i) =>
      Array.from({ length: ref.numColumns }, (_, j) => grid[ref.row - 1 + i]?.[ref.column - 1 + j] ?? ''),
    );
  };
}

type ChartRef = { sheetId: number; row: number; column: number; numRows: number; numColumns: number };

/** What the playground says about a formula it leaves uncomputed. */
export function uncomputedReason(formula: string, reason: SkippedFormula['reason']): string {
  const shown = formula.length > 60 ? `${formula.slice(0, 59)}…` : formula;
  return reason === 'not-radlist'
    ? `Not computed here: the playground computes only RadList's formulas (=RAD_TIER, =RAD_CHANCE, …). Google Sheets computes ${shown}.`
    : `Not computed here: the playground computes RadList's formulas when their arguments are numbers, "text", TRUE/FALSE or cell ranges; Google Sheets computes ${shown}.`;
}

/** The recalculation's notes on formula cells, by sheet and A1. */
export interface FormulaNotes {
  errors: Map<string, string>;
  uncomputed: Map<string, string>;
}

/**
 * The messages of a recalculation, by `sheet!A1`: why a cell shows an error, or why it was not computed.
 *
 * @param report - the last recalculation's report
 * @returns the two lookups
 */
export function formulaNotes(report: RecalcReport | null): FormulaNotes {
  const errors = new Map<string, string>();
  const uncomputed = new Map<string, string>();
  for (const problem of report?.problems ?? [])
    errors.set(`${problem.sheet}!${problem.cell}`, problem.message);
  for (const skipped of report?.skipped ?? []) {
    uncomputed.set(`${skipped.sheet}!${skipped.cell}`, uncomputedReason(skipped.formula, skipped.reason));
  }
  return { errors, uncomputed };
}

const ALIGNMENTS = new Set(['left', 'center', 'right']);

function snapshotSheet(
  emulator: EmulatorView,
  name: string,
  ids: Map<number, string>,
  notes: FormulaNotes,
): SheetSnapshot {
  const inspected = emulator.spreadsheet.inspect(name);
  if (!inspected) {
    return { name, hidden: false, frozenRows: 0, frozenColumns: 0, columnWidths: [], cells: [], charts: [] };
  }
  const { rows, columns } = usedExtent(inspected);
  const cells: CellSnapshot[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const row: CellSnapshot[] = [];
    for (let c = 0; c < columns; c += 1) {
      const value = inspected.values[r]?.[c];
      // What Sheets shows: the number format applied (21%, $308, +5; Automatic without float noise).
      const shown = inspected.displayValues?.[r]?.[c];
      const cell: CellSnapshot = { text: shown ?? displayText(value) };
      const kind = kindOf(value);
      if (kind) cell.kind = kind;
      const align = inspected.horizontalAlignments?.[r]?.[c];
      if (align && ALIGNMENTS.has(align)) cell.align = align as CellSnapshot['align'];
      if (inspected.wraps?.[r]?.[c]) cell.wrap = true;
      if (inspected.verticalAlignments?.[r]?.[c] === 'top') cell.top = true;
      const formula = inspected.formulas?.[r]?.[c];
      if (formula) {
        cell.formula = formula;
        const at = `${name}!${columnLetters(c + 1)}${r + 1}`;
        const error = notes.errors.get(at);
        const uncomputed = notes.uncomputed.get(at);
        if (error) cell.error = error;
        if (uncomputed) {
          cell.uncomputed = uncomputed;
          cell.text = 'not computed here';
        }
      }
      const background = inspected.backgrounds?.[r]?.[c]?.toLowerCase();
      if (background && background !== '#ffffff') cell.background = background;
      const note = inspected.notes?.[r]?.[c];
      if (note) cell.note = note;
      const rule = inspected.dataValidations?.[r]?.[c];
      if (rule?.showDropdown)
        cell.dropdown = { values: [...rule.values], rejectMessage: rejectMessage(rule) };
      if (rule && !rule.valid) cell.invalid = true;
      row.push(cell);
    }
    cells.push(row);
  }
  return {
    name,
    hidden: inspected.hidden === true,
    frozenRows: inspected.frozenRows ?? 0,
    frozenColumns: inspected.frozenColumns ?? 0,
    columnWidths: columnWidthsOf(inspected.columnWidths, columns),
    cells,
    charts: (inspected.charts ?? []).map((chart) => chartView(chart, blockValues(emulator, ids))),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

interface MenuEntryView {
  kind?: string;
  caption?: unknown;
  functionName?: unknown;
  menu?: MenuView;
}
interface MenuView {
  name?: unknown;
  entries?: MenuEntryView[];
}

/** The items of a recorded menu, submenus flattened in order (separators dropped). */
function menuItems(menu: MenuView): MenuSnapshot['items'] {
  return (menu.entries ?? []).flatMap((entry) => {
    if (entry.kind === 'submenu' && entry.menu) return menuItems(entry.menu);
    if (!text(entry.caption) || !text(entry.functionName)) return [];
    return [{ caption: text(entry.caption), functionName: text(entry.functionName) }];
  });
}

function readMenus(emulator: EmulatorView): MenuSnapshot[] {
  return (emulator.ui.menus as MenuView[]).map((menu) => ({
    name: text(menu.name) || 'Add-ons',
    items: menuItems(menu),
  }));
}

function readMessages(emulator: EmulatorView): string[] {
  const alerts = emulator.ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join(': '));
  const toasts = (emulator.spreadsheet.state?.toasts ?? []).map((t) =>
    [t.title, t.message].filter(Boolean).join(': '),
  );
  return [...alerts, ...toasts];
}

/** The tab written into the page the add-on last showed as its sidebar (`data-start-tab`), if any. */
function sidebarTabOf(emulator: EmulatorView): string | null {
  const shown = emulator.ui.sidebars.at(-1) as { html?: unknown } | undefined;
  if (typeof shown?.html !== 'string') return null;
  return /data-start-tab="([a-z]+)"/.exec(shown.html)?.[1] ?? null;
}

/** The active sheet and selected cell (the top-left of the active range), as the add-on left them. */
function readSelection(emulator: EmulatorView): WorkbookSnapshot['selection'] {
  const range = emulator.spreadsheet.getActiveRange();
  if (!range) return null;
  return { sheet: range.getSheet().getName(), row: range.getRow(), column: range.getColumn() };
}

/**
 * Everything the page draws, as plain JSON.
 *
 * @param emulator - the emulator holding the workbook
 * @param version - the change counter the page polls
 * @param problems - what went wrong when the session started
 * @param report - the last recalculation's report (why a formula shows an error or was not computed)
 * @returns the snapshot
 * @example
 * snapshotWorkbook(emulator, 3).sheets.map((s) => s.name) // ['Profile', 'Programs', …]
 */
export function snapshotWorkbook(
  emulator: EmulatorView,
  version: number,
  problems: string[] = [],
  report: RecalcReport | null = null,
): WorkbookSnapshot {
  const notes = formulaNotes(report);
  const spreadsheet = emulator.spreadsheet;
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  const ids = new Map(sheets.map((sheet) => [sheet.getSheetId(), sheet.getName()]));
  return {
    version,
    activeSheet: spreadsheet.getActiveSheet()?.getName() ?? null,
    sheets: names.map((name) => snapshotSheet(emulator, name, ids, notes)),
    selection: readSelection(emulator),
    menus: readMenus(emulator),
    sidebarsShown: emulator.ui.sidebars.length,
    sidebarTab: sidebarTabOf(emulator),
    messages: readMessages(emulator),
    problems,
  };
}
