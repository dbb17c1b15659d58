/**
 * Reads the `Outcomes` sheet (SPEC section 3.6): the advisor's own past applications, one a row, headers in
 * row 1 (any order, aliases in headers.ts). Every unreadable cell is an issue naming the sheet, the cell and
 * what was expected, and becomes unknown; a row is usable for fitting only with a cycle year, an applicant,
 * a program (name or ID) and a result that says invited or not invited. `Withdrawn` rows are kept but not
 * usable (the applicant left before the program decided); a row still `Applied` has no result yet; a row whose
 * cycle is after the cycle year in force is an issue and left out (a season that has not started has no
 * outcomes). A sheet whose usable rows are enough to fit but hold too few of one result (invitations only) is
 * an issue at its `Result` header, as is one with no row at all of one result and 10 or more of the other:
 * the fit refuses it (core/chance-fit.ts). Rows people pasted are read the
 * same as rows RadList wrote (`Source`); this reader never changes the sheet.
 */
import { MIN_ROWS_PER_RESULT, oneSidedText, resultBalance } from '../core/chance-fit.ts';
import type { ApplicantType, Issue, ProgramType } from '../core/types.ts';
import { issueAt } from './a1.ts';
import { matchFields, OUTCOME_FIELDS, type OutcomeField } from './headers.ts';
import type { MissingInput } from './missing.ts';
import { normalizeLabel } from './normalize.ts';
import { blankOrNa, invalid, ownEntry, type Parsed, parsed } from './parse-cell.ts';
import {
  parseApplicantType,
  parseCount,
  parsePercent,
  parseProgramType,
  parseScore,
  parseState,
  parseTypicalScore,
  parseYear,
  parseYesNo,
  showCell,
} from './parse-values.ts';
import {
  type CellRef,
  cellRef,
  cellText,
  inSheetOrder,
  isBlankRow,
  type ReadContext,
  readCell,
  sameKey,
  tableRows,
} from './read-fields.ts';
import { SHEETS } from './sheet-names.ts';

const SHEET = SHEETS.outcomes;

/** `Outcomes` headers in SPEC order (row 1 of a new `Outcomes` sheet). */
export const OUTCOME_HEADERS: readonly string[] = OUTCOME_FIELDS.map((field) => field.header);

/** What the `Result` cell says, as RadList writes it. */
export type OutcomeResult = 'Invited' | 'Not invited' | 'Withdrawn' | 'Interviewed' | 'Ranked' | 'Matched';

export const RESULT_EXPECTED =
  'Invited, Not invited or Withdrawn (Interviewed, Ranked and Matched count as invited)';
export const SIGNAL_EXPECTED = 'Gold, Silver, or blank for no signal';

const RESULTS: Readonly<Record<string, OutcomeResult | 'Applied'>> = {
  invited: 'Invited',
  interviewinvite: 'Invited',
  notinvited: 'Not invited',
  noinvite: 'Not invited',
  noinvitation: 'Not invited',
  uninvited: 'Not invited',
  withdrawn: 'Withdrawn',
  withdrew: 'Withdrawn',
  interviewed: 'Interviewed',
  ranked: 'Ranked',
  matched: 'Matched',
  applied: 'Applied',
};

const SIGNALS: Readonly<Record<string, 'Gold' | 'Silver' | ''>> = {
  gold: 'Gold',
  goldsignal: 'Gold',
  silver: 'Silver',
  silversignal: 'Silver',
  none: '',
  no: '',
  nosignal: '',
};

/**
 * `Result`: one of the words of SPEC 3.6, matched like headers. `Applied` is read (it is a Status value) so
 * the reader can say "no result yet" rather than "not a result". `Rejected` is not accepted: a program can
 * reject after an interview, so it does not say whether the applicant was invited.
 *
 * @example parseResult('not-invited') // { kind: 'value', value: 'Not invited' }
 */
