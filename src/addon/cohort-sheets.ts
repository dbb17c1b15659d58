/**
 * Writes one cohort batch into `Cohort Summary` and `Cohort Lists` so that either both change or neither
 * does. A fresh run (or a sheet laid out in a way the fast path does not expect) rebuilds both sheets and
 * swaps them in together (`replaceSheets`). A later batch touches only the tail of `Cohort Lists`: from the
 * batch's own rows (a retried batch) or the end of the list, through the "no longer listed" block, written
 * in one `setValues`; the summary is rewritten in place. Every in-place write is undone if a later one fails.
 */

import type { Cell } from '../sheets/carry-over.ts';
import { carryCell, KEPT_SEPARATOR, normalizeKey, withFormulas } from '../sheets/carry-over.ts';
import { normalizeLabel } from '../sheets/normalize.ts';
import { SHEETS } from '../sheets/sheet-names.ts';
import type { SheetOutput } from '../sheets/sheet-output.ts';
import {
  buildCohortSummary,
  type CohortListEntry,
  type CohortSummaryRow,
  mergeCohortBatch,
} from '../sheets/write-cohort.ts';
import { LIST_COLOURS } from '../sheets/write-list.ts';
import { growSheet, padGrid, restoreCell, snapshotSheet, undoAll, writeOutputs } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const WHITE = LIST_COLOURS.plain;

/** Trimmed text of a cell as read back. */
function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * The new `Cohort Summary`: the previous rows in their order with this batch's applicants replaced where
 * they stood or appended; with `previous` null, the batch's rows only.
 */
export function summaryAfterBatch(previous: unknown[][] | null, batch: CohortSummaryRow[]): SheetOutput {
  const built = buildCohortSummary(batch);
  const width = built.values[0]!.length;
  const batchRows = new Map(batch.map((row, i) => [normalizeKey(row.applicant), built.values[i + 1]!]));
  const placed = new Set<string>();
  const values: Cell[][] = [built.values[0]!];
  for (const row of (previous ?? []).slice(1)) {
    const name = normalizeKey(textOf(row[0]));
    if (name === '') continue;
    const replacement = batchRows.get(name);
    if (replacement === undefined) values.push(padGrid([row.map(carryCell)], 1, width, '' as Cell)[0]!);
    else if (!placed.has(name)) values.push(replacement);
    placed.add(name);
  }
  for (const [name, row] of batchRows) if (!placed.has(name)) values.push(row);
  return {
    ...built,
    values,
    backgrounds: values.map((_, i) => new Array<string>(width).fill(i === 0 ? LIST_COLOURS.header : WHITE)),
  };
}

/**
 * Rebuilds both sheets from their previous values and swaps them in together.
 *
 * @param spreadsheet - the active spreadsheet
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param options - `fresh`: a new run (only this batch's applicants stay; others' notes are kept aside)
 */
export function writeWholeSheets(
  spreadsheet: Spreadsheet,
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  options: { fresh: boolean },
): void {
  const lists = snapshotSheet(spreadsheet, SHEETS.cohortLists);
  const summary = snapshotSheet(spreadsheet, SHEETS.cohortSummary);
  writeOutputs(spreadsheet, [
    {
      name: SHEETS.cohortSummary,
      before: summary,
      output: summaryAfterBatch(options.fresh ? null : (summary?.values ?? null), summaries),
    },
    {
      name: SHEETS.cohortLists,
      before: lists,
      output: mergeCohortBatch(lists ? withFormulas(lists.values, lists.formulas) : null, entries, {
        replaceOthers: options.fresh,
      }),
    },
  ]);
}

/** True when the header the merge produced is the sheet's header (so columns line up). */
function sameHeader(produced: readonly unknown[], sheetHeader: readonly unknown[]): boolean {
  const label = (v: unknown) => normalizeLabel(textOf(v).replace(/^'/, ''));
  return sheetHeader.every((cell, i) =>
    i < produced.length ? label(cell) === label(produced[i]) : textOf(cell) === '',
  );
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
 * @returns false (having changed nothing) when a sheet is missing or its columns are not as written, so the
 *   caller rebuilds both sheets instead
 */
export function writeBatchInPlace(
  spreadsheet: Spreadsheet,
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
): boolean {
  const lists = spreadsheet.getSheetByName(SHEETS.cohortLists);
  const summary = spreadsheet.getSheetByName(SHEETS.cohortSummary);
  if (!lists || !summary) return false;
  const lastRow = lists.getLastRow();
  const lastColumn = lists.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return false;
  const applicants = lists.getRange(1, 1, lastRow, 1).getValues();
  const header = lists.getRange(1, 1, 1, lastColumn).getValues()[0] ?? [];
  const batchNames = new Set(entries.map((e) => normalizeKey(e.applicant)));
  const separator = normalizeLabel(KEPT_SEPARATOR);
  let tailStart = lastRow + 1;
  for (let row = 2; row <= lastRow; row++) {
    const name = textOf(applicants[row - 1]?.[0]);
    if (name === '' || normalizeLabel(name) === separator || batchNames.has(normalizeKey(name))) {
      tailStart = row;
      break;
    }
  }
  const tailRows = lastRow - tailStart + 1;
  const tailRange = tailRows > 0 ? lists.getRange(tailStart, 1, tailRows, lastColumn) : null;
  const tail = tailRange ? (tailRange.getValues() as unknown[][]) : [];
  // Formulas people typed in the tail, so a failed batch puts them back as formulas, not values.
  const tailFormulas = tailRange ? tailRange.getFormulas() : [];
  const merged = mergeCohortBatch([header, ...withFormulas(tail, tailFormulas)], entries, {
    replaceOthers: false,
  });
  const width = merged.values[0]?.length ?? 0;
  if (!sameHeader(merged.values[0] ?? [], header) || width > lastColumn) return false;
  const height = Math.max(tailRows, merged.values.length - 1);
  const oldBackgrounds = tailRows > 0 ? lists.getRange(tailStart, 1, tailRows, width).getBackgrounds() : [];
  const summaryRange = summary.getDataRange();
  const summaryValues = summaryRange.getValues() as unknown[][];
  const summaryFormulas = summaryRange.getFormulas();
  const summaryBackgrounds = summaryRange.getBackgrounds();
  const newSummary = summaryAfterBatch(summaryValues, summaries);
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
        values: padGrid(
          tail.map((row, r) =>
            row.slice(0, width).map((value, c) => restoreCell(value, tailFormulas[r]?.[c] ?? '')),
          ),
          height,
          width,
          '' as unknown,
        ),
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
        values: padGrid(
          summaryValues.map((row, r) =>
            row.map((value, c) => restoreCell(value, summaryFormulas[r]?.[c] ?? '')),
          ),
          summaryHeight,
          summaryWidth,
          '' as unknown,
        ),
        backgrounds: padGrid(summaryBackgrounds, summaryHeight, summaryWidth, WHITE),
      },
      undo,
    );
    return true;
  } catch (error) {
    throw undoAll(undo, error, [SHEETS.cohortSummary, SHEETS.cohortLists]);
  }
}
