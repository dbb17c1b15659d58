/**
 * Reads the `Profile` sheet (one applicant, labels in column A, values in column B) and builds an `Applicant`
 * from field cells — the builder the `Cohort` reader shares. Unreadable values become issues and fall back to
 * unknown or to the SPEC default (US IMG). Attempts are 1 only when blank: unreadable attempts are unknown
 * (null), never the default, since 1 would mean "no failure"; likewise `Needs visa` is No only when blank, and
 * a numeric Step 1 below the passing score is read as Fail, with an issue.
 */
import type { Applicant, Division, Issue, ProgramType, Region } from '../core/types.ts';
import { cellName, issueAt } from './a1.ts';
import {
  APPLICANT_EXTRA_FIELDS,
  APPLICANT_FIELDS,
  type ApplicantExtraField,
  type ApplicantField,
  type FieldDef,
  matchFields,
} from './headers.ts';
import type { MissingInput } from './missing.ts';
import { type LabelChoice, nearestLabel } from './near-label.ts';
import {
  COUNT_LIMITS,
  countUpTo,
  formulaError,
  type Parsed,
  parseApplicantType,
  parseDivision,
  parseMonthsAsWeeks,
  parseProgramType,
  parseRegionOrState,
  parseScore,
  parseStepOne,
  parseWeeks,
  parseYear,
  parseYesNo,
  showCell,
  splitList,
  USMLE_ATTEMPT_LIMIT,
} from './parse-values.ts';
import {
  badValueIssue,
  type CellRef,
  cellRef,
  cellText,
  formulaErrorIssue,
  impossibleValueIssue,
  inSheetOrder,
  isBlankRow,
  labelsAlongRow,
  type ReadContext,
  readCell,
  refCell,
} from './read-fields.ts';
import { SHEETS } from './sheet-names.ts';

/** Profile labels in SPEC order (column A of a new `Profile` sheet). */
export const PROFILE_FIELDS: readonly string[] = APPLICANT_FIELDS.map((field) => field.header);

/** Where a Profile field's label is, and the label exactly as typed (`USMLE Step 2 CK`), for formulas that find it. */
export interface FieldLabel {
  row: number;
  text: string;
}
/** Every label the applicant readers know: the fields, then `USCE months`. */
export type ApplicantColumn = ApplicantField | ApplicantExtraField;

/** The `Profile`/`Cohort` label table and the extra labels together, for matching. */
export const APPLICANT_COLUMNS: readonly FieldDef<ApplicantColumn>[] = [
  ...APPLICANT_FIELDS,
  ...APPLICANT_EXTRA_FIELDS,
];

/** Every accepted spelling of the applicant labels, with its field, for `nearestLabel`. */
let spellings: LabelChoice<FieldDef<ApplicantColumn>>[] | null = null;

/**
 * The applicant field an unknown Profile label or Cohort header most likely means (`S2 CK (3 digit)` →
 * Step 2 CK), when the sheet does not have that field yet; null when none is near, two are as near, or the
 * nearest is there already (see `near-label.ts`).
 *
 * @param label - the label or header as typed
 * @param found - the fields the sheet already has
 * @example
 * nearApplicantField('Step 2 CK (3-digit)', new Map())?.header // 'Step 2 CK'
 */
export function nearApplicantField(
  label: unknown,
  found: ReadonlyMap<ApplicantColumn, number>,
): FieldDef<ApplicantColumn> | null {
  spellings ??= APPLICANT_COLUMNS.flatMap((field) =>
    [field.header, ...field.aliases].map((spelling) => ({ spelling, value: field })),
  );
  // Nearest among all fields, then kept only when the sheet lacks it: `Visa type` is as near Needs visa as
  // Applicant type, so it names neither, whichever of them the sheet has.
  const near = nearestLabel(label, spellings);
  if (near === null || found.has(near.key)) return null;
  // USCE months is the other way to give USCE weeks: a label near it is no news when weeks are there.
  if (near.key === 'usceMonths' && found.has('usceWeeks')) return null;
  return near;
}

/** A field's raw value and where it is. */
export interface FieldCell {
  raw: unknown;
  ref: CellRef;
}

const ATTEMPTS_EXPECTED = `a whole number from 1 to ${COUNT_LIMITS.attempts}`;

