/**
 * Writes one cohort batch into `Cohort Summary` and `Cohort Lists` so that either both change or neither
 * does. A run's first batch (or a sheet laid out in a way the batch paths do not expect) rewrites both sheets
 * whole, in place, through `writeOutputs` (workbook.ts), making them ready for the whole run: rows for every
 * applicant, the layout over all of them. A later batch then touches only the tails, from where its rows go
 * through the "no longer listed" block: the summary's mark records where the run stands (applicants done, a
 * fingerprint of their names, the `Cohort Lists` row the next batch starts at; src/sheets/cohort-batch.ts),
 * so the batch reads the mark, the header rows and the tails — never the rows already written — and writes
 * each tail in one `setValues`. Without that record (a retried batch, a sheet edited since) the batch finds
 * its rows from `Cohort Lists`' column A and the whole summary, as before. Every write is undone if a later
 * one fails. What to write is decided in src/sheets/cohort-batch.ts.
 */

import { withFormulas } from '../sheets/carry-over.ts';
import {
  listedRows,
  listsTailStart,
  namesFingerprint,
  progressTag,
  readProgress,
  sameHeader,
  summaryAfterBatch,
} from '../sheets/cohort-batch.ts';
import { padGrid, restoreGrid } from '../sheets/grid.ts';
import { cohortListsTarget, cohortSummaryTarget, type OutputTarget } from '../sheets/output-marks.ts';
import { readMark, tagMark } from '../sheets/sheet-layout.ts';
import { type CohortListEntry, type CohortSummaryRow, mergeCohortBatch } from '../sheets/write-cohort.ts';
import { LIST_COLOURS } from '../sheets/write-list.ts';
import { setColumnLayout } from './layout.ts';
import { locateOutput, type OutputPlace, placeOutput } from './output-sheets.ts';
import { type Growth, growSheet, type SheetSnapshot, snapshotOf, undoAll, writeOutputs } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const WHITE = LIST_COLOURS.plain;

/** The rows a whole cohort run will write: its first batch makes both sheets ready for them. */
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
}

/** The names of the cohort's first `count` applicants, as the Cohort reads now. */
export type NamesUpTo = (count: number) => string[];

/** The progress a batch leaves: the applicants the summary lists, and Cohort Lists' next row. */
function progressAfter(
  summaryValues: readonly (readonly unknown[])[],
  listsNext: number,
  namesUpTo: NamesUpTo,
): string {
  const done = listedRows(summaryValues);
  return progressTag({ done, names: namesFingerprint(namesUpTo(done)), listsNext });
}

/**
 * Rewrites both sheets whole from their previous values, in place (or into new sheets), both or neither; the
 * summary's mark records where the run stands.
 *
 * @param spreadsheet - the active spreadsheet
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param options - `fresh`: a new run (only this batch's applicants stay; others' notes are kept aside);
 *   `summary`: the summary's target (its mark records the run); `projected`: the rows the whole run will
 *   write, made ready now (Sheets refuses here, and RadList says what to do, when they would not fit);
 *   `lists`: `Cohort Lists` as `findCohortSheets` found and read it; `namesUpTo`: the cohort's names, for the
 *   progress the mark records
 * @returns the sheets written
 */
