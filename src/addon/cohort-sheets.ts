/**
 * Writes one cohort batch into `Cohort Summary` and `Cohort Lists` so that either both change or neither
 * does. A run's first batch (or a sheet laid out in a way the batch paths do not expect) rewrites both sheets
 * whole, in place, through `writeOutputs` (workbook.ts), making them ready for the whole run: rows for every
 * applicant, the layout over all of them. A later batch then touches only the tails, from where its rows go
 * through the "no longer listed" block: the summary's mark records where the run stands (applicants done, a
 * fingerprint of their names, the `Cohort Lists` row the next batch starts at; src/sheets/cohort-batch.ts),
 * so the batch reads the mark, the header rows and the tails — never the rows already written — and writes
 * each tail in one `setValues`. Without that record (a retried batch, a sheet edited since) the batch reads
 * and rewrites both sheets whole, its applicants' rows replaced where they stand. Every write is undone if a
 * later one fails. What to write is decided in src/sheets/cohort-batch.ts.
 */

import type { Issue } from '../core/types.ts';
import { withFormulas } from '../sheets/carry-over.ts';
import {
  listedRows,
  namesFingerprint,
  progressTag,
  readProgress,
  sameHeader,
  summaryAfterBatch,
} from '../sheets/cohort-batch.ts';
import { padGrid, restoreGrid } from '../sheets/grid.ts';
import { markIssues } from '../sheets/list-statuses.ts';
import { foldKey } from '../sheets/normalize.ts';
import { cohortListsTarget, cohortSummaryTarget, type OutputTarget } from '../sheets/output-marks.ts';
import { readMark, tagMark } from '../sheets/sheet-layout.ts';
import {
  COHORT_LIST_LAYOUT,
  type CohortListEntry,
  type CohortSummaryRow,
  mergeCohortBatch,
} from '../sheets/write-cohort.ts';
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
  /** `Cohort Summary` itself, so the end of a run reads it for the dashboard without looking it up again. */
  summarySheet: Sheet;
  /** Sheets named like these outputs that RadList did not make, left as they were. */
  leftAlone: string[];
  /** What the batch's applicants marked in `Cohort Lists` that cannot count (`markIssues`), by cell. */
  markIssues: Issue[];
}

/** The gold and silver signals Settings allow, for checking what people marked. */
export interface SignalsAllowed {
  gold: number;
  silver: number;
}

/**
 * Checks what the batch's applicants marked in `Cohort Lists` where it will stand (`markIssues`), and adds each
 * issue to its applicant's summary row, so `Cohort Summary` names it too.
 *
 * @param values - the merged `Cohort Lists` values, header first
 * @param where - the sheet and the sheet row of `values[0]`
 * @param summaries - the batch's summary rows
 * @param allowed - the signals Settings allow
 */