export function parseResult(v: unknown): Parsed<OutcomeResult | 'Applied'> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v !== 'string' || v.length > 40) return invalid(RESULT_EXPECTED);
  const found = ownEntry(RESULTS, normalizeLabel(v));
  return found === undefined ? invalid(RESULT_EXPECTED) : parsed(found);
}

/**
 * `Signal`: Gold, Silver, or blank / None for no signal.
 *
 * @example parseSignal('gold signal') // { kind: 'value', value: 'Gold' }
 */
export function parseSignal(v: unknown): Parsed<'Gold' | 'Silver' | ''> {
  if (typeof v === 'string' && /^\s*(none|no)\s*$/i.test(v)) return parsed('');
  const early = blankOrNa(v);
  if (early) return early.kind === 'blank' ? parsed('') : early;
  if (typeof v !== 'string' || v.length > 40) return invalid(SIGNAL_EXPECTED);
  const found = ownEntry(SIGNALS, normalizeLabel(v));
  return found === undefined ? invalid(SIGNAL_EXPECTED) : parsed(found);
}

/** One row of `Outcomes`, read. Unknown and unreadable values are null. */
export interface OutcomeRecord {
  /** The 1-based sheet row. */
  row: number;
  cycle: number | null;
  /** As typed (a name or a code); '' when blank. */
  applicant: string;
  applicantType: ApplicantType | null;
  stepTwoScore: number | null;
  failedAttempts: number | null;
  program: string;
  id: string;
  /** `ID`, or name and state when the ID is blank (as Programs keys programs); '' when neither. */
  programKey: string;
  typicalStepTwo: number | null;
  minStepTwo: number | null;
  /** A fraction from 0 to 1. */
  imgShare: number | null;
  programType: ProgramType | null;
  state: string | null;
  /** '' for no signal (a blank cell), null when unreadable or the column is absent. */
  signal: 'Gold' | 'Silver' | '' | null;
  rotated: boolean | null;
  ties: boolean | null;
  result: OutcomeResult | null;
  /** true for Invited, Interviewed, Ranked, Matched; false for Not invited; null otherwise. */
  invited: boolean | null;
  source: string;
  /** True when the row can be used to fit and test the chance model. */
  usable: boolean;
}

export interface OutcomesRead {
  records: OutcomeRecord[];
  /** Usable rows, and the distinct applicants and cycles among them (cycles ascending). */
  usableRows: number;
  applicants: number;
  cycles: number[];
  issues: Issue[];
  /** The fields whose column is present (the fit uses only parameters these support). */
  columns: OutcomeField[];
  /** What is missing (each said once), e.g. no usable rows; `describeMissing` words it. */
  missing: MissingInput[];
}

/** What `no-rows` says is missing: "The Outcomes sheet has no usable rows (…) yet." */
const NO_USABLE_ROWS =
  'usable rows (each needs a cycle year, an applicant, a program and a result of Invited or Not invited)';

const LABEL = Object.fromEntries(OUTCOME_FIELDS.map((f) => [f.key, f.header])) as Record<
  OutcomeField,
  string
>;

/**
 * Reads the `Outcomes` sheet.
 *
 * @param values - `getDataRange().getValues()` of the sheet
 * @param _formats - the number formats (unused: no Outcomes field depends on them)
 * @param context - the cycle year in force (a later `Cycle` is an issue) and the fit's minimum rows and
 *   applicants (above it, a sheet with too few rows of one result is an issue)
 * @returns every non-blank row with its sheet row, issues by cell, the columns present, what is missing
 * @example
 * readOutcomes([['Cycle', 'Applicant', 'Program', 'Result'], [2025, 'A01', 'Lakeview', 'Invited']]).usableRows // 1
 */
