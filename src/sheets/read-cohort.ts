/**
 * Reads the `Cohort` sheet: the Profile fields as columns (headers in row 1, any order, same aliases), one
 * applicant a row. `Name` identifies the applicant: a row without one, or repeating an earlier row's name,
 * is left out with an issue.
 */
import type { Applicant, Issue } from '../core/types.ts';
import { cellName, columnLetters, issueAt } from './a1.ts';
import { APPLICANT_FIELDS, type ApplicantField, matchFields } from './headers.ts';
import type { MissingInput } from './missing.ts';
import { formulaError, showCell } from './parse-values.ts';
import {
  cellRef,
  cellText,
  formulaErrorIssue,
  headersDownColumn,
  inSheetOrder,
  isBlankRow,
  oneBased,
  type ReadContext,
  repeatedColumnIssue,
  sameKey,
  settleRepeats,
  tableRows,
} from './read-fields.ts';
import {
  APPLICANT_COLUMNS,
  type ApplicantColumn,
  buildApplicant,
  type FieldCell,
  nearApplicantField,
} from './read-profile.ts';
import { SHEETS } from './sheet-names.ts';

/** `Cohort` headers in SPEC order (row 1 of a new `Cohort` sheet). */
export const COHORT_HEADERS: readonly string[] = APPLICANT_FIELDS.map((field) => field.header);

/**
 * Row-1 issues for headers RadList does not know but that look like a field the sheet lacks (`S2CK` → Step
 * 2 CK), each naming its cell and the header to use; and, when no `Step 2 CK` column is found nor any header
 * like it, one issue saying every score is unknown — never a blank score on every row without a word.
 */
function unknownHeaderIssues(
  rows: readonly unknown[][],
  positions: ReadonlyMap<ApplicantColumn, number>,
  duplicates: readonly { index: number }[],
): Issue[] {
  const header = rows[0] ?? [];
  const known = new Set([...positions.values(), ...duplicates.map((repeat) => repeat.index)]);
  const issues: Issue[] = [];
  let scoreNamed = false;
  header.forEach((label, index) => {
    if (known.has(index)) return;
    if (!rows.slice(1).some((row) => cellText(row[index]) !== '')) return;
    const near = nearApplicantField(label, positions);
    if (near === null) return;
    if (near.key === 'stepTwoScore') scoreNamed = true;
    const cell = cellName(1, index + 1);
    issues.push(
      issueAt(
        SHEETS.cohort,
        1,
        index + 1,
        `Column ${columnLetters(index + 1)} "${showCell(label)}" is not a header RadList knows, so its values are not read. If it holds ${near.header}, rename ${cell} to "${near.header}".`,
      ),
    );
  });
  if (!positions.has('stepTwoScore') && !scoreNamed) {
    const column =
      header.reduce((last: number, cell, index) => (cellText(cell) === '' ? last : index), -1) + 2;
    issues.push(
      issueAt(
        SHEETS.cohort,
        1,
        column,
        `The Cohort sheet has no "Step 2 CK" column, so every applicant's score, tier and recommended count are unknown. Add a column headed "Step 2 CK" (in ${cellName(1, column)}, say) with each applicant's score.`,
      ),
    );
  }
  return issues;
}

/**
 * Reads the `Cohort` sheet.
 *
 * @param values - `getDataRange().getValues()` of the Cohort sheet
 * @param formats - `getNumberFormats()` of the same range, when read
 * @param context - the cycle year, when known (a graduation year it makes impossible is an issue)
 * @returns each applicant with its 1-based sheet row, issues naming each bad cell, and what is missing
 * @example
 * readCohort([['Name', 'Step 2 CK'], ['Ana', 228]]).applicants[0]?.row // 2
 */
export function readCohort(
  values: unknown[][],
  formats?: unknown[][],
  context: ReadContext = {},
): {
  applicants: { applicant: Applicant; row: number }[];
  issues: Issue[];
  missing: MissingInput[];
  /** Each field's column (1-based) as matched in row 1, once for every reader of this sheet. */
  columns: ReadonlyMap<ApplicantField, number>;
} {
  const issues: Issue[] = [];
  const { rows, empty } = tableRows(values, SHEETS.cohort, 'Name', 'applicant');
  if (empty) return { applicants: [], issues, missing: [empty], columns: new Map() };
  const { positions, duplicates } = matchFields(rows[0] ?? [], APPLICANT_COLUMNS);
  for (const repeat of settleRepeats(positions, duplicates, rows)) {
    issues.push(repeatedColumnIssue(SHEETS.cohort, repeat));
  }
  const columns = oneBased(
    new Map([...positions].filter((entry): entry is [ApplicantField, number] => entry[0] !== 'usceMonths')),
  );
  const nameIndex = positions.get('name');
  const sideways =
    nameIndex === undefined ? null : headersDownColumn(rows, nameIndex, APPLICANT_COLUMNS, positions.size);
  if (sideways !== null) {
    const entry: MissingInput = {
      kind: 'sideways',
      sheet: SHEETS.cohort,
      labels: sideways,
      along: 'column A',
      what: 'applicant',
    };
    return { applicants: [], issues: [], missing: [entry], columns: new Map() };
  }
  if (nameIndex === undefined) {
    return {
      applicants: [],
      issues,
      columns,
      missing: [{ kind: 'missing-column', sheet: SHEETS.cohort, column: 'Name' }],
    };
  }
  issues.push(...unknownHeaderIssues(rows, positions, duplicates));
  const applicants: { applicant: Applicant; row: number }[] = [];
  const firstRowOfName = new Map<string, number>();
  rows.forEach((row, index) => {
    const rowNumber = index + 1;
    if (index === 0 || isBlankRow(row)) return;
    if (formulaError(row[nameIndex]) !== null) {
      const where = cellRef(SHEETS.cohort, rowNumber, nameIndex + 1, 'Name');
      issues.push(formulaErrorIssue(where, row[nameIndex], 'The row is left out.', 'type the name'));
      return;
    }
    const name = cellText(row[nameIndex]);
    if (name === '') {
      issues.push(
        issueAt(
          SHEETS.cohort,
          rowNumber,
          nameIndex + 1,
          `Row ${rowNumber} has no applicant name (the "Name" column is blank), so the row is left out.`,
        ),
      );
      return;
    }
    const firstRow = firstRowOfName.get(sameKey(name));
    if (firstRow !== undefined) {
      issues.push(
        issueAt(
          SHEETS.cohort,
          rowNumber,
          nameIndex + 1,
          `Row ${rowNumber} repeats the name "${showCell(name)}" of row ${firstRow}; row ${rowNumber} is left out and row ${firstRow} is used.`,
        ),
      );
      return;
    }
    firstRowOfName.set(sameKey(name), rowNumber);
    const field = (key: ApplicantColumn): FieldCell | undefined => {
      const column = positions.get(key);
      if (column === undefined) return undefined;
      const label = APPLICANT_COLUMNS.find((f) => f.key === key)!.header;
      const format = Array.isArray(formats) ? formats[index]?.[column] : undefined;
      const ref = cellRef(SHEETS.cohort, rowNumber, column + 1, label);
      return { raw: row[column], ref: typeof format === 'string' ? { ...ref, format } : ref };
    };
    applicants.push({ applicant: buildApplicant(name, field, issues, context), row: rowNumber });
  });
  const missing: MissingInput[] =
    applicants.length === 0 ? [{ kind: 'no-rows', sheet: SHEETS.cohort, what: 'applicants' }] : [];
  return { applicants, issues: inSheetOrder(issues), missing, columns };
}