export function writeWholeSheets(
  spreadsheet: Spreadsheet,
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  options: {
    fresh: boolean;
    summary: OutputTarget;
    projected?: CohortProjection;
    lists?: OutputPlace & { before: SheetSnapshot | null };
    namesUpTo: NamesUpTo;
  },
): CohortSheets {
  const listsOut = cohortListsTarget();
  const summary = placeOutput(spreadsheet, options.summary);
  const lists = options.lists ?? placeOutput(spreadsheet, listsOut);
  const previousLists = lists.before ? withFormulas(lists.before.values, lists.before.formulas) : null;
  const summaryOutput = summaryAfterBatch(
    summary.before ? withFormulas(summary.before.values, summary.before.formulas) : null,
    summaries,
    { replaceOthers: options.fresh },
  );
  const listsOutput = mergeCohortBatch(previousLists, entries, { replaceOthers: options.fresh });
  const progress = progressAfter(summaryOutput.values, 2 + listedRows(listsOutput.values), options.namesUpTo);
  const projected = options.projected;
  // Rows past the listed ones (the "no longer listed" block) stay below the whole run's rows.
  const beyond = (values: readonly (readonly unknown[])[]) => values.length - 1 - listedRows(values);
  writeOutputs(
    spreadsheet,
    [
      {
        name: summary.name,
        before: summary.before,
        output: summaryOutput,
        mark: tagMark(options.summary.mark, { progress }),
        reserveRows: projected ? projected.summaryRows + beyond(summaryOutput.values) : undefined,
      },
      {
        name: lists.name,
        before: lists.before,
        output: listsOutput,
        mark: listsOut.mark,
        reserveRows: projected ? projected.listsRows + beyond(listsOutput.values) : undefined,
      },
    ],
    { advice: cohortAdvice(projected?.applyOnly ?? false) },
  );
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

/** The cohort sheets as a batch found them on the way that reads them whole. */
export interface CohortSheetsNow {
  lists: OutputPlace & { before: SheetSnapshot | null };
  /** `Cohort Lists`' values (for the signals people sent), or null when it does not exist. */
  listsValues: unknown[][] | null;
  summary: OutputPlace & { before: SheetSnapshot | null };
}

/**
 * The cohort sheets read whole, for a run's first batch (which rewrites them: `Cohort Lists` is read once,
 * values, formulas and colours) or a later batch the summary's mark cannot place (`Cohort Lists`' values,
 * and the `Cohort Summary` whole: its names say whether the run still lines up).
 *
 * @param spreadsheet - the active spreadsheet
 * @param fresh - the first batch of a run (an unmarked sheet with RadList's header may be adopted)
 */
export function findCohortSheets(spreadsheet: Spreadsheet, fresh: boolean): CohortSheetsNow {
  const lists = fresh
    ? placeOutput(spreadsheet, cohortListsTarget())
    : { ...locateOutput(spreadsheet, cohortListsTarget(), { adopt: false }), before: null };
  const listsValues = lists.before
    ? lists.before.values
    : lists.range
      ? (lists.range.getValues() as unknown[][])
      : null;
  const summary = fresh
    ? { name: '', sheet: null, note: '', range: null, leftAlone: [], before: null }
    : locateOutput(spreadsheet, cohortSummaryTarget(), { adopt: false });
  const before = summary.sheet ? snapshotOf(summary.sheet, summary.note, summary.range ?? undefined) : null;
  return { lists, listsValues, summary: { ...summary, before } };
}

/**
 * Writes a later batch in place, from `Cohort Lists`' column A and the whole summary: the tail of `Cohort
 * Lists` and the whole (small) `Cohort Summary`, whose mark then records where the run stands.
 *
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param found - the sheets as the batch read them before ranking
 * @param namesUpTo - the cohort's names, for the progress the mark records
 * @returns the sheets written, or null (having changed nothing) when a marked sheet is missing or its
 *   columns are not as written, so the caller rewrites both sheets whole instead
 */
export function writeBatchInPlace(
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  found: CohortSheetsNow,
  namesUpTo: NamesUpTo,
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
  const note = tagMark(summaryBefore.note, {
    progress: progressAfter(
      newSummary.values,
      tailStart + listedRows([header, ...merged.values.slice(1)]),
      namesUpTo,
    ),
  });

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
    setColumnLayout(
      { sheet: lists, output: merged, note: null, lastRow: tailStart + height - 1, fresh: false, undo },
      tailStart,
    );
    setColumnLayout({
      sheet: summary,
      output: newSummary,
      note: null,
      lastRow: summaryHeight,
      fresh: false,
      undo,
    });
    const corner = summary.getRange(1, 1);
    corner.setNote(note);
    undo.push(() => corner.setNote(summaryBefore.note));
    return written;
  } catch (error) {
    throw undoAll(undo, error, [written.summary, written.lists]);
  }
}

