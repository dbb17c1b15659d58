/**
 * Writes one cohort batch into `Cohort Summary` and `Cohort Lists` so that either both change or neither
 * does. A fresh run (or a sheet laid out in a way the fast path does not expect) rewrites both sheets whole,
 * in place, through `writeOutputs` (workbook.ts). A later batch touches only the tail of `Cohort Lists`: from
 * the batch's own rows (a retried batch) or the end of the list, through the "no longer listed" block,
 * written in one `setValues`; the summary is rewritten in place. Every write is undone if a later one fails.
 * What to write is decided in src/sheets/cohort-batch.ts.
 */

import { withFormulas } from '../sheets/carry-over.ts';
import { listsTailStart, sameHeader, summaryAfterBatch } from '../sheets/cohort-batch.ts';
import { padGrid, restoreGrid } from '../sheets/grid.ts';
import { cohortListsTarget, cohortSummaryTarget, type OutputTarget } from '../sheets/output-marks.ts';
import { type CohortListEntry, type CohortSummaryRow, mergeCohortBatch } from '../sheets/write-cohort.ts';
import { LIST_COLOURS } from '../sheets/write-list.ts';
import { locateOutput, type OutputPlace, placeOutput } from './output-sheets.ts';
import {
  growSheet,
  refuseIfTooLarge,
  type SheetSnapshot,
  setColumnDropdownsAt,
  setColumnFormatsAt,
  snapshotOf,
  undoAll,
  writeOutputs,
} from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const WHITE = LIST_COLOURS.plain;

/** The rows a whole cohort run will write: its first batch checks they fit before writing anything. */
export interface CohortProjection {
  summaryRows: number;
  listsRows: number;
  /** Whether "Apply rows only in Cohort Lists" is on (then it is not offered). */
  applyOnly: boolean;
}

/** What to do when the cohort sheets would not fit. */
function cohortAdvice(applyOnly: boolean): string {
  return (
    'To make the cohort lists fit, ' +
    (applyOnly
      ? ''
      : 'set "Apply rows only in Cohort Lists" to Yes in the Settings sheet (Cohort Lists then holds only the ' +
        'programs marked Apply), ') +
    'list fewer applicants in the Cohort sheet for each run (and keep the rest for another run), or delete ' +
    'sheets you no longer need (old List – NAME sheets, say).'
  );
}

/** Where a cohort batch was written. */
export interface CohortSheets {
  summary: string;
  lists: string;
  /** Sheets named like these outputs that RadList did not make, left as they were. */
  leftAlone: string[];
  /** The whole `Cohort Summary` as written (the Cohort Dashboard is built from it at the end of a run). */
  summaryValues: unknown[][];
}

/**
 * Rewrites both sheets whole from their previous values, in place (or into new sheets), both or neither.
 *
 * @param spreadsheet - the active spreadsheet
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param options - `fresh`: a new run (only this batch's applicants stay; others' notes are kept aside);
 *   `summary`: the summary's target (its mark records the run); `projected`: the rows the whole run will
 *   write, checked against Sheets' limits before anything is written; `lists`: where `Cohort Lists` was
 *   found already (`findCohortSheets`)
 * @returns the sheets written
 */
export function writeWholeSheets(
  spreadsheet: Spreadsheet,
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  options: { fresh: boolean; summary: OutputTarget; projected?: CohortProjection; lists?: OutputPlace },
): CohortSheets {
  const listsOut = cohortListsTarget();
  const summary = placeOutput(spreadsheet, options.summary);
  const lists = options.lists
    ? {
        ...options.lists,
        before: options.lists.sheet ? snapshotOf(options.lists.sheet, options.lists.note) : null,
      }
    : placeOutput(spreadsheet, listsOut);
  const previousLists = lists.before ? withFormulas(lists.before.values, lists.before.formulas) : null;
  const outputs = [
    {
      name: summary.name,
      before: summary.before,
      output: summaryAfterBatch(
        summary.before ? withFormulas(summary.before.values, summary.before.formulas) : null,
        summaries,
        { replaceOthers: options.fresh },
      ),
      mark: options.summary.mark,
    },
    {
      name: lists.name,
      before: lists.before,
      output: mergeCohortBatch(previousLists, entries, { replaceOthers: options.fresh }),
      mark: listsOut.mark,
    },
  ];
  if (options.projected) {
    // The whole run must fit, not only this batch: refuse now rather than fail half-way through the cohort.
    const rows = [options.projected.summaryRows, options.projected.listsRows];
    refuseIfTooLarge(
      spreadsheet,
      outputs.map(({ before, output }, i) => ({
        sheet: before?.sheet ?? null,
        holds: { rows: before?.values.length ?? 0, columns: before?.values[0]?.length ?? 0 },
        written: {
          rows: Math.max(rows[i]!, output.values.length),
          columns: Math.max(output.values[0]?.length ?? 0, 1),
        },
      })),
      cohortAdvice(options.projected.applyOnly),
    );
  }
  writeOutputs(spreadsheet, outputs, { sizeChecked: options.projected !== undefined });
  return {
    summary: summary.name,
    lists: lists.name,
    leftAlone: [...summary.leftAlone, ...lists.leftAlone],
    summaryValues: outputs[0]!.output.values,
  };
}

/** Writes `values` and `backgrounds` over `range`, recording how to put back what was there. */
function overwrite(
  range: Range,
  next: { values: unknown[][]; backgrounds: string[][] },
  before: { values: unknown[][]; backgrounds: string[][] },
  undo: (() => void)[],
): void {
  range.setValues(next.values);
  undo.push(() => range.setValues(before.values));
  range.setBackgrounds(next.backgrounds);
  undo.push(() => range.setBackgrounds(before.backgrounds));
}