/** What an unreadable attempt count becomes, in the issue's words. */
const ATTEMPTS_UNKNOWN =
  'Treated as unknown, not as 1: the plan flags it, checks no attempt limit against it and gives the careful advice.';

/** Attempts are whole numbers from 1 (one attempt: no failure) to `COUNT_LIMITS.attempts`. */
function parseAttempts(v: unknown): Parsed<number> {
  const count = countUpTo(COUNT_LIMITS.attempts)(v);
  if (count.kind === 'value' && count.value < 1) return { kind: 'invalid', expected: ATTEMPTS_EXPECTED };
  return count.kind === 'invalid' ? { kind: 'invalid', expected: ATTEMPTS_EXPECTED } : count;
}

const NEEDS_VISA_EXPECTED = 'Yes or No, or the visa you need (J-1, H-1B)';

/** What an unreadable `Needs visa` becomes, in the issue's words. */
const NEEDS_VISA_UNKNOWN =
  'Treated as unknown, not as No: programs that sponsor no visas say "visa need unknown" and are at most a Reach.';

/** A visa named in words: J-1, J1, H-1B, H1B, "visa". */
const VISA_WORD = /(?:^|[^a-z0-9])(?:j\s*-?\s*1|h\s*-?\s*1\s*-?\s*b|visas?)(?:$|[^a-z0-9])/i;

/** Words that turn a sentence about a visa around (`no visa needed`, `not J-1`). */
const NEGATION = /(?:^|[^a-z])(?:no|not|none|never|dont|don't|doesnt|doesn't|without|n\/a)(?:$|[^a-z])/i;

/**
 * `Needs visa`: Yes/No as everywhere, and a visa named without "Yes" (`J-1`, `H1B`, `Yes - J1`, `visa`) is Yes —
 * the applicant is saying which visa they need. A visa word next to a "no" (`No visa needed`) is not read: it
 * is unknown, with an issue, never No.
 *
 * @example
 * parseNeedsVisa('J-1') // { kind: 'value', value: true }
 */
export function parseNeedsVisa(v: unknown): Parsed<boolean> {
  const yesNo = parseYesNo(v);
  if (yesNo.kind !== 'invalid') return yesNo;
  if (typeof v === 'string' && v.length <= 100 && VISA_WORD.test(v) && !NEGATION.test(v)) {
    return { kind: 'value', value: true };
  }
  return { kind: 'invalid', expected: NEEDS_VISA_EXPECTED };
}

/**
 * The applicant's visa need: blank or absent is No (SPEC default); a visa named is Yes; `N/A`, `?` or an
 * unreadable value is unknown (null), never No — unknown is never good news.
 */
function readNeedsVisa(cell: FieldCell | undefined, issues: Issue[]): boolean | null {
  if (!cell) return false;
  const result = parseNeedsVisa(cell.raw);
  if (result.kind === 'blank') return false;
  if (result.kind === 'na') return null;
  if (result.kind === 'invalid') {
    issues.push(badValueIssue(cell.ref, cell.raw, 'Yes or No', result.expected, NEEDS_VISA_UNKNOWN));
    return null;
  }
  return result.value;
}

function listItems<T>(
  cell: FieldCell | undefined,
  parse: (v: unknown) => Parsed<T>,
  noun: string,
  issues: Issue[],
): T[] {
  if (!cell) return [];
  const items: T[] = [];
  for (const item of splitList(cell.raw)) {
    const value = readCell(item, parse, noun, cell.ref, issues, { value: null, wording: 'It is left out.' });
    if (value !== null) items.push(value);
  }
  return items;
}

function unique<T>(items: T[]): T[] {
  return items.filter((item, index) => items.indexOf(item) === index);
}

/**
 * The applicant from its field cells; `name` must already be known to be non-blank.
 *
 * @param name - the applicant's name
 * @param field - the cell of a field, or undefined when the sheet lacks it
 * @param issues - where unreadable values are reported
 * @param context - the cycle year, when known: a graduation year it makes impossible is an issue (unknown)
 * @returns the applicant, with defaults for blank or unreadable fields
 * @example
 * buildApplicant('Dr. Test', (key) => cells[key], issues).stepOneAttempts // 1 when blank
 */