/** One cohort sheet's header row and tail, read by a later batch. */
interface SheetTail {
  name: string;
  sheet: Sheet;
  /** Row 1 (every column), which holds the mark in A1 and the header. */
  row1: Range;
  notes: string[][];
  header: unknown[];
  /** The first row read: the row before where the batch's rows go (the last one listed, to check). */
  from: number;
  values: unknown[][];
  formulas: string[][];
  backgrounds: string[][];
  maxRows: number;
}

/**
 * Reads a marked sheet's row 1 and the rows from `from` to its last (at least row `from`): a sheet lookup,
 * row 1's notes and values, its last row, its size, and the tail's values, formulas and colours — the same
 * ten calls however many rows the run has written.
 */
function readTail(
  spreadsheet: Spreadsheet,
  target: OutputTarget,
  from: (notes: string) => number | null,
): SheetTail | null {
  const name = target.nameAfter([]);
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  const row1 = sheet.getRange('1:1');
  const notes = row1.getNotes();
  const note = notes[0]?.[0] ?? '';
  const first = target.owns(readMark(note).mark) ? from(note) : null;
  if (first === null || first < 2) return null;
  const full = (row1.getValues()[0] ?? []) as unknown[];
  let width = full.length;
  while (width > 1 && (full[width - 1] === '' || full[width - 1] === null)) width -= 1;
  const lastRow = Math.max(sheet.getLastRow(), first);
  const maxRows = sheet.getMaxRows();
  const tail = sheet.getRange(first, 1, lastRow - first + 1, width);
  return {
    name,
    sheet,
    row1,
    notes,
    header: full.slice(0, width),
    from: first,
    values: tail.getValues() as unknown[][],
    formulas: tail.getFormulas(),
    backgrounds: tail.getBackgrounds(),
    maxRows,
  };
}

/** What a later batch read when the summary's mark placed it: both sheets' header rows and tails. */
export interface BatchTails {
  summary: SheetTail;
  lists: SheetTail;
  /** `Cohort Lists`' header and tail below the checked row (for the signals people sent). */
  listsValues: unknown[][];
}

/**
 * Reads what a later batch starting at applicant `start` needs when the summary's mark records where the run
 * stands and `start` is where it stopped: the run must still rank against the same programs and settings
 * (else `PROGRAMS_CHANGED`) and the same applicants before `start` (else `COHORT_CHANGED`; a fingerprint of
 * their names, so no names are read), and the last row of each sheet before the tail must be the last
 * applicant done. Returns null when any of that cannot be told, so the caller reads the sheets whole.
 *
 * @param spreadsheet - the active spreadsheet
 * @param start - the batch's first applicant (0-based)
 * @param doneNames - the names of the applicants before `start`, as the Cohort reads now
 * @param checks - throw the refusals (`changed`: the applicants; `programs`: the run's version)
 */
export function readBatchTails(
  spreadsheet: Spreadsheet,
  start: number,
  doneNames: readonly string[],
  checks: { runVersionOf: (mark: string) => string | null; runVersion: string; refuse: Refusals },
): BatchTails | null {
  let listsNext = 0;
  const summary = readTail(spreadsheet, cohortSummaryTarget(), (note) => {
    const { mark, tags } = readMark(note);
    const progress = readProgress(tags.progress);
    if (checks.runVersionOf(mark) !== checks.runVersion) checks.refuse.programs();
    if (!progress || progress.done !== start) return null;
    if (progress.names !== namesFingerprint(doneNames)) checks.refuse.cohort();
    listsNext = progress.listsNext;
    return 1 + start;
  });
  if (!summary) return null;
  const lists = readTail(spreadsheet, cohortListsTarget(), () => listsNext - 1);
  if (!lists) return null;
  const last = doneNames[doneNames.length - 1] ?? '';
  const same = (cell: unknown) => namesFingerprint([String(cell ?? '')]) === namesFingerprint([last]);
  if (!same(summary.values[0]?.[0]) || !same(lists.values[0]?.[0])) return null;
  return { summary, lists, listsValues: [lists.header, ...lists.values.slice(1)] };
}

