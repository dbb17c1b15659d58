/**
 * How a batch of a cohort run lands in the sheets the run has written so far, decided without Apps Script:
 * the new `Cohort Summary` (the batch's applicants replaced where they stood, or appended, and the columns
 * people added kept by applicant), where the
 * tail of `Cohort Lists` that the batch rewrites begins, and whether that sheet's columns are still the ones
 * RadList wrote (otherwise the add-on rebuilds both sheets). See src/addon/cohort-sheets.ts for the writes.
 */
import {
  assembleSheet,
  type CarryLayout,
  type Cell,
  carryCell,
  KEPT_SEPARATOR,
  readPrevious,
} from './carry-over.ts';
import { foldKey, normalizeLabel } from './normalize.ts';
import { listColumnAliases } from './row-keys.ts';
import { fingerprint } from './sheet-layout.ts';
import type { SheetOutput } from './sheet-output.ts';
import {
  buildCohortSummary,
  COHORT_SUMMARY_COLUMNS,
  type CohortSummaryRow,
  PREVIOUS_COHORT_SUMMARY_COLUMNS,
} from './write-cohort.ts';
import { LIST_COLOURS } from './write-list.ts';

/** Trimmed text of a cell as read back. */
function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The carry-over layout of `Cohort Summary`: columns people add are kept by applicant. */
export const COHORT_SUMMARY_LAYOUT: CarryLayout = {
  columns: COHORT_SUMMARY_COLUMNS,
  ownedColumns: COHORT_SUMMARY_COLUMNS,
  identityColumns: ['Applicant'],
  knownHeaders: [COHORT_SUMMARY_COLUMNS, PREVIOUS_COHORT_SUMMARY_COLUMNS],
  aliasesOf: listColumnAliases,
  keyOf: (cell) => cell('Applicant') ?? '',
};

/**
 * The new `Cohort Summary`: the previous rows in their order with this batch's applicants replaced where
 * they stood or appended; with `replaceOthers` (the first batch of a run) only the batch's rows, the others'
 * added columns moving to the "no longer listed" block until their batch brings them back. Columns people
 * added are carried over by applicant, formulas as formulas.
 *
 * @param previous - the summary as `withFormulas` reads it, or null when there is none
 * @param batch - this batch's rows
 * @param options - `replaceOthers: true` for the first batch of a run
 * @returns the whole sheet
 * @example
 * summaryAfterBatch(null, [row], { replaceOthers: true }).values.length // 2 (header and the row)
 */
export function summaryAfterBatch(
  previous: unknown[][] | null,
  batch: CohortSummaryRow[],
  options: { replaceOthers: boolean },
): SheetOutput {
  const built = buildCohortSummary(batch);
  const prior = readPrevious(previous, COHORT_SUMMARY_LAYOUT);
  const batchRows = new Map(batch.map((row, i) => [foldKey(row.applicant), built.values[i + 1]!]));
  const placed = new Set<string>();
  const body: Cell[][] = [];
  // A run's first batch lists its applicants in cohort order; a later one replaces them where they stand.
  for (const row of options.replaceOthers ? [] : prior.rows) {
    if (row.kept || row.key === '' || placed.has(row.key)) continue;
    const replacement = batchRows.get(row.key);
    if (replacement) body.push(replacement);
    else body.push(COHORT_SUMMARY_COLUMNS.map((column) => carryCell(row.read(column))));
    placed.add(row.key);
  }
  for (const [name, row] of batchRows) if (!placed.has(name)) body.push(row);
  const { values, kinds } = assembleSheet(COHORT_SUMMARY_LAYOUT, prior, body);
  const width = values[0]?.length ?? 0;
  return {
    ...built,
    values,
    backgrounds: kinds.map((kind) =>
      new Array<string>(width).fill(
        kind === 'header'
          ? LIST_COLOURS.header
          : kind === 'separator'
            ? LIST_COLOURS.separator
            : LIST_COLOURS.plain,
      ),
    ),
    columnWidths: [...(built.columnWidths ?? []), ...prior.userColumns.map(() => 140)],
  };
}

