/**
 * What people mark in a list (`Application List`, `List – NAME`, `Cohort Lists`): the `Signal sent` and
 * `Status` columns, read back for the plan (signals sent count instead of suggestions, and only the signals
 * left are suggested; the season so far) and for `saveOutcomes`. A mark is one of the dropdown's words, matched
 * like a header (case, spaces and punctuation ignored); anything else typed there is kept in the sheet, never
 * guessed at, and reported by cell (`markIssues`). Rows are matched to programs as carry-over matches them
 * (`rowMatcher`), so a signal counts for the program whose row it will stand in.
 */

import type { Issue, Program } from '../core/types.ts';
import { INVITED_STATUSES, type Signal, STATUSES, type Status } from '../core/types.ts';
import { issueAt } from './a1.ts';
import {
  type CarryLayout,
  KEPT_SEPARATOR,
  type KeyCell,
  normalizeKey,
  type PreviousRow,
  type RowMatcher,
  readPrevious,
  rowMatcher,
} from './carry-over.ts';
import { normalizeLabel } from './normalize.ts';

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
  /**
   * The row's key as carry-over folds it, or its fallback key when the sheet lacks a column the key needs ('' when
   * the row names no program).
   */
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

/** A list row below the header: the row, its index in the values, and whether it is in the "no longer listed" block. */
interface BodyRow {
  row: readonly unknown[];
  index: number;
  kept: boolean;
}

/** The rows of a list below its header, in order; the separator of the "no longer listed" block is left out. */
function bodyRows(values: readonly (readonly unknown[])[]): BodyRow[] {
  const rows: BodyRow[] = [];
  let kept = false;
  values.forEach((row, index) => {
    if (index === 0) return;
    if (normalizeLabel(row[0]) === normalizeLabel(KEPT_SEPARATOR)) kept = true;
    else rows.push({ row, index, kept });
  });
  return rows;
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
  for (const { row, index, kept } of bodyRows(values)) {
    const statusText = text(row[statusAt]);
    if (statusText === '') continue;
    const cell = (column: keyof typeof columns): string =>
      columns[column] < 0 ? '' : text(row[columns[column]]);
    const keyCell: KeyCell = (column) =>
      column in columns && columns[column as keyof typeof columns] >= 0
        ? cell(column as keyof typeof columns)
        : null;
    const status = readStatus(statusText);
    rows.push({
      row: index + 1,
      applicant: cell('Applicant'),
      program: cell('Program'),
      id: cell('ID'),
      state: cell('State'),
      key: normalizeKey(layout.keyOf(keyCell) || (layout.fallbackKeyOf?.(keyCell) ?? '')),
      status: status === '' ? null : status,
      statusText,
      statusColumn: statusAt + 1,
      signalSent: signalAt < 0 ? '' : readSignalSent(row[signalAt]),
      kept,
    });
  }
  return rows;
}

/**
 * Reads a `Signal sent` cell: `Gold` or `Silver` (any case, spaces ignored); anything else is no signal.
 *
 * @param value - the cell value
 * @returns `Gold`, `Silver` or ''
 * @example
 * readSignalSent(' gold ') // 'Gold'
 */
export function readSignalSent(value: unknown): Signal {
  const label =
    typeof value === 'string' ? normalizeLabel(value.startsWith("'") ? value.slice(1) : value) : '';
  if (label === 'gold') return 'Gold';
  if (label === 'silver') return 'Silver';
  return '';
}

/** The marks of a previous list, read once per run (see `readListMarks`). */
export interface ListMarks {
  layout: CarryLayout;
  /** Matches programs to the listed rows (not the "no longer listed" block). */
  matcher: RowMatcher;
  /** Every row with a signal, by applicant as keys fold it ('' in a one-applicant list). */
  signalled: Map<string, PreviousRow[]>;
}

/**
 * Reads the marks of a previous list or `Cohort Lists` (`Signal sent`, `Status`) for the plan.
 *
 * @param previous - `getValues()` of the sheet (formulas as `withFormulas` gives them), or null
 * @param layout - its layout (`listLayout(true)` or `COHORT_LIST_LAYOUT`)
 * @returns the marks, to look up with `marksFor`
 */
export function readListMarks(previous: unknown[][] | null, layout: CarryLayout): ListMarks {
  const rows = previous && previous.length >= 2 ? readPrevious(previous, layout).rows : [];
  const signalled = new Map<string, PreviousRow[]>();
  const byApplicant = layout.identityColumns.includes('Applicant');
  for (const row of rows) {
    if (readSignalSent(row.read('Signal sent')) === '') continue;
    const who = byApplicant ? normalizeKey(String(row.read('Applicant') ?? '')) : '';
    signalled.set(who, [...(signalled.get(who) ?? []), row]);
  }
  return {
    layout,
    matcher: rowMatcher(
      layout,
      rows.filter((row) => !row.kept),
    ),
    signalled,
  };
}