export function readOutcomes(
  values: unknown[][],
  _formats?: unknown[][],
  context: ReadContext = {},
): OutcomesRead {
  const issues: Issue[] = [];
  const { rows, empty } = tableRows(values, SHEET, 'Result', 'application');
  const none = (missing: MissingInput[], columns: OutcomeField[] = []): OutcomesRead => ({
    records: [],
    usableRows: 0,
    applicants: 0,
    cycles: [],
    issues: inSheetOrder(issues),
    columns,
    missing,
  });
  if (empty) return none([empty]);
  const { positions, duplicates } = matchFields(rows[0] ?? [], OUTCOME_FIELDS);
  for (const repeat of duplicates) {
    issues.push(
      issueAt(
        SHEET,
        1,
        repeat.index + 1,
        `"${repeat.field.header}" appears again in this column; the first "${repeat.field.header}" column is used and this one is ignored.`,
      ),
    );
  }
  const columns = OUTCOME_FIELDS.map((f) => f.key).filter((key) => positions.has(key));
  const absent = ['cycle', 'applicant', 'result'].filter((key) => !positions.has(key as OutcomeField));
  if (!positions.has('program') && !positions.has('id')) absent.push('program');
  if (absent.length > 0) {
    return none(
      absent.map((key) => ({ kind: 'missing-column', sheet: SHEET, column: LABEL[key as OutcomeField] })),
      columns,
    );
  }
  const records: OutcomeRecord[] = [];
  const firstRowOfPair = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const record = readRow(row, index + 1, positions, issues, context);
    if (record.usable) {
      const pair = `${record.cycle}|${sameKey(record.applicant)}|${sameKey(record.programKey)}`;
      const first = firstRowOfPair.get(pair);
      if (first !== undefined) {
        record.usable = false;
        issues.push(
          issueAt(
            SHEET,
            record.row,
            positions.get('applicant')! + 1,
            `Row ${record.row} repeats the ${record.cycle} application of "${showCell(record.applicant)}" to "${showCell(record.program || record.id)}" in row ${first}; row ${first} is used and row ${record.row} is left out.`,
          ),
        );
      } else firstRowOfPair.set(pair, record.row);
    }
    records.push(record);
  });
  const usable = records.filter((r) => r.usable);
  const missing: MissingInput[] =
    usable.length === 0 ? [{ kind: 'no-rows', sheet: SHEET, what: NO_USABLE_ROWS }] : [];
  const applicants = new Set(usable.map((r) => sameKey(r.applicant))).size;
  const minimum = context.fitMinimum;
  const balance = resultBalance(usable.map((r) => ({ applicant: r.applicant, invited: r.invited! })));
  if (minimum && balance.short !== null) {
    // Said when it is what stops the fit, or when one result is missing altogether from a sheet of some size.
    const enough = usable.length >= minimum.rows && applicants >= minimum.applicants;
    const [rare, other] =
      balance.short === 'invited'
        ? [balance.invited, balance.notInvited]
        : [balance.notInvited, balance.invited];
    if (enough || (rare.rows === 0 && other.rows >= MIN_ROWS_PER_RESULT)) {
      issues.push(issueAt(SHEET, 1, positions.get('result')! + 1, oneSidedText(balance)));
    }
  }
  return {
    records,
    usableRows: usable.length,
    applicants,
    cycles: [...new Set(usable.map((r) => r.cycle as number))].sort((a, b) => a - b),
    issues: inSheetOrder(issues),
    columns,
    missing,
  };
}