export function buildApplicant(
  name: string,
  field: (key: ApplicantColumn) => FieldCell | undefined,
  issues: Issue[],
  context: ReadContext = {},
): Applicant {
  const read = <T, F>(
    key: ApplicantColumn,
    parse: (v: unknown, format?: string) => Parsed<T>,
    noun: string,
    fallback: { value: F; wording: string },
  ): T | F => {
    const cell = field(key);
    return cell ? readCell(cell.raw, parse, noun, cell.ref, issues, fallback) : fallback.value;
  };
  const unknown = { value: null, wording: 'Treated as unknown.' };
  const letters = countUpTo(COUNT_LIMITS.letters);
  const research = countUpTo(COUNT_LIMITS.research);
  /** Attempts: blank is the default 1; N/A is unknown; unreadable is unknown with an issue; over USMLE's limit is warned. */
  const attempts = (key: 'stepOneAttempts' | 'stepTwoAttempts'): number | null => {
    const cell = field(key);
    if (!cell) return 1;
    const result = parseAttempts(cell.raw);
    if (result.kind === 'blank') return 1;
    if (result.kind === 'na') return null;
    if (result.kind === 'invalid') {
      issues.push(
        badValueIssue(cell.ref, cell.raw, 'a number of attempts', result.expected, ATTEMPTS_UNKNOWN),
      );
      return null;
    }
    if (result.value > USMLE_ATTEMPT_LIMIT) {
      const { sheet, row, column, label } = cell.ref;
      issues.push(
        issueAt(
          sheet,
          row,
          column,
          `${label} "${showCell(cell.raw)}" is more than USMLE allows (${USMLE_ATTEMPT_LIMIT} attempts per Step until July 2021, 4 since); it is used as typed, so check the cell.`,
        ),
      );
    }
    return result.value;
  };
  const list = (key: ApplicantField) => {
    const cell = field(key);
    return cell ? splitList(cell.raw).map(cellText) : [];
  };
  const scalars = {
    name,
    applicantType: read('applicantType', parseApplicantType, 'an applicant type', {
      value: 'US IMG' as const,
      wording: 'Treated as US IMG (the default).',
    }),
    stepOne: belowPassing(
      read('stepOne', parseStepOne, 'a Step 1 result', unknown),
      field('stepOne'),
      issues,
    ),
    stepOneAttempts: attempts('stepOneAttempts'),
    stepTwoScore: read('stepTwoScore', parseScore, 'a score', unknown),
    stepTwoAttempts: attempts('stepTwoAttempts'),
    stepThreeScore: read('stepThreeScore', parseScore, 'a score', unknown),
    graduationYear: checkGraduationYear(
      read('graduationYear', parseYear, 'a year', unknown),
      field('graduationYear'),
      context,
      issues,
    ),
    needsVisa: readNeedsVisa(field('needsVisa'), issues),
    usceWeeks: readUsce(field, read, issues),
    radiologyLetters: read('radiologyLetters', letters, 'a number of letters', unknown),
    otherLetters: read('otherLetters', letters, 'a number of letters', unknown),
    posters: read('posters', research, 'a count', unknown),
    publications: read('publications', research, 'a count', unknown),
  };
  if (scalars.applicantType === 'Non-US IMG') blankVisaRemark(field, issues);
  const places = listItems(field('preferredRegions'), parseRegionOrState, 'a region or state', issues);
  return {
    ...scalars,
    preferredRegions: unique(places.flatMap((p): Region[] => (p.kind === 'region' ? [p.region] : []))),
    preferredStates: unique(places.flatMap((p) => (p.kind === 'state' ? [p.state] : []))),
    preferredTypes: unique(
      listItems<ProgramType>(field('preferredTypes'), parseProgramType, 'a program type', issues),
    ),
    rotations: list('rotations'),
    ties: list('ties'),
    geographicPreference: readGeographicPreference(field('geographicPreference'), issues),
  };
}

/**
 * `USCE weeks`, or `USCE months` (× 4.3) when weeks are blank or absent. An unreadable weeks cell is unknown,
 * never filled from months. When both give a number, the larger is used, with one issue naming both cells.
 */
