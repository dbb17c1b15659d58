/**
 * The `Status` column people fill in a list (`Application List`, `List – NAME`, `Cohort Lists`): read back
 * for the plan's season so far and for `saveOutcomes`. A status is one of the dropdown's words, matched like
 * a header (case, spaces and punctuation ignored); anything else typed there is kept in the sheet and
 * reported by `saveOutcomes`, never guessed at. Rows are matched by the same key carry-over uses.
 */

import type { Program } from '../core/types.ts';
import { type Signal, STATUSES, type Status } from '../core/types.ts';
import { type CarryLayout, KEPT_SEPARATOR, normalizeKey } from './carry-over.ts';
import { normalizeLabel } from './normalize.ts';
import { readSignalSent } from './write-list.ts';

/** What the `Status` cell says: a status, '' for blank, null for anything else. */
export function readStatus(value: unknown): Status | '' | null {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  const label = normalizeLabel(text.startsWith("'") ? text.slice(1) : text);
  if (label === '') return '';
  return STATUSES.find((status) => normalizeLabel(status) === label) ?? null;
}

/** One list row with something in its `Status` cell. */
export interface MarkedRow {
  /** The 1-based sheet row. */
  row: number;
  /** Whose list row it is (`Applicant`; '' in a one-applicant list). */
  applicant: string;
  program: string;
  id: string;
  state: string;
  /** The row's key as carry-over folds it ('' when the row names no program). */
  key: string;
  /** The status, or null when the cell holds something else. */
  status: Status | null;
  /** The cell as written. */
  statusText: string;
  /** The 1-based column of `Status`. */
  statusColumn: number;
  /** `Signal sent` of the row. */
  signalSent: Signal;
  /** True in the "no longer listed" block. */
  kept: boolean;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  const raw = typeof value === 'string' ? value : String(value);
  return (raw.startsWith("'") ? raw.slice(1) : raw).trim();
}

/**
 * Every row of a list sheet whose `Status` cell is not blank.
 *
 * @param values - `getValues()` of the list sheet (header in row 1)
 * @param layout - the sheet's layout (`listLayout(true)` or `COHORT_LIST_LAYOUT`)
 * @returns the rows, in sheet order; none when the sheet has no `Status` column
 * @example
 * markedRows([['Program', 'ID', 'Status'], ['Lakeview', 'FX-1', 'Invited']], listLayout(true))[0]?.status // 'Invited'
 */
export function markedRows(values: readonly (readonly unknown[])[] | null, layout: CarryLayout): MarkedRow[] {
  const header = values?.[0] ?? [];
  const at = (column: string): number =>
    header.findIndex((h) => normalizeLabel(h) === normalizeLabel(column));
  const statusAt = at('Status');
  if (!values || statusAt < 0) return [];
  const columns = { Applicant: at('Applicant'), Program: at('Program'), ID: at('ID'), State: at('State') };
  const signalAt = at('Signal sent');
  const rows: MarkedRow[] = [];
  let kept = false;
  values.forEach((row, index) => {
    if (index === 0) return;
    if (normalizeLabel(row[0]) === normalizeLabel(KEPT_SEPARATOR)) {
      kept = true;
      return;
    }
    const statusText = text(row[statusAt]);
    if (statusText === '') return;
    const cell = (column: keyof typeof columns): string =>
      columns[column] < 0 ? '' : text(row[columns[column]]);
    const status = readStatus(statusText);
    rows.push({
      row: index + 1,
      applicant: cell('Applicant'),
      program: cell('Program'),
      id: cell('ID'),
      state: cell('State'),
      key: normalizeKey(
        layout.keyOf((column) => (column in columns ? cell(column as keyof typeof columns) : '')),
      ),
      status: status === '' ? null : status,
      statusText,
      statusColumn: statusAt + 1,
      signalSent: signalAt < 0 ? '' : readSignalSent(row[signalAt]),
      kept,
    });
  });
  return rows;
}

/**
 * The statuses of a list's current rows (not the "no longer listed" block), by row key.
 *
 * @param values - `getValues()` of the list sheet, or null
 * @param layout - its layout
 * @returns row key → status, first row of a key winning; unreadable statuses left out
 */
export function statusIndex(
  values: readonly (readonly unknown[])[] | null,
  layout: CarryLayout,
): Map<string, Status> {
  const index = new Map<string, Status>();
  for (const row of markedRows(values, layout)) {
    if (row.kept || row.key === '' || row.status === null || index.has(row.key)) continue;
    index.set(row.key, row.status);
  }
  return index;
}

/**
 * One applicant's statuses by program key, from a `statusIndex`.
 *
 * @param index - from `statusIndex`
 * @param layout - the same layout
 * @param programs - the programs being ranked
 * @param applicant - the applicant's name (for `Cohort Lists`, whose keys include it)
 * @returns program key → status
 */
export function statusesFor(
  index: ReadonlyMap<string, Status>,
  layout: CarryLayout,
  programs: readonly Program[],
  applicant = '',
): Map<string, Status> {
  const found = new Map<string, Status>();
  if (index.size === 0) return found;
  for (const program of programs) {
    const cells: Record<string, string> = {
      Applicant: applicant,
      Program: program.name,
      ID: program.id,
      State: program.state,
    };
    const status = index.get(normalizeKey(layout.keyOf((column) => (cells[column] ?? '').trim())));
    if (status !== undefined) found.set(program.key, status);
  }
  return found;
}