/**
 * The first row (1-based) of `Cohort Lists` a later batch rewrites: the batch's own rows when it is retried,
 * otherwise the end of the listed rows (a blank row, or the "no longer listed" separator).
 *
 * @param applicantColumn - column A of `Cohort Lists`, header included
 * @param batchApplicants - the names of the batch's applicants
 * @returns the row; one past the last row when the sheet has no tail
 * @example
 * listsTailStart([['Applicant'], ['Ana'], ['Ben']], ['Ben']) // 3
 */
export function listsTailStart(
  applicantColumn: readonly (readonly unknown[])[],
  batchApplicants: readonly string[],
): number {
  const batchNames = new Set(batchApplicants.map(foldKey));
  const separator = normalizeLabel(KEPT_SEPARATOR);
  for (let row = 2; row <= applicantColumn.length; row++) {
    const name = textOf(applicantColumn[row - 1]?.[0]);
    if (name === '' || normalizeLabel(name) === separator || batchNames.has(foldKey(name))) return row;
  }
  return applicantColumn.length + 1;
}

/**
 * True when the header a merge produced is the sheet's header, so the tail's columns line up.
 *
 * @example
 * sameHeader(['Applicant', 'Rank'], ['applicant', 'Rank', '']) // true
 */
export function sameHeader(produced: readonly unknown[], sheetHeader: readonly unknown[]): boolean {
  const label = (v: unknown) => normalizeLabel(textOf(v).replace(/^'/, ''));
  return sheetHeader.every((cell, i) =>
    i < produced.length ? label(cell) === label(produced[i]) : textOf(cell) === '',
  );
}

/**
 * Where a cohort run stands after a batch, as the `Cohort Summary`'s mark records it (the tag
 * `[progress DONE NAMES NEXT]`, src/sheets/sheet-layout.ts): how many applicants its listed rows hold, a
 * fingerprint of their names in order, and the `Cohort Lists` row where the next batch's rows go. A later
 * batch reads it with the mark it reads anyway, so it finds both tails without reading the rows already
 * written.
 */
export interface RunProgress {
  done: number;
  names: string;
  listsNext: number;
}

/**
 * A fingerprint of applicants' names in order, as keys compare (case, spaces and control characters aside).
 *
 * @example
 * namesFingerprint(['Ana Li']) === namesFingerprint(['ana  li']) // true
 */
export function namesFingerprint(names: readonly string[]): string {
  return fingerprint(JSON.stringify(names.map((name) => foldKey(name))));
}

/** The tag's value: `DONE NAMES NEXT`. */
export function progressTag(progress: RunProgress): string {
  return `${progress.done} ${progress.names} ${progress.listsNext}`;
}

/**
 * The progress a tag records, or null when there is none or it cannot be read.
 *
 * @example
 * readProgress('3 1a2b3c4d 40') // { done: 3, names: '1a2b3c4d', listsNext: 40 }
 */
export function readProgress(tag: string | undefined): RunProgress | null {
  const match = /^(\d+) ([0-9a-f]{8}) (\d+)$/.exec(tag ?? '');
  if (!match) return null;
  const done = Number(match[1]);
  const listsNext = Number(match[3]);
  return listsNext >= 2 ? { done, names: match[2]!, listsNext } : null;
}

/**
 * How many rows below the header are listed (before a blank row or the "no longer listed" separator).
 *
 * @param values - a sheet's rows, header first (a tail read with a header row put before it works too)
 * @example
 * listedRows([['Applicant'], ['Ana'], [''], ['No longer listed — kept so your notes are not lost']]) // 1
 */
export function listedRows(values: readonly (readonly unknown[])[]): number {
  return (
    listsTailStart(
      values.map((row) => [row[0]]),
      [],
    ) - 2
  );
}
