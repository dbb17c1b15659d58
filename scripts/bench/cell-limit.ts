/**
 * Sheets' 10-million-cell limit (every cell of every sheet's grid counts, blank or not), planned for from
 * the output shapes: a small cohort run through the BUILT add-on gives each sheet's width, the rows it adds
 * per applicant, program or applicant × program, and the Apply rows an applicant gets; the grid of each
 * sheet is then worked out for any cohort × program count (a list or cohort sheet RadList makes has as many
 * rows as it holds and Sheets' 26 columns or more; the input sheets at least 1,000 × 26), and the largest
 * cohort that fits is found for several program counts — for the default outputs, with a `List – NAME` for
 * every applicant, and for the alternatives when they do not fit.
 */
import type { Emulator } from '../../emulator/index.ts';
import type { Figure } from './figure.ts';
import { benchWorkbook, cohortName } from './workbooks.ts';

/** Google Sheets' limit on cells in one spreadsheet. */
export const SHEETS_CELL_LIMIT = 10_000_000;
/** The grid of a new sheet in Google Sheets (and in the emulator). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** What the run showed of each sheet's shape. */
export interface OutputShapes {
  /** Columns RadList writes, by sheet. */
  programsColumns: number;
  cohortColumns: number;
  summaryColumns: number;
  cohortListsColumns: number;
  listColumns: number;
  /** Most Apply rows one applicant had (the rows an "Apply rows only" Cohort Lists keeps per applicant). */
  applyRowsPerApplicant: number;
  /** Cells of the sheets whose size grows with neither applicants nor programs (Profile, Settings, plan, …). */
  fixedCells: number;
  /** How the shapes were measured. */
  measuredAt: { applicants: number; programs: number };
}

/** How a sheet's grid is sized: to its rows (the lists and cohort sheets RadList makes), its columns too. */
export interface GridFit {
  rows?: boolean;
  columns?: boolean;
}

/**
 * How many cells a sheet holding `rows` × `columns` takes: at least a new sheet's grid in each direction
 * that is not sized to fit.
 *
 * @example gridCells(41, 10) // 26,000
 */
export function gridCells(rows: number, columns: number, fit: GridFit = {}): number {
  const height = fit.rows ? Math.max(rows, 2) : Math.max(NEW_SHEET_ROWS, rows);
  const width = fit.columns ? Math.max(columns, 1) : Math.max(NEW_SHEET_COLUMNS, columns);
  return height * width;
}

function widthOf(emulator: Emulator, sheet: string): number {
  const values = emulator.spreadsheet.inspect(sheet)?.values ?? [];
  return Math.max(0, ...values.map((row) => row.length));
}

/**
 * Runs a small cohort (and the Profile's list and one `List – NAME`) and reads the shapes of the outputs.
 *
 * @param applicants - cohort size of the run (default 16)
 * @param programs - Programs size of the run (default 300: Apply rows depend on it)
 * @returns the shapes
 */
export function measureShapes(applicants = 16, programs = 300): OutputShapes {
  const { emulator, bundle } = benchWorkbook(programs, applicants);
  let next = 0;
  for (let done = false; !done; ) {
    const reply = bundle.callServer('generateCohort', { start: next });
    if (!reply.ok) throw new Error(`generateCohort failed: ${reply.error.message}`);
    ({ next, done } = reply.result as { next: number; done: boolean });
  }
  for (const arg of [{}, { applicant: cohortName(0) }]) {
    const reply = bundle.callServer('generateList', arg);
    if (!reply.ok) throw new Error(`generateList failed: ${reply.error.message}`);
  }
  const lists = emulator.spreadsheet.inspect('Cohort Lists')?.values ?? [];
  const header = (lists[0] ?? []).map(String);
  const apply = header.indexOf('Apply');
  const applicant = header.indexOf('Applicant');
  const applyRows = new Map<string, number>();
  for (const row of lists.slice(1)) {
    if (apply >= 0 && String(row[apply]).toLowerCase() === 'yes') {
      const who = String(row[applicant]);
      applyRows.set(who, (applyRows.get(who) ?? 0) + 1);
    }
  }
  const scaling = new Set(['Programs', 'Cohort', 'Cohort Summary', 'Cohort Lists', 'Application List']);
  let fixedCells = 0;
  for (const name of emulator.spreadsheet.sheetNames()) {
    const sheet = emulator.spreadsheet.inspect(name)!;
    if (!scaling.has(name) && !name.startsWith('List – ')) fixedCells += sheet.maxRows * sheet.maxColumns;
  }
  const listName = emulator.spreadsheet.sheetNames().find((name) => name.startsWith('List – '));
  return {
    programsColumns: widthOf(emulator, 'Programs'),
    cohortColumns: widthOf(emulator, 'Cohort'),
    summaryColumns: widthOf(emulator, 'Cohort Summary'),
    cohortListsColumns: widthOf(emulator, 'Cohort Lists'),
    listColumns: listName ? widthOf(emulator, listName) : widthOf(emulator, 'Application List'),
    applyRowsPerApplicant: Math.max(0, ...applyRows.values()),
    fixedCells,
    measuredAt: { applicants, programs },
  };
}