function readRow(
  row: unknown[],
  rowNumber: number,
  positions: Map<OutcomeField, number>,
  issues: Issue[],
  context: ReadContext,
): OutcomeRecord {
  const ref = (key: OutcomeField): CellRef =>
    cellRef(SHEET, rowNumber, (positions.get(key) ?? 0) + 1, LABEL[key]);
  const issue = (key: OutcomeField, message: string) =>
    issues.push(issueAt(SHEET, rowNumber, ref(key).column, message));
  const raw = (key: OutcomeField): unknown => {
    const column = positions.get(key);
    return column === undefined ? undefined : row[column];
  };
  const read = <T>(key: OutcomeField, parse: (v: unknown) => Parsed<T>, noun: string): T | null =>
    positions.has(key) ? readCell(raw(key), parse, noun, ref(key), issues) : null;
  const notUsable = 'The row is left out of the fit.';
  const cycleRead = readCell(raw('cycle'), parseYear, 'a cycle year', ref('cycle'), issues, {
    value: null,
    wording: notUsable,
  });
  if (cycleRead === null && parseYear(raw('cycle')).kind !== 'invalid') {
    issue('cycle', `Row ${rowNumber} has no cycle year (the "Cycle" cell is blank or N/A). ${notUsable}`);
  }
  // A season after the one in force has not started: its row would become the held-out season of the fit.
  const future = cycleRead !== null && context.cycleYear !== undefined && cycleRead > context.cycleYear;
  if (future) {
    issue(
      'cycle',
      `Cycle ${cycleRead} is after the cycle year in force (${context.cycleYear}), so no result can be known yet; correct the year (Settings "Cycle year" sets the season in force). ${notUsable}`,
    );
  }
  const cycle = future ? null : cycleRead;
  const applicant = cellText(raw('applicant'));
  if (applicant === '') {
    issue(
      'applicant',
      `Row ${rowNumber} has no applicant (the "Applicant" column is blank; a code such as A01 is enough). ${notUsable}`,
    );
  }
  const program = cellText(raw('program'));
  const id = cellText(raw('id'));
  const state = read('state', parseState, 'a US state');
  if (program === '' && id === '') {
    const column = positions.has('program') ? 'program' : 'id';
    issue(column, `Row ${rowNumber} names no program (both "Program" and "ID" are blank). ${notUsable}`);
  }
  const result = readResult(raw('result'), ref('result'), rowNumber, issues);
  const invited = result === null || result === 'Withdrawn' ? null : result !== 'Not invited';
  const record: OutcomeRecord = {
    row: rowNumber,
    cycle,
    applicant,
    applicantType: read('applicantType', parseApplicantType, 'an applicant type'),
    stepTwoScore: read('stepTwoScore', parseScore, 'a score'),
    failedAttempts: read('failedAttempts', parseCount, 'a number of failed attempts'),
    program,
    id,
    programKey: id !== '' ? id : program === '' ? '' : `${program}|${state ?? ''}`,
    typicalStepTwo: read('typicalStepTwo', parseTypicalScore, 'a score'),
    minStepTwo: read('minStepTwo', parseScore, 'a score'),
    imgShare: read('imgShare', parsePercent, 'a percentage'),
    programType: read('programType', parseProgramType, 'a program type'),
    state,
    signal: read('signal', parseSignal, 'a signal'),
    rotated: read('rotated', parseYesNo, 'yes or no'),
    ties: read('ties', parseYesNo, 'yes or no'),
    result,
    invited,
    source: cellText(raw('source')),
    usable: false,
  };
  record.usable = cycle !== null && applicant !== '' && (program !== '' || id !== '') && invited !== null;
  return record;
}

function readResult(v: unknown, ref: CellRef, rowNumber: number, issues: Issue[]): OutcomeResult | null {
  const result = parseResult(v);
  const leftOut = 'The row is left out of the fit.';
  if (result.kind === 'value' && result.value !== 'Applied') return result.value;
  const message =
    result.kind === 'value'
      ? `Row ${rowNumber} is still "Applied": it has no result yet. Change it to Invited or Not invited when the program has answered. ${leftOut}`
      : result.kind === 'invalid'
        ? `Result "${showCell(v)}" is not a result; expected ${RESULT_EXPECTED}. ${leftOut}`
        : `Row ${rowNumber} has no result (the "Result" column is blank); expected ${RESULT_EXPECTED}. ${leftOut}`;
  issues.push(issueAt(ref.sheet, ref.row, ref.column, message));
  return null;
}
