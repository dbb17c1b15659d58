/**
 * Sheets' recalculation of RadList's custom functions, for the playground and tests: every formula cell
 * that is exactly one call of a top-level `RAD_*` function (`=RAD_TIER(B2:B9)`,
 * `=RAD_MEETS_MIN(Profile!B5, J2:J40)`, `=RAD_ERAS_COST(80, 40)`) is run through `bundle.customFunction`, one
 * execution per cell as Sheets does, and its result stored as the cell's computed value (a 2-D result
 * spills right and down). Arguments may be numbers, percents, "text", TRUE/FALSE and A1 references (a single
 * cell passes its value, a range a 2-D array; open ranges such as `B2:B` run to the sheet's last row, as in
 * Sheets). A thrown error shows `#ERROR!`, an unknown function `#NAME?`, an unknown sheet `#REF!`; the
 * message is kept in the report. Cells are computed once, in tab order, row by row; other formulas are
 * left alone, and the report lists them (`skipped`) with why, so a page can say so instead of a blank.
 */
import type { Emulator } from './index.ts';
import type { Bundle } from './loader.ts';
import { formatA1, parseA1 } from './spreadsheet/a1-notation.ts';

export interface FormulaProblem {
  sheet: string;
  /** The formula cell, e.g. `C2`. */
  cell: string;
  formula: string;
  /** What the cell shows: `#ERROR!`, `#NAME?` or `#REF!`. */
  shown: string;
  message: string;
}

/** A formula cell left uncomputed, and why: not one `RAD_*` call, or an argument the emulator cannot read. */
export interface SkippedFormula {
  sheet: string;
  cell: string;
  formula: string;
  reason: 'not-radlist' | 'arguments';
}

export interface RecalcReport {
  /** Formula cells computed (including those that ended in an error). */
  evaluated: number;
  problems: FormulaProblem[];
  /** Formula cells not computed (their value stays blank), each with why. */
  skipped: SkippedFormula[];
}

class RefError extends Error {}

/** Splits an argument list at top-level commas (outside quotes and parentheses). */
function splitArguments(text: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quoted: string | null = null;
  let current = '';
  for (const char of text) {
    if (quoted) {
      if (char === quoted) quoted = null;
    } else if (char === '"' || char === "'") quoted = char;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (quoted || depth !== 0) return null;
  if (current.trim() !== '' || parts.length > 0) parts.push(current.trim());
  return parts;
}

/** The value Sheets passes for one argument; undefined when the emulator cannot evaluate it. */
function argumentValue(emulator: Emulator, text: string, ownSheet: string): unknown {
  if (text === '') return '';
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(text)) {
    return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  }
  if (/^"([^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  const ref = parseA1(text.replace(/\$/g, ''));
  if (!ref) return undefined;
  const sheetName = ref.sheetName ?? ownSheet;
  const sheet = emulator.spreadsheet.inspect(sheetName);
  if (!sheet) throw new RefError(`Unresolved sheet name '${sheetName}'.`);
  const endRow = ref.endRow ?? sheet.maxRows;
  const endColumn = ref.endColumn ?? sheet.maxColumns;
  const rows: unknown[][] = [];
  for (let r = ref.row; r <= endRow; r += 1) {
    const row: unknown[] = [];
    for (let c = ref.column; c <= endColumn; c += 1) row.push(sheet.values[r - 1]?.[c - 1] ?? '');
    rows.push(row);
  }
  const single = ref.endRow === ref.row && ref.endColumn === ref.column;
  return single ? rows[0]?.[0] : rows;
}

/**
 * Computes every `=RAD_*(…)` formula cell of the emulator's spreadsheet with the built add-on.
 *
 * @param emulator - the emulator whose spreadsheet holds the formulas
 * @param bundle - the loaded add-on (its custom functions)
 * @returns how many cells were computed and which ended in an error (with the message)
 * @example
 * emulator.spreadsheet.seedSheet('Profile', [['Score', 231, '=RAD_TIER(B1)']]);
 * recalculate(emulator, bundle); // Profile!C1 now shows the tier
 */
export function recalculate(emulator: Emulator, bundle: Bundle): RecalcReport {
  const report: RecalcReport = { evaluated: 0, problems: [], skipped: [] };
  for (const cell of emulator.spreadsheet.formulaCells()) {
    const skip = (reason: SkippedFormula['reason']) =>
      report.skipped.push({
        sheet: cell.sheet,
        cell: formatA1(cell.row, cell.column),
        formula: cell.formula,
        reason,
      });
    const call = /^=\s*(RAD_[A-Z0-9_]*)\s*\(([\s\S]*)\)\s*$/i.exec(cell.formula);
    if (!call) {
      skip('not-radlist');
      continue;
    }
    const args = splitArguments(call[2]!);
    if (!args) {
      skip('arguments');
      continue;
    }
    const fail = (shown: string, message: string) => {
      emulator.spreadsheet.setComputedValue(cell.sheet, cell.row, cell.column, shown);
      const at = formatA1(cell.row, cell.column);
      report.problems.push({ sheet: cell.sheet, cell: at, formula: cell.formula, shown, message });
    };
    let values: unknown[];
    try {
      values = args.map((arg) => argumentValue(emulator, arg, cell.sheet));
    } catch (error) {
      report.evaluated += 1;
      fail('#REF!', (error as Error).message);
      continue;
    }
    if (values.some((v) => v === undefined)) {
      skip('arguments');
      continue;
    }
    report.evaluated += 1;
    const name = call[1]!.toUpperCase();
    try {
      const result = bundle.customFunction(name, ...values);
      emulator.spreadsheet.setComputedValue(cell.sheet, cell.row, cell.column, result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message === `Script function not found: ${name}`) fail('#NAME?', `Unknown function: '${name}'.`);
      else fail('#ERROR!', message);
    }
  }
  return report;
}