/** Which outputs a count includes. */
export interface OutputChoice {
  /** A `List – NAME` sheet for every applicant. */
  perApplicantLists?: boolean;
  /** `Cohort Lists` keeps only each applicant's Apply rows (issue 12's Settings choice). */
  applyRowsOnly?: boolean;
  /** Columns RadList does not use are deleted from the sheets it makes (one `deleteColumns` each). */
  trimmed?: boolean;
}

/**
 * Cells the whole workbook takes for `applicants` × `programs` with the outputs chosen.
 *
 * @param shapes - from measureShapes
 * @param applicants - cohort size
 * @param programs - Programs size
 * @param choice - which outputs
 * @returns every cell of every sheet's grid
 */
export function workbookCells(
  shapes: OutputShapes,
  applicants: number,
  programs: number,
  choice: OutputChoice = {},
): number {
  // The lists and cohort sheets are made with as many rows as they hold; their columns only when trimmed.
  const fit: GridFit = { rows: true, columns: !!choice.trimmed };
  const rowsPerApplicant = choice.applyRowsOnly ? Math.min(programs, shapes.applyRowsPerApplicant) : programs;
  const list = gridCells(programs + 1, shapes.listColumns, fit);
  return (
    shapes.fixedCells +
    gridCells(programs + 1, shapes.programsColumns) +
    gridCells(applicants + 1, shapes.cohortColumns) +
    gridCells(applicants + 1, shapes.summaryColumns, fit) +
    gridCells(1 + applicants * rowsPerApplicant, shapes.cohortListsColumns, fit) +
    list +
    (choice.perApplicantLists ? applicants * list : 0)
  );
}

/**
 * The largest cohort whose workbook stays within Sheets' cell limit at `programs` programs.
 *
 * @returns applicants (0 when not even one fits)
 */
export function largestCohort(shapes: OutputShapes, programs: number, choice: OutputChoice = {}): number {
  const fits = (a: number) => workbookCells(shapes, a, programs, choice) <= SHEETS_CELL_LIMIT;
  if (!fits(0)) return 0;
  let low = 0;
  let high = 1;
  while (fits(high)) high *= 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

const PROGRAM_COUNTS = [100, 300, 1000] as const;

/**
 * The cell-limit figures.
 *
 * @param shapes - from measureShapes (measured when not given)
 * @returns the figures
 */
export function measureCellLimit(shapes: OutputShapes = measureShapes()): Figure[] {
  const n = (value: number) => value.toLocaleString('en-US');
  const method = `shapes from a ${shapes.measuredAt.applicants} × ${shapes.measuredAt.programs} run of dist/Code.js (Cohort Lists ${shapes.cohortListsColumns} columns, Cohort Summary ${shapes.summaryColumns}, a list ${shapes.listColumns}, at most ${shapes.applyRowsPerApplicant} Apply rows an applicant; ${n(shapes.fixedCells)} cells in the sheets that do not grow); lists and cohort sheets as many rows as they hold and at least ${NEW_SHEET_COLUMNS} columns unless trimmed, input sheets at least ${NEW_SHEET_ROWS} × ${NEW_SHEET_COLUMNS}`;
  const at1000x300 = workbookCells(shapes, 1000, 300);
  const variants: { name: string; choice: OutputChoice }[] = [
    { name: 'default outputs (Cohort Summary + Cohort Lists, Profile list)', choice: {} },
    { name: 'with a List – NAME for every applicant', choice: { perApplicantLists: true } },
    { name: 'alternative: Apply rows only in Cohort Lists', choice: { applyRowsOnly: true } },
    { name: 'alternative: unused columns deleted', choice: { trimmed: true } },
    { name: 'alternative: both', choice: { applyRowsOnly: true, trimmed: true } },
  ];
  const figures: Figure[] = [
    {
      name: 'Cells of the default outputs, 1,000 × 300 cohort',
      value: at1000x300,
      unit: `cells (${((at1000x300 / SHEETS_CELL_LIMIT) * 100).toFixed(0)}% of the limit)`,
      target: `≤ ${n(SHEETS_CELL_LIMIT)}`,
      met: at1000x300 <= SHEETS_CELL_LIMIT,
      method,
      detail: { shapes: shapes as unknown as Record<string, unknown> },
    },
  ];
  for (const [i, variant] of variants.entries()) {
    const largest = PROGRAM_COUNTS.map((p) => largestCohort(shapes, p, variant.choice));
    figures.push({
      name: `Largest cohort within 10M cells, ${variant.name}`,
      value: largest[1]!,
      unit: `applicants at 300 programs (at 100: ${n(largest[0]!)}; at 1,000: ${n(largest[2]!)})`,
      target: i === 0 ? '≥ 1,000 at 300 programs' : '',
      met: i === 0 ? largest[1]! >= 1000 : null,
      method: `shapes as above; the largest cohort whose workbook (every sheet's grid) stays ≤ ${n(SHEETS_CELL_LIMIT)} cells`,
      detail: Object.fromEntries(PROGRAM_COUNTS.map((p, j) => [`${p} programs`, largest[j]])),
    });
  }
  return figures;
}
