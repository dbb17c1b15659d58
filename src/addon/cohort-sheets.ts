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
import { cohortListsTarget, type OutputTarget } from '../sheets/output-marks.ts';
import { type CohortListEntry, type CohortSummaryRow, mergeCohortBatch } from '../sheets/write-cohort.ts';
import { LIST_COLOURS } from '../sheets/write-list.ts';
import { locateOutput, placeOutput } from './output-sheets.ts';
import {
  growSheet,
  refuseIfTooLarge,
  setColumnDropdownsAt,
  setColumnFormatsAt,
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
}

/** What to do when the cohort sheets would not fit. */
const COHORT_ADVICE =
  'To make the cohort lists fit, list fewer applicants in the Cohort sheet for each run (and keep the rest for ' +
  'another run), or delete sheets you no longer need (old List – NAME sheets, say).';

/** Where a cohort batch was written. */
export interface CohortSheets {
  summary: string;
  lists: string;
  /** Sheets named like these outputs that RadList did not make, left as they were. */
  leftAlone: string[];
}

/**
 * Rewrites both sheets whole from their previous values, in place (or into new sheets), both or neither.
 *
 * @param spreadsheet - the active spreadsheet
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param options - `fresh`: a new run (only this batch's applicants stay; others' notes are kept aside);
 *   `summary`: the summary's target (its mark records the run); `projected`: the rows the whole run will
 *   write, checked against Sheets' limits before anything is written
 * @returns the sheets written
 */
export function writeWholeSheets(
  spreadsheet: Spreadsheet,
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  options: { fresh: boolean; summary: OutputTarget; projected?: CohortProjection },
): CohortSheets {
  const listsOut = cohortListsTarget();
  const summary = placeOutput(spreadsheet, options.summary);
  const lists = placeOutput(spreadsheet, listsOut);
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
      COHORT_ADVICE,
    );
  }
  writeOutputs(spreadsheet, outputs, { sizeChecked: options.projected !== undefined });
  return { summary: summary.name, lists: lists.name, leftAlone: [...summary.leftAlone, ...lists.leftAlone] };
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

/**
 * Writes a later batch in place: the tail of `Cohort Lists` and the whole (small) `Cohort Summary`.
 *
 * @param spreadsheet - the active spreadsheet
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param summaryTarget - the summary's target
 * @returns the sheets written, or null (having changed nothing) when a marked sheet is missing or its
 *   columns are not as written, so the caller rewrites both sheets whole instead
 */
export function writeBatchInPlace(
  spreadsheet: Spreadsheet,
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  summaryTarget: OutputTarget,
): CohortSheets | null {
  const listsPlace = locateOutput(spreadsheet, cohortListsTarget(), { adopt: false });
  const summaryPlace = locateOutput(spreadsheet, summaryTarget, { adopt: false });
  const lists = listsPlace.sheet;
  const summary = summaryPlace.sheet;
  if (!lists || !summary) return null;
  const written = {
    summary: summaryPlace.name,
    lists: listsPlace.name,
    leftAlone: [...summaryPlace.leftAlone, ...listsPlace.leftAlone],
  };
  const lastRow = lists.getLastRow();
  const lastColumn = lists.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return null;
  const applicants = lists.getRange(1, 1, lastRow, 1).getValues();
  const header = lists.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
  const tailStart = listsTailStart(
    applicants,
    entries.map((entry) => entry.applicant),
  );
  const tailRows = lastRow - tailStart + 1;
  const tailRange = tailRows > 0 ? lists.getRange(tailStart, 1, tailRows, lastColumn) : null;
  const tail = tailRange ? (tailRange.getValues() as unknown[][]) : [];
  // Formulas people typed in the tail, so a failed batch puts them back as formulas, not values.
  const tailFormulas = tailRange ? tailRange.getFormulas() : [];
  const merged = mergeCohortBatch([header, ...withFormulas(tail, tailFormulas)], entries, {
    replaceOthers: false,
  });
  const width = merged.values[0]?.length ?? 0;
  if (!sameHeader(merged.values[0] ?? [], header) || width > lastColumn) return null;
  const height = Math.max(tailRows, merged.values.length - 1);
  const oldBackgrounds = tailRows > 0 ? lists.getRange(tailStart, 1, tailRows, width).getBackgrounds() : [];
  const summaryRange = summary.getDataRange();
  const summaryValues = summaryRange.getValues() as unknown[][];
  const summaryFormulas = summaryRange.getFormulas();
  const summaryBackgrounds = summaryRange.getBackgrounds();
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
    setColumnFormatsAt(lists, tailStart, height, merged.columnFormats);
    setColumnDropdownsAt(lists, tailStart, height, merged.columnDropdowns);
    setColumnFormatsAt(summary, 2, summaryHeight - 1, newSummary.columnFormats);
    return written;
  } catch (error) {
    throw undoAll(undo, error, [written.summary, written.lists]);
  }
}