function readUsce(
  field: (key: ApplicantColumn) => FieldCell | undefined,
  read: (
    key: ApplicantColumn,
    parse: (v: unknown, format?: string) => Parsed<number>,
    noun: string,
    fallback: { value: null; wording: string },
  ) => number | null,
  issues: Issue[],
): number | null {
  const unknown = { value: null, wording: 'Treated as unknown.' };
  const weeksCell = field('usceWeeks');
  const monthsCell = field('usceMonths');
  const weeks = read('usceWeeks', parseWeeks, 'a number of weeks', unknown);
  const weeksBlank = cellText(weeksCell?.raw) === '';
  if (!weeksBlank && weeks === null) return null;
  const months =
    monthsCell !== undefined && cellText(monthsCell.raw) !== ''
      ? read('usceMonths', parseMonthsAsWeeks, 'a number of months', unknown)
      : null;
  if (weeks === null) return months;
  if (months === null || weeksCell === undefined || monthsCell === undefined) return weeks;
  const used = Math.max(weeks, months);
  const { sheet, row, column } = weeksCell.ref;
  const plural = (n: number) => `${n} week${n === 1 ? '' : 's'}`;
  issues.push(
    issueAt(
      sheet,
      row,
      column,
      `USCE weeks (${refCell(weeksCell.ref)}: ${plural(weeks)}) and USCE months (${refCell(monthsCell.ref)}: "${showCell(monthsCell.raw)}", ${plural(months)}) both give your US clinical experience; the larger, ${plural(used)}, is used. Keep one of them, with your whole experience.`,
    ),
  );
  return used;
}

/**
 * USMLE's minimum passing score for Step 1 when numeric scores were last reported: 194 for exams from
 * 1 January 2018 until 25 January 2022 (192 from 2014; from 26 January 2022 Step 1 is reported Pass/Fail only,
 * with a standard of 196). Sources in docs/rules.md, "A numeric Step 1 below the passing score".
 */
export const STEP_ONE_PASSING_SCORE = 194;

/**
 * A numeric Step 1 below `STEP_ONE_PASSING_SCORE` is read as `Fail` (a failed attempt counts), with an issue
 * asking for Pass or Fail: it may be a failing score, and an unknown is never good news. A score passed
 * under an older, lower standard (192 from 2014 to 2017) is one a person corrects by typing Pass.
 */
function belowPassing(
  stepOne: Applicant['stepOne'],
  cell: FieldCell | undefined,
  issues: Issue[],
): Applicant['stepOne'] {
  if (typeof stepOne !== 'number' || stepOne >= STEP_ONE_PASSING_SCORE || cell === undefined) return stepOne;
  const { sheet, row, column, label } = cell.ref;
  issues.push(
    issueAt(
      sheet,
      row,
      column,
      `${label} "${showCell(cell.raw)}" is below USMLE's minimum passing score (${STEP_ONE_PASSING_SCORE} for exams from 2018 until scores ended in January 2022; 192 from 2014 to 2017), so it is counted as a failed attempt (Step 1 not yet passed). Type Pass in ${refCell(cell.ref)} if you have passed Step 1 (on a later attempt, or under an older standard), or Fail if not.`,
    ),
  );
  return 'Fail';
}

/**
 * A Non-US IMG whose `Needs visa` is blank or absent is read as needing none (the SPEC default), but most
 * Non-US IMGs need a J-1 or H-1B visa: the issue asks them to say so, at the `Needs visa` cell (or, without
 * one, at `Applicant type`).
 */
function blankVisaRemark(field: (key: ApplicantColumn) => FieldCell | undefined, issues: Issue[]): void {
  const visa = field('needsVisa');
  if (visa !== undefined && cellText(visa.raw) !== '') return;
  const most = 'most Non-US IMGs need a visa (J-1 or H-1B) to train in the US';
  const ref = visa?.ref ?? field('applicantType')?.ref;
  if (ref === undefined) return;
  const text =
    visa === undefined
      ? `There is no "Needs visa" field, so you are taken to need no visa; ${most}. Add "Needs visa" with Yes or No.`
      : `Needs visa is blank, so you are taken to need no visa; ${most}. Type Yes or No in ${refCell(ref)}.`;
  issues.push(issueAt(ref.sheet, ref.row, ref.column, text));
}

/**
 * A graduation year the cycle makes impossible becomes unknown, with an issue: after the year residency for
 * the cycle starts (July of `Cycle year` + 1; a final-year student graduates by then), or more than a
 * working life (`COUNT_LIMITS.yogYears`) before the cycle.
 */
