/**
 * How a later batch of a cohort run lands in the sheets the run has written so far, decided without Apps
 * Script: the new `Cohort Summary` (the batch's applicants replaced where they stood, or appended), where the
 * tail of `Cohort Lists` that the batch rewrites begins, and whether that sheet's columns are still the ones
 * RadList wrote (otherwise the add-on rebuilds both sheets). See src/addon/cohort-sheets.ts for the writes.
 */
import { type Cell, carryCell, KEPT_SEPARATOR } from './carry-over.ts';
import { padGrid } from './grid.ts';
import { foldKey, normalizeLabel } from './normalize.ts';
import type { SheetOutput } from './sheet-output.ts';
import { buildCohortSummary, type CohortSummaryRow } from './write-cohort.ts';
import { LIST_COLOURS } from './write-list.ts';

/** Trimmed text of a cell as read back. */
function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * The new `Cohort Summary`: the previous rows in their order with this batch's applicants replaced where
 * they stood or appended; with `previous` null, the batch's rows only.
 *
 * @param previous - the summary's values now, or null for a fresh run
 * @param batch - this batch's rows
 * @returns the whole sheet
 * @example
 * summaryAfterBatch(null, [row]).values.length // 2 (header and the row)
 */
export function summaryAfterBatch(previous: unknown[][] | null, batch: CohortSummaryRow[]): SheetOutput {
  const built = buildCohortSummary(batch);
  const width = built.values[0]!.length;
  const batchRows = new Map(batch.map((row, i) => [foldKey(row.applicant), built.values[i + 1]!]));
  const placed = new Set<string>();
  const values: Cell[][] = [built.values[0]!];
  for (const row of (previous ?? []).slice(1)) {
    const name = foldKey(textOf(row[0]));
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
    backgrounds: values.map((_, i) =>
      new Array<string>(width).fill(i === 0 ? LIST_COLOURS.header : LIST_COLOURS.plain),
    ),
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