/** What one applicant marked, by program key. */
export interface ApplicantMarks {
  sentSignals: Map<string, Signal>;
  statuses: Map<string, Status>;
  /** Signals sent that stand in no row of these programs (a program no longer listed): spent all the same. */
  sentElsewhere: { gold: number; silver: number };
}

/**
 * One applicant's marks for the programs being ranked: the signal and status of the row each program takes
 * over (as carry-over matches rows), and the signals written in rows no program takes over.
 *
 * @param marks - from `readListMarks`
 * @param programs - the programs being ranked
 * @param applicant - the applicant's name (for `Cohort Lists`, whose keys include it)
 * @returns signals and statuses by program key, and the signals spent elsewhere
 * @example
 * marksFor(readListMarks(values, listLayout(true)), programs).sentSignals.get('FX-1') // 'Gold'
 */
export function marksFor(marks: ListMarks, programs: readonly Program[], applicant = ''): ApplicantMarks {
  const found: ApplicantMarks = {
    sentSignals: new Map(),
    statuses: new Map(),
    sentElsewhere: { gold: 0, silver: 0 },
  };
  const cells = programs.map((program): KeyCell => {
    const values: Record<string, string> = {
      Applicant: applicant,
      Program: program.name,
      ID: program.id,
      State: program.state,
    };
    return (column) => (values[column] ?? '').trim();
  });
  const matched = marks.matcher.match(cells);
  const taken = new Set<PreviousRow>();
  matched.forEach((row, i) => {
    if (!row) return;
    taken.add(row);
    const key = programs[i]!.key;
    const signal = readSignalSent(row.read('Signal sent'));
    if (signal !== '') found.sentSignals.set(key, signal);
    const status = readStatus(row.read('Status'));
    if (status !== '' && status !== null) found.statuses.set(key, status);
  });
  const who = marks.layout.identityColumns.includes('Applicant') ? normalizeKey(applicant) : '';
  for (const row of marks.signalled.get(who) ?? []) {
    if (taken.has(row)) continue;
    if (readSignalSent(row.read('Signal sent')) === 'Gold') found.sentElsewhere.gold += 1;
    else found.sentElsewhere.silver += 1;
  }
  return found;
}

/** What `markIssues` checks a list against. */
export interface MarkCheck {
  /** The sheet the values are written to. */
  sheet: string;
  /** The sheet row of `values[0]` (1 when the values start at the header). */
  firstRow: number;
  /** The gold and silver signals Settings allow (`Gold signals`, `Silver signals`). */
  allowed: { gold: number; silver: number };
  /** Only these applicants' rows, folded as keys (a cohort batch); every row when absent. */
  applicants?: ReadonlySet<string>;
}

/** Categories a signal cannot help at. */
const NO_CHANCE_CATEGORIES: ReadonlySet<string> = new Set(['Below minimum', 'Not eligible']);