function checkGraduationYear(
  year: number | null,
  cell: FieldCell | undefined,
  context: ReadContext,
  issues: Issue[],
): number | null {
  const cycle = context.cycleYear;
  if (year === null || cell === undefined || cycle === undefined) return year;
  const start = cycle + 1;
  const earliest = cycle - COUNT_LIMITS.yogYears;
  if (year > start) {
    const why = `is after ${start}, when residency for the ${cycle} cycle starts; expected the year you graduate (or graduated)`;
    issues.push(impossibleValueIssue(cell.ref, cell.raw, why));
    return null;
  }
  if (year < earliest) {
    const why = `is more than ${COUNT_LIMITS.yogYears} years before the ${cycle} cycle; expected the year you graduated`;
    issues.push(impossibleValueIssue(cell.ref, cell.raw, why));
    return null;
  }
  return year;
}

/** The most Census divisions ERAS lets an applicant name as a geographic preference. */
export const MAX_GEOGRAPHIC_DIVISIONS = 3;

/**
 * The `Geographic preference` cell: null when blank (not chosen yet), `[]` for "None"/"No preference", else
 * up to three divisions. Unreadable items and a fourth division are issues on the cell and are left out.
 */
function readGeographicPreference(cell: FieldCell | undefined, issues: Issue[]): Division[] | null {
  if (!cell || splitList(cell.raw).length === 0) return null;
  const items = unique(listItems(cell, parseDivision, 'a Census division', issues));
  if (items.length === 0) return null;
  const divisions = items.filter((item): item is Division => item !== 'none');
  if (divisions.length > MAX_GEOGRAPHIC_DIVISIONS) {
    issues.push(
      issueAt(
        cell.ref.sheet,
        cell.ref.row,
        cell.ref.column,
        `${cell.ref.label} names ${divisions.length} divisions, but ERAS allows at most ${MAX_GEOGRAPHIC_DIVISIONS}; the first ${MAX_GEOGRAPHIC_DIVISIONS} (${divisions.slice(0, MAX_GEOGRAPHIC_DIVISIONS).join(', ')}) are used.`,
      ),
    );
  }
  if (divisions.length > 0 && items.includes('none')) {
    issues.push(
      issueAt(
        cell.ref.sheet,
        cell.ref.row,
        cell.ref.column,
        `${cell.ref.label} says both "None" and ${divisions.join(', ')}; the divisions are used.`,
      ),
    );
  }
  return divisions.slice(0, MAX_GEOGRAPHIC_DIVISIONS);
}

/** The name a Profile applicant gets when the `Name` cell is blank but other fields are filled in. */
export const DEFAULT_NAME = 'Applicant';

/**
 * The issue for a blank or absent `Name`: which cell the name goes in. Without a `Name` row, an empty row of the
 * sheet is suggested; with none, the row below the last one (the issue's own cell stays inside the sheet).
 */
function missingNameIssue(nameCell: FieldCell | undefined, rows: readonly unknown[]): Issue {
  const given = `so the list is made for "${DEFAULT_NAME}"`;
  if (nameCell) {
    const { row, column } = nameCell.ref;
    return issueAt(
      SHEETS.profile,
      row,
      column,
      `Name is blank, ${given}. Type the applicant's name in ${refCell(nameCell.ref)}.`,
    );
  }
  const empty = rows.findIndex((row) => !Array.isArray(row) || isBlankRow(row.slice(0, 2)));
  const row = empty >= 0 ? empty + 1 : rows.length + 1;
  return issueAt(
    SHEETS.profile,
    empty >= 0 ? row : Math.max(1, rows.length),
    1,
    `There is no "Name" row, ${given}. Type "Name" in ${cellName(row, 1)} and the applicant's name in ${cellName(row, 2)}.`,
  );
}