/** The refusals a later batch may make when the summary's mark shows the run changed. */
export interface Refusals {
  cohort: () => never;
  programs: () => never;
}

/** A tail's new rows: the merged sheet below its header, written from the row after the checked one. */
function writeTail(
  tail: SheetTail,
  merged: { values: unknown[][]; backgrounds: string[][] },
  undo: (() => void)[],
  growth: Growth,
): { first: number; height: number; width: number } {
  const old = { values: tail.values.slice(1), formulas: tail.formulas.slice(1) };
  const first = tail.from + 1;
  const width = merged.values[0]?.length ?? 0;
  const height = Math.max(old.values.length, merged.values.length - 1, 1);
  growSheet(tail.sheet, first + height - 1, width, undo, growth, {
    rows: tail.maxRows,
    columns: tail.header.length,
  });
  overwrite(
    tail.sheet.getRange(first, 1, height, width),
    {
      values: padGrid(merged.values.slice(1), height, width, '' as unknown),
      backgrounds: padGrid(merged.backgrounds.slice(1), height, width, WHITE),
    },
    {
      values: restoreGrid(old.values, old.formulas, height, width),
      backgrounds: padGrid(tail.backgrounds.slice(1), height, width, WHITE),
    },
    undo,
  );
  return { first, height, width };
}

/**
 * Writes a later batch into the tails `readBatchTails` read: `Cohort Lists` from its next row, the summary
 * below the applicants done, and the summary's mark with where the run now stands. The layout is already
 * over the rows the run made ready; rows past them (a sheet a person shortened) get the column layout.
 *
 * @param entries - the batch's ranked lists
 * @param summaries - the batch's summary rows
 * @param tails - what `readBatchTails` read
 * @param namesUpTo - the names of the cohort's first `count` applicants
 * @returns the sheets written, or null (having changed nothing) when a sheet's columns are not as written
 */
export function writeBatchTails(
  entries: CohortListEntry[],
  summaries: CohortSummaryRow[],
  tails: BatchTails,
  namesUpTo: (count: number) => string[],
): CohortSheets | null {
  const { summary, lists } = tails;
  const tailOf = (tail: SheetTail) => [
    tail.header,
    ...withFormulas(tail.values.slice(1), tail.formulas.slice(1)),
  ];
  const listsMerged = mergeCohortBatch(tailOf(lists), entries, { replaceOthers: false });
  const summaryMerged = summaryAfterBatch(tailOf(summary), summaries, { replaceOthers: false });
  const fits = (merged: { values: unknown[][] }, tail: SheetTail) =>
    sameHeader(merged.values[0] ?? [], tail.header) && (merged.values[0]?.length ?? 0) <= tail.header.length;
  if (!fits(listsMerged, lists) || !fits(summaryMerged, summary)) return null;
  const done = summary.from - 1 + listedRows(summaryMerged.values);
  const notes = summary.notes.map((row) => [...row]);
  notes[0]![0] = tagMark(notes[0]![0] ?? '', {
    progress: progressTag({
      done,
      names: namesFingerprint(namesUpTo(done)),
      listsNext: lists.from + 1 + listedRows(listsMerged.values),
    }),
  });
  const written = { summary: summary.name, lists: lists.name, leftAlone: [] };
  const undo: (() => void)[] = [];
  const growth: Growth = { pending: false };
  try {
    for (const [tail, merged] of [
      [lists, listsMerged],
      [summary, summaryMerged],
    ] as const) {
      const { first, height } = writeTail(tail, merged, undo, growth);
      if (first + height - 1 > tail.maxRows) {
        setColumnLayout(
          { sheet: tail.sheet, output: merged, note: null, lastRow: first + height - 1, fresh: false, undo },
          Math.max(tail.maxRows + 1, 2),
        );
      }
    }
    summary.row1.setNotes(notes);
    undo.push(() => summary.row1.setNotes(summary.notes));
    return written;
  } catch (error) {
    throw undoAll(undo, error, [written.summary, written.lists]);
  }
}