/** The cohort sheets as a later batch found them: each one's place, and what they hold. */
export interface CohortSheetsNow {
  lists: OutputPlace;
  /** `Cohort Lists`' values (`getDataRange().getValues()`), or null when it does not exist. */
  listsValues: unknown[][] | null;
  summary: OutputPlace & { before: SheetSnapshot | null };
}

/**
 * The cohort sheets as a batch finds them before ranking: `Cohort Lists` read once (its `Signal sent` column
 * and, for a later batch, its tail), and for a later batch the `Cohort Summary` whole (its mark and names
 * say whether the run still lines up).
 *
 * @param spreadsheet - the active spreadsheet
 * @param fresh - the first batch of a run (an unmarked sheet with RadList's header may be adopted)
 */
export function findCohortSheets(spreadsheet: Spreadsheet, fresh: boolean): CohortSheetsNow {
  const lists = locateOutput(spreadsheet, cohortListsTarget(), { adopt: fresh });
  const listsValues = lists.sheet ? (lists.sheet.getDataRange().getValues() as unknown[][]) : null;
  const summary = fresh
    ? { name: '', sheet: null, note: '', leftAlone: [], before: null }
    : locateOutput(spreadsheet, cohortSummaryTarget(), { adopt: false });
  const before = summary.sheet ? snapshotOf(summary.sheet, summary.note) : null;
  return { lists, listsValues, summary: { ...summary, before } };
}

/**
 * Writes a later batch in place: the tail of `Cohort Lists` and the whole (small) `Cohort Summary`.
 *
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param found - the sheets as the batch read them before ranking
 * @returns the sheets written, or null (having changed nothing) when a marked sheet is missing or its
 *   columns are not as written, so the caller rewrites both sheets whole instead
 */
export function writeBatchInPlace(
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  found: CohortSheetsNow,
): CohortSheets | null {
  const lists = found.lists.sheet;
  const summaryBefore = found.summary.before;
  const values = found.listsValues;
  if (!lists || !summaryBefore || !values) return null;
  const summary = summaryBefore.sheet;
  const written = {
    summary: found.summary.name,
    lists: found.lists.name,
    leftAlone: [...found.summary.leftAlone, ...found.lists.leftAlone],
  };
  const lastRow = values.length;
  const lastColumn = values[0]?.length ?? 0;
  if (lastRow < 1 || lastColumn < 1) return null;
  const header = values[0] ?? [];
  const tailStart = listsTailStart(
    values.map((row) => [row[0]]),
    entries.map((entry) => entry.applicant),
  );
  const tailRows = lastRow - tailStart + 1;
  const tail = values.slice(tailStart - 1);
  // Formulas people typed in the tail, so a failed batch puts them back as formulas, not values.
  const tailFormulas = tailRows > 0 ? lists.getRange(tailStart, 1, tailRows, lastColumn).getFormulas() : [];
  const merged = mergeCohortBatch([header, ...withFormulas(tail, tailFormulas)], entries, {
    replaceOthers: false,
  });
  const width = merged.values[0]?.length ?? 0;
  if (!sameHeader(merged.values[0] ?? [], header) || width > lastColumn) return null;
  const height = Math.max(tailRows, merged.values.length - 1);
  const oldBackgrounds = tailRows > 0 ? lists.getRange(tailStart, 1, tailRows, width).getBackgrounds() : [];
  const summaryValues = summaryBefore.values;
  const summaryFormulas = summaryBefore.formulas;
  const summaryBackgrounds = summaryBefore.backgrounds;
  const newSummary = summaryAfterBatch(withFormulas(summaryValues, summaryFormulas), summaries, {
    replaceOthers: false,
  });
  const summaryHeight = Math.max(summaryValues.length, newSummary.values.length);
  const summaryWidth = newSummary.values[0]!.length;

  const undo: (() => void)[] = [];
  try {
    growSheet(lists, tailStart + height - 1, width, undo);
    overwrite(
      lists.getRange(tailStart, 1, height, width),
      {
        values: padGrid(merged.values.slice(1), height, width, '' as unknown),
        backgrounds: padGrid(merged.backgrounds.slice(1), height, width, WHITE),
      },
      {
        values: restoreGrid(tail, tailFormulas, height, width),
        backgrounds: padGrid(oldBackgrounds, height, width, WHITE),
      },
      undo,
    );
    growSheet(summary, summaryHeight, summaryWidth, undo);
    overwrite(
      summary.getRange(1, 1, summaryHeight, summaryWidth),
      {
        values: padGrid(newSummary.values, summaryHeight, summaryWidth, '' as unknown),
        backgrounds: padGrid(newSummary.backgrounds, summaryHeight, summaryWidth, WHITE),
      },
      {
        values: restoreGrid(summaryValues, summaryFormulas, summaryHeight, summaryWidth),
        backgrounds: padGrid(summaryBackgrounds, summaryHeight, summaryWidth, WHITE),
      },
      undo,
    );
    setColumnFormatsAt(lists, tailStart, height, merged.columnFormats, undo);
    setColumnDropdownsAt(lists, tailStart, height, merged.columnDropdowns, undo);
    setColumnFormatsAt(summary, 2, summaryHeight - 1, newSummary.columnFormats, undo);
    return { ...written, summaryValues: newSummary.values };
  } catch (error) {
    throw undoAll(undo, error, [written.summary, written.lists]);
  }
}