/**
 * Reads the `Profile` sheet. Labels match like headers (any case, spaces, punctuation, aliases); unknown labels
 * and a header row such as `Field | Value` are ignored, except one that looks like a field the Profile lacks
 * (`nearApplicantField`), which is an issue naming the label to use; a repeated label: the first is used.
 * A blank or absent `Name` gives the applicant the name `Applicant` and an issue naming the cell to type it in;
 * only a Profile with no field filled in at all gives no applicant (and a `profile-blank` entry in `missing`).
 *
 * @param values - `getDataRange().getValues()` of the Profile sheet
 * @param formats - `getNumberFormats()` of the same range, when read
 * @param context - the cycle year, when known (a graduation year it makes impossible is an issue)
 * @returns the applicant (null when nothing is filled in yet), issues, and what is missing (see `describeMissing`)
 * @example
 * readProfile([['Name', 'Dr. Test'], ['Step 2 CK', 231]]).applicant?.stepTwoScore // 231
 */
export function readProfile(
  values: unknown[][],
  formats?: unknown[][],
  context: ReadContext = {},
): {
  applicant: Applicant | null;
  issues: Issue[];
  missing: MissingInput[];
  /** Each field's row (1-based) and its label as typed in column A, matched once for every reader. */
  labels: ReadonlyMap<ApplicantField, FieldLabel>;
} {
  const issues: Issue[] = [];
  const rows = Array.isArray(values) ? values : [];
  const sideways = labelsAlongRow(rows, APPLICANT_COLUMNS);
  if (sideways !== null) {
    return {
      applicant: null,
      issues,
      missing: [{ kind: 'sideways', sheet: SHEETS.profile, labels: sideways, along: 'row 1', what: 'field' }],
      labels: new Map(),
    };
  }
  const { positions, duplicates } = matchFields(
    rows.map((row) => (Array.isArray(row) ? row[0] : undefined)),
    APPLICANT_COLUMNS,
  );
  for (const repeat of duplicates) {
    issues.push(
      issueAt(
        SHEETS.profile,
        repeat.index + 1,
        1,
        `"${repeat.field.header}" appears again in row ${repeat.index + 1}; the value in row ${repeat.firstIndex + 1} is used.`,
      ),
    );
  }
  const known = new Set([...positions.values(), ...duplicates.map((repeat) => repeat.index)]);
  rows.forEach((row, index) => {
    if (!Array.isArray(row) || known.has(index) || cellText(row[1]) === '') return;
    const near = nearApplicantField(row[0], positions);
    if (near === null) return;
    const cell = cellName(index + 1, 1);
    issues.push(
      issueAt(
        SHEETS.profile,
        index + 1,
        1,
        `"${showCell(row[0])}" in ${cell} is not a label RadList knows, so ${cellName(index + 1, 2)} is not read. If it is your ${near.header}, rename ${cell} to "${near.header}".`,
      ),
    );
  });
  const labels = new Map<ApplicantField, FieldLabel>(
    [...positions]
      .filter((entry): entry is [ApplicantField, number] => entry[0] !== 'usceMonths')
      .map(([key, index]) => [key, { row: index + 1, text: String(rows[index]?.[0] ?? '') }]),
  );
  const field = (key: ApplicantColumn): FieldCell | undefined => {
    const index = positions.get(key);
    if (index === undefined) return undefined;
    const label = APPLICANT_COLUMNS.find((f) => f.key === key)!.header;
    const format = Array.isArray(formats) ? formats[index]?.[1] : undefined;
    const ref = cellRef(SHEETS.profile, index + 1, 2, label);
    return { raw: rows[index]?.[1], ref: typeof format === 'string' ? { ...ref, format } : ref };
  };
  const nameCell = field('name');
  let name = nameCell ? cellText(nameCell.raw) : '';
  if (nameCell && formulaError(nameCell.raw) !== null) {
    const given = `The list is made for "${DEFAULT_NAME}".`;
    issues.push(formulaErrorIssue(nameCell.ref, nameCell.raw, given, "type the applicant's name"));
    name = DEFAULT_NAME;
  }
  if (name === '') {
    const filled = APPLICANT_COLUMNS.some((f) => {
      const cell = field(f.key);
      return cell !== undefined && cellText(cell.raw) !== '';
    });
    if (!filled) {
      return {
        applicant: null,
        issues,
        missing: [
          { kind: 'profile-blank', sheet: SHEETS.profile, nameRow: nameCell ? nameCell.ref.row : null },
        ],
        labels,
      };
    }
    name = DEFAULT_NAME;
    issues.push(missingNameIssue(nameCell, rows));
  }
  const applicant = buildApplicant(name, field, issues, context);
  return { applicant, issues: inSheetOrder(issues), missing: [], labels };
}
