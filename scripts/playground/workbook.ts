/**
 * One playground session: the built add-on (`dist/`) loaded into the in-memory Apps Script emulator, and
 * everything the page can do to it — run a server function the way `google.script.run` does, run a menu
 * item, type into a cell, replace a sheet from CSV, export a sheet as CSV, delete a sheet, start over.
 * Every change is followed by a recalculation of the `=RAD_*(…)` formula cells, and bumps `version`, which
 * the page polls to know when to redraw. Calls are queued so two requests never interleave.
 */
import path from 'node:path';
import Papa from 'papaparse';
import { createEmulator, type Emulator } from '../../emulator/index.ts';
import { type Bundle, loadBundle, type ServerReply } from '../../emulator/loader.ts';
import { type RecalcReport, recalculate } from '../../emulator/recalc.ts';
import { parseA1 } from '../../emulator/spreadsheet/a1-notation.ts';
import { cellForImport, decodeCsv, ImportProblem, importSummary, parseCsv } from './csv-import.ts';
import { csvSafeText } from './display.ts';
import type { EmulatorView, SheetView } from './emulator-view.ts';
import {
  listSharedFiles,
  readSharedFile,
  type SharedFileSummary,
  type SharedFileView,
} from './shared-file.ts';
import { snapshotWorkbook, usedValues, type WorkbookSnapshot } from './snapshot.ts';

/** Which workbook a session starts with. */
export type StartingWorkbook = 'sample' | 'empty';

/** What a server call answers, as the bridge sends it back to the sidebar. */
export type RunAnswer = ServerReply;

/** The sheets a CSV file may replace (the add-on's row-per-record input sheets). */
export const CSV_IMPORT_SHEETS: readonly string[] = ['Programs', 'Cohort'];

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

export class PlaygroundWorkbook {
  version = 0;
  /** What went wrong at the last reset (shown on the page), in plain sentences. */
  problems: string[] = [];
  private emulator!: Emulator;
  private view!: EmulatorView;
  private bundle!: Bundle;
  private queue: Promise<unknown> = Promise.resolve();
  /** The last recalculation's report: why a formula shows an error, or why it was not computed. */
  private lastReport: RecalcReport | null = null;
  private readonly distDir: string;

  constructor(distDir: string) {
    this.distDir = path.resolve(distDir);
  }

  /** Runs `task` after every earlier task has finished; rejects with the task's error. */
  private serialize<T>(task: () => T | Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async recalc(): Promise<void> {
    this.lastReport = await recalculate(this.emulator, this.bundle);
    this.version += 1;
  }

  private sheet(name: string): SheetView {
    const sheet = this.view.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}".`);
    return sheet;
  }

  /**
   * Starts over with a fresh emulator: the sample workbook (set up by the add-on itself, as a user's
   * "Set up sheets" with sample data does) or an empty one. Returns what went wrong, in plain sentences;
   * the session still works (with whatever the add-on managed to do) so the page can show it.
   */
  reset(start: StartingWorkbook): Promise<string[]> {
    return this.serialize(async () => {
      const problems: string[] = [];
      this.emulator = createEmulator({ distDir: this.distDir });
      this.view = this.emulator as unknown as EmulatorView;
      this.bundle = loadBundle(this.emulator, { distDir: this.distDir });
      try {
        // Sheets runs an add-on's onOpen before the user has authorized anything.
        this.bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
      } catch (error) {
        problems.push(`The add-on menu could not be built (onOpen failed: ${messageOf(error)}).`);
      }
      if (start === 'sample') {
        const answer = this.callServerNow('setupSheets', { withSamples: true });
        if (!answer.ok) problems.push(`The sample workbook could not be set up: ${answer.error.message}`);
        // Setting up leaves the last sheet created active; a user starts on Profile.
        const profile = this.view.spreadsheet.getSheetByName('Profile');
        if (profile) this.view.spreadsheet.setActiveSheet(profile);
      }
      await this.recalc();
      this.problems = problems;
      return problems;
    });
  }

  private callServerNow(name: string, arg: unknown): RunAnswer {
    try {
      return this.bundle.callServer(name, arg);
    } catch (error) {
      return { ok: false, error: { message: messageOf(error) } };
    }
  }

  /** `google.script.run[name](arg)`: the JSON round trip, then a recalculation. */
  callServer(name: string, arg: unknown): Promise<RunAnswer> {
    return this.serialize(async () => {
      const answer = this.callServerNow(name, arg);
      await this.recalc();
      return answer;
    });
  }

  /** Runs a menu item's function as Apps Script does when the user picks it; returns its error, if any. */
  runMenuItem(functionName: string): Promise<{ ok: boolean; message?: string }> {
    return this.serialize(async () => {
      try {
        this.bundle.run(functionName);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      } finally {
        await this.recalc();
      }
    });
  }