/** A value as an issue quotes it: short, on one line. */
function quoted(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/**
 * Checks what people marked in a list as it will be written (values after carry-over, so every cell is named
 * where it will stand): a `Signal sent` or `Status` value that is not one of the dropdown's words is an issue
 * at its cell (it stays as written and is not counted); more gold or silver signals for one applicant than
 * Settings allow is one issue, at the first signal beyond the allowance; a signal sent to a `Below minimum`
 * or `Not eligible` program is named as wasted at its cell.
 *
 * @param values - the list's values, header first (`Application List`, `List – NAME` or `Cohort Lists`)
 * @param layout - its layout (`listLayout(true)` or `COHORT_LIST_LAYOUT`): where the columns are
 * @param check - the sheet, where the values start, the signals allowed, and whose rows to check
 * @returns the issues, in sheet order (the allowance warnings after the cells)
 * @example
 * markIssues(list.values, listLayout(true), { sheet: 'Application List', firstRow: 1, allowed: { gold: 6, silver: 6 } })
 */
export function markIssues(
  values: readonly (readonly unknown[])[],
  layout: CarryLayout,
  check: MarkCheck,
): Issue[] {
  const at = (column: string) => layout.columns.indexOf(column);
  const signalAt = at('Signal sent');
  const statusAt = at('Status');
  const categoryAt = at('Category');
  const programAt = at('Program');
  const applicantAt = at('Applicant');
  // The first row marked Matched of each applicant: a second one is a mistake (a match is to one program).
  const matchedAt = new Map<string, number>();
  /** A second `Matched`, and an invitation from a program the list has no chance at (its data may be off). */
  const statusNotes = (
    status: Status | '' | null,
    row: readonly unknown[],
    kept: boolean,
    sheetRow: number,
    who: string,
  ): Issue[] => {
    const at = (message: string) => [issueAt(check.sheet, sheetRow, statusAt + 1, message)];
    const program = quoted(text(row[programAt]));
    const lead = applicantAt < 0 ? '' : `${who}: `;
    if (status === 'Matched') {
      const first = matchedAt.get(normalizeKey(who));
      if (first === undefined) matchedAt.set(normalizeKey(who), sheetRow);
      else {
        return at(
          `${lead}${program} is marked Matched, but row ${first} already is: a match is to one program. Keep Matched only on the program you matched at and change the other (to Ranked or Interviewed); until then both count as invited.`,
        );
      }
    }
    const category = kept || categoryAt < 0 ? '' : text(row[categoryAt]);
    if (
      status !== '' &&
      status !== null &&
      INVITED_STATUSES.includes(status) &&
      NO_CHANCE_CATEGORIES.has(category)
    ) {
      return at(
        `${lead}${program} is marked ${status} although the list has it ${category}. Invitations like this happen — the program's minimum or rules in Programs may be out of date or not strict: check its row there (a minimum that is only preferred is "Min is: Preferred"), so the next lists are right. Nothing else changes.`,
      );
    }
    return [];
  };
  const issues: Issue[] = [];
  const signals = new Map<string, { who: string; Gold: Issue[]; Silver: Issue[] }>();
  for (const { row, index, kept } of bodyRows(values)) {
    const who = applicantAt < 0 ? '' : text(row[applicantAt]);
    if (check.applicants && !check.applicants.has(normalizeKey(who))) continue;
    const sheetRow = check.firstRow + index;
    const name = applicantAt < 0 ? 'Your' : `${who}'s`;
    const signalText = signalAt < 0 ? '' : text(row[signalAt]);
    if (signalText !== '') {
      const signal = readSignalSent(signalText);
      const cell = issueAt(check.sheet, sheetRow, signalAt + 1, '');
      if (signal === '') {
        cell.message = `${quoted(signalText)} in Signal sent is not a signal RadList can count (expected Gold, Silver or blank), so it is not counted; it stays as you wrote it.`;
        issues.push(cell);
      } else {
        const entry = signals.get(normalizeKey(who)) ?? { who, Gold: [], Silver: [] };
        entry[signal].push(cell);
        signals.set(normalizeKey(who), entry);
        const category = kept || categoryAt < 0 ? '' : text(row[categoryAt]);
        if (NO_CHANCE_CATEGORIES.has(category)) {
          cell.message = `${name} ${signal.toLowerCase()} signal to ${quoted(text(row[programAt]))} is wasted: the program is ${category} for you (see its Issues), so a signal cannot get you an interview there. Move it to a program you can get into before you submit; the Signal column suggests where.`;
          issues.push(cell);
        }
      }
    }
    const statusText = statusAt < 0 ? '' : text(row[statusAt]);
    issues.push(...statusNotes(readStatus(statusText), row, kept, sheetRow, who));
    if (statusText !== '' && readStatus(statusText) === null) {
      issues.push(
        issueAt(
          check.sheet,
          sheetRow,
          statusAt + 1,
          `${quoted(statusText)} in Status is not one of the statuses (${STATUSES.join(', ')}), so it is not counted in the season so far; it stays as you wrote it.`,
        ),
      );
    }
  }
  for (const entry of signals.values()) {
    for (const signal of ['Gold', 'Silver'] as const) {
      const allowed = Math.max(0, Math.floor(signal === 'Gold' ? check.allowed.gold : check.allowed.silver));
      const cells = entry[signal];
      if (cells.length <= allowed) continue;
      const lead = applicantAt < 0 ? '' : `${entry.who}: `;
      const word = signal.toLowerCase();
      issues.push({
        ...cells[allowed]!,
        message: `${lead}${cells.length} programs are marked ${signal} in Signal sent, but you have ${allowed} ${word} signals (Settings: ${signal} signals). Every one of them on an eligible program counts in the expected interviews, which are then higher than they can be: correct Signal sent, or ${signal} signals in Settings if ERAS allows more this season.`,
      });
    }
  }
  return issues;
}