function checkBatchMarks(
  values: readonly (readonly unknown[])[],
  where: { sheet: string; firstRow: number },
  summaries: readonly CohortSummaryRow[],
  allowed: SignalsAllowed,
): { summaries: CohortSummaryRow[]; issues: Issue[] } {
  const applicants = new Set(summaries.map((row) => foldKey(row.applicant)));
  const issues = markIssues(values, COHORT_LIST_LAYOUT, { ...where, allowed, applicants });
  if (issues.length === 0) return { summaries: [...summaries], issues };
  const applicantAt = COHORT_LIST_LAYOUT.columns.indexOf('Applicant');
  const byApplicant = new Map<string, string[]>();
  for (const issue of issues) {
    const who = foldKey(String(values[issue.row - where.firstRow]?.[applicantAt] ?? ''));
    byApplicant.set(who, [...(byApplicant.get(who) ?? []), `${issue.sheet}!${issue.cell}: ${issue.message}`]);
  }
  return {
    summaries: summaries.map((row) => ({
      ...row,
      issues: [...row.issues, ...(byApplicant.get(foldKey(row.applicant)) ?? [])],
    })),
    issues,
  };
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
 *   `found`: the sheets as `findCohortSheets` found and read them; `namesUpTo`: the cohort's names, for the
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
    found?: CohortSheetsNow | null;
    namesUpTo: NamesUpTo;
    allowed: SignalsAllowed;
  },
): CohortSheets {
  const listsOut = cohortListsTarget();
  const summary = options.found?.summary ?? placeOutput(spreadsheet, options.summary);
  const lists = options.found?.lists ?? placeOutput(spreadsheet, listsOut);
  const previousLists = lists.before ? withFormulas(lists.before.values, lists.before.formulas) : null;
  const listsOutput = mergeCohortBatch(previousLists, entries, { replaceOthers: options.fresh });
  const checked = checkBatchMarks(
    listsOutput.values,
    { sheet: lists.name, firstRow: 1 },
    summaries,
    options.allowed,
  );
  const summaryOutput = summaryAfterBatch(
    summary.before ? withFormulas(summary.before.values, summary.before.formulas) : null,
    checked.summaries,
    { replaceOthers: options.fresh },
  );
  const progress = progressAfter(summaryOutput.values, 2 + listedRows(listsOutput.values), options.namesUpTo);
  const projected = options.projected;
  // Rows past the listed ones (the "no longer listed" block) stay below the whole run's rows.
  const beyond = (values: readonly (readonly unknown[])[]) => values.length - 1 - listedRows(values);
  const [summaryWritten] = writeOutputs(
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
  return {
    summary: summary.name,
    lists: lists.name,
    summarySheet: summaryWritten!.sheet,
    leftAlone: [...summary.leftAlone, ...lists.leftAlone],
    markIssues: checked.issues,
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

/** The cohort sheets as a batch found them on the way that reads them whole. */
export interface CohortSheetsNow {
  lists: OutputPlace & { before: SheetSnapshot | null };
  /** `Cohort Lists`' values (for the signals people sent), or null when it does not exist. */
  listsValues: unknown[][] | null;
  /** `Cohort Summary` (a later batch only: its names say whether the run still lines up). */
  summary: (OutputPlace & { before: SheetSnapshot | null }) | null;
}

/**
 * The cohort sheets read whole — values, formulas and colours, once — for a batch that rewrites them whole:
 * a run's first batch (`Cohort Lists` only; an unmarked sheet with RadList's header may be adopted), or a later
 * batch the summary's mark cannot place (a retried batch, a sheet edited since), which reads the summary
 * too.
 *
 * @param spreadsheet - the active spreadsheet
 * @param fresh - the first batch of a run
 */
export function findCohortSheets(spreadsheet: Spreadsheet, fresh: boolean): CohortSheetsNow {
  const place = (target: OutputTarget) => {
    const found = locateOutput(spreadsheet, target, { adopt: fresh });
    return {
      ...found,
      before: found.sheet ? snapshotOf(found.sheet, found.note, found.range ?? undefined) : null,
    };
  };
  const lists = place(cohortListsTarget());
  return {
    lists,
    listsValues: lists.before?.values ?? null,
    summary: fresh ? null : place(cohortSummaryTarget()),
  };
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
 * applicant done. Returns null when any of that cannot be told, so the caller reads and rewrites the sheets
 * whole.
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
  allowed: SignalsAllowed,
): CohortSheets | null {
  const { summary, lists } = tails;
  const tailOf = (tail: SheetTail) => [
    tail.header,
    ...withFormulas(tail.values.slice(1), tail.formulas.slice(1)),
  ];
  const listsMerged = mergeCohortBatch(tailOf(lists), entries, { replaceOthers: false });
  const checked = checkBatchMarks(
    listsMerged.values,
    { sheet: lists.name, firstRow: lists.from },
    summaries,
    allowed,
  );
  const summaryMerged = summaryAfterBatch(tailOf(summary), checked.summaries, { replaceOthers: false });
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
  const written = {
    summary: summary.name,
    lists: lists.name,
    summarySheet: summary.sheet,
    leftAlone: [],
    markIssues: checked.issues,
  };
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