  /**
   * Types `text` into one cell as a user would (`=…` is a formula; numbers and dates are recognised). A cell
   * whose dropdown rejects other values keeps its value, and the answer carries the rule's help text.
   */
  editCell(sheetName: string, a1: string, text: string): Promise<{ stored: boolean; message?: string }> {
    return this.serialize(async () => {
      const ref = parseA1(a1);
      if (!ref || ref.endRow !== ref.row || ref.endColumn !== ref.column) {
        throw new Error(`"${a1}" is not one cell.`);
      }
      const answer = this.view.spreadsheet.typeAsPerson(
        this.sheet(sheetName).getName(),
        ref.row,
        ref.column,
        text,
      );
      if (answer.stored) await this.recalc();
      return answer;
    });
  }

  /**
   * Runs `task` with the Apps Script globals of one full-access execution (SpreadsheetApp, Charts, …), as a
   * script bound to the workbook would; then recalculates and redraws. For demonstrations and tests, e.g.
   * to add a chart or a dropdown the way the add-on does.
   */
  runAsScript(task: (globals: Record<string, unknown>) => void): Promise<void> {
    return this.serialize(async () => {
      const execution = this.emulator.beginExecution('full');
      try {
        task(execution.globals);
      } finally {
        execution.end();
      }
      await this.recalc();
    });
  }

  /** Makes `sheetName` the active sheet, as clicking its tab does. */
  activate(sheetName: string): Promise<void> {
    return this.serialize(() => {
      this.view.spreadsheet.setActiveSheet(this.sheet(sheetName));
    });
  }

  /** Deletes a sheet, as the tab menu's Delete does. */
  deleteSheet(sheetName: string): Promise<void> {
    return this.serialize(async () => {
      this.view.spreadsheet.deleteSheet(this.sheet(sheetName));
      await this.recalc();
    });
  }

  /**
   * Replaces a sheet's contents with a CSV file's rows (File › Import › Replace current sheet), the file
   * read as it comes (see `csv-import.ts`): text a spreadsheet would run as a formula stays text. Answers the
   * rows written (the header included), the data rows, the columns, the encoding the file was read in, and
   * one line saying what RadList recognised, kept and set aside.
   */
  importCsv(
    sheetName: string,
    file: Uint8Array | string,
  ): Promise<{ rows: number; dataRows: number; columns: number; encoding: string; summary: string }> {
    return this.serialize(async () => {
      if (!CSV_IMPORT_SHEETS.includes(sheetName)) {
        throw new ImportProblem(`A CSV file can replace only ${CSV_IMPORT_SHEETS.join(' or ')}.`);
      }
      const decoded = typeof file === 'string' ? { text: file, encoding: 'UTF-8' } : decodeCsv(file);
      const rows = parseCsv(decoded.text);
      const columns = rows[0]!.length;
      const values = rows.map((row) => row.map(cellForImport));
      const spreadsheet = this.view.spreadsheet;
      const sheet = spreadsheet.getSheetByName(sheetName) ?? spreadsheet.insertSheet(sheetName);
      sheet.clear();
      if (sheet.getMaxRows() < rows.length)
        sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
      if (sheet.getMaxColumns() < columns) {
        sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
      }
      sheet.getRange(1, 1, rows.length, columns).setValues(values);
      sheet.setFrozenRows(1);
      await this.recalc();
      const inspected = spreadsheet.inspect(sheetName);
      const summary = importSummary(sheetName, inspected?.values ?? [], inspected?.numberFormats ?? []);
      return { rows: rows.length, dataRows: rows.length - 1, columns, encoding: decoded.encoding, summary };
    });
  }

  /**
   * One sheet as CSV text (computed values, not formulas). Text a spreadsheet app would run as a formula
   * when it opens the file gets a leading `'` (see `csvSafeText`).
   */
  exportCsv(sheetName: string): Promise<string> {
    return this.serialize(() => {
      const values = usedValues(this.view, sheetName);
      if (!values) throw new Error(`There is no sheet named "${sheetName}".`);
      return Papa.unparse(values.map((row) => row.map(csvSafeText)));
    });
  }

  /** The files "Share with mentor" made (sharing is simulated: they stay in the emulator's Drive). */
  sharedFiles(): Promise<SharedFileSummary[]> {
    return this.serialize(() => listSharedFiles(this.emulator.drive.files));
  }

  /** One shared file opened: its sheets as the grid draws them. */
  sharedFile(id: string): Promise<SharedFileView> {
    return this.serialize(() => {
      const file = this.emulator.drive.files.find((f) => f.id === id && !f.removed);
      if (!file) throw new Error(`There is no shared file "${id.slice(0, 80)}".`);
      return readSharedFile(file);
    });
  }

  /**
   * The page the add-on last asked Sheets to show as its sidebar (with what it wrote into it, such as the tab
   * to open on), or null before it showed one.
   */
  lastSidebarHtml(): string | null {
    const shown = this.view?.ui.sidebars.at(-1) as { html?: unknown } | undefined;
    return typeof shown?.html === 'string' ? shown.html : null;
  }

  private snapshotNow(): WorkbookSnapshot {
    return snapshotWorkbook(this.view, this.version, this.problems, this.lastReport);
  }

  /** Everything the page draws: sheets, cells, menus, the active sheet. */
  snapshot(): Promise<WorkbookSnapshot> {
    return this.serialize(() => this.snapshotNow());
  }
}
