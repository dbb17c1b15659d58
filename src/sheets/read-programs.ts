/**
 * Reads the `Programs` sheet (headers in row 1, one program a row) into `Program` records. Columns may come in
 * any order under any listed alias; unknown columns are ignored. A row without a program name or repeating
 * an earlier program's key is left out with an issue; every unreadable value is an issue naming its cell.
 */
import type { Issue, Program } from '../core/types.ts';
import { divisionOfState } from '../core/us-states.ts';
import { columnLetters, issueAt } from './a1.ts';
import { matchFields, PROGRAM_FIELDS, type ProgramField } from './headers.ts';
import type { MissingInput } from './missing.ts';
import {
  type Parsed,
  parseCount,
  parseDate,
  parseMinIs,
  parsePercent,
  parseProgramType,
  parseRegionOrState,
  parseScore,
  parseState,
  parseTrack,
  parseVisa,
  parseYear,
  parseYesNo,
  regionOfState,
  showCell,
} from './parse-values.ts';
import {
  cellRef,
  cellText,
  inSheetOrder,
  isBlankRow,
  oneBased,
  readCell,
  sameKey,
  tableRows,
} from './read-fields.ts';
import { SHEETS } from './sheet-names.ts';

/** `Programs` headers in SPEC order (row 1 of a new `Programs` sheet). */
export const PROGRAM_HEADERS: readonly string[] = PROGRAM_FIELDS.map((field) => field.header);

/**
 * A program's key: its ID, or its name and state (`name|STATE`) when the ID is blank.
 *
 * @param id - the `ID` cell text
 * @param name - the program name
 * @param state - the state code (or text)
 * @returns the key
 * @example
 * programKey('', 'Lakeside DR', 'oh') // 'Lakeside DR|OH'
 */
export function programKey(id: string, name: string, state: string): string {
  const trimmedId = String(id ?? '').trim();
  if (trimmedId !== '') return trimmedId;
  return `${String(name ?? '').trim()}|${String(state ?? '')
    .trim()
    .toUpperCase()}`;
}

const UNKNOWN = { value: null, wording: 'Treated as unknown.' };

/** Reads one program row; null when it has no name (an issue is added unless the row is blank). */
function readProgramRow(
  row: unknown[],
  rowNumber: number,
  positions: Map<ProgramField, number>,
  issues: Issue[],
) {
  const raw = (key: ProgramField) => {
    const index = positions.get(key);
    return index === undefined ? undefined : row[index];
  };
  const ref = (key: ProgramField) => {
    const index = positions.get(key) ?? 0;
    return cellRef(SHEETS.programs, rowNumber, index + 1, PROGRAM_FIELDS.find((f) => f.key === key)!.header);
  };
  const read = <T, F>(
    key: ProgramField,
    parse: (v: unknown) => Parsed<T>,
    noun: string,
    fallback: { value: F; wording: string },
  ) => (positions.has(key) ? readCell(raw(key), parse, noun, ref(key), issues, fallback) : fallback.value);

  const name = cellText(raw('name'));
  if (name === '') {
    const at = ref('name');
    issues.push(
      issueAt(
        SHEETS.programs,
        at.row,
        at.column,
        `Row ${rowNumber} has no program name (the "Program" column is blank), so the row is left out.`,
      ),
    );
    return null;
  }
  const state = read('state', parseState, 'a US state', { value: '', wording: 'Treated as unknown.' });
  const named = read('region', parseRegionOrState, 'a region', {
    value: null,
    wording: 'Taken from the state instead.',
  });
  const region =
    named === null
      ? regionOfState(state)
      : named.kind === 'region'
        ? named.region
        : regionOfState(named.state);
  // The division follows the state; a division named in Region stands in when the state is unknown.
  const division =
    divisionOfState(state) ??
    (named === null ? null : named.kind === 'region' ? named.division : divisionOfState(named.state));
  const program: Program = {
    key: '',
    name,
    id: cellText(raw('id')),
    city: cellText(raw('city')),
    state,
    region,
    division,
    type: read('type', parseProgramType, 'a program type', UNKNOWN),
    track: read('track', parseTrack, 'a track', UNKNOWN),
    firstAccredited: read('firstAccredited', parseYear, 'a year', UNKNOWN),
    positions: read('positions', parseCount, 'a number of positions', UNKNOWN),
    minStepTwo: read('minStepTwo', parseScore, 'a score', UNKNOWN),
    minIsHard:
      read('minIs', parseMinIs, 'Hard or Preferred', {
        value: 'Hard',
        wording: 'Treated as Hard (the default).',
      }) === 'Hard',
    typicalStepTwo: read('typicalStepTwo', parseScore, 'a score', UNKNOWN),
    imgShare: read('imgShare', parsePercent, 'a percentage', UNKNOWN),
    takesImgs: read('takesImgs', parseYesNo, 'Yes or No', UNKNOWN),
    maxFailedAttempts: read('maxFailedAttempts', parseCount, 'a number of attempts', UNKNOWN),
    yogCutoff: read('yogCutoff', parseCount, 'a number of years', UNKNOWN),
    usceRequired: read('usceRequired', parseYesNo, 'Yes or No', UNKNOWN),
    sponsorsVisa: read('sponsorsVisa', parseVisa, 'a visa type', UNKNOWN),
    source: cellText(raw('source')),
    lastVerified: read('lastVerified', parseDate, 'a date', UNKNOWN),
    notes: cellText(raw('notes')),
    row: rowNumber,
  };
  program.key = programKey(program.id, program.name, program.state);
  return program;
}

/**
 * Reads the `Programs` sheet.
 *
 * @param values - `getDataRange().getValues()` of the Programs sheet
 * @returns the programs in sheet order, issues naming each bad cell, and what is missing (see `describeMissing`)
 * @example
 * readPrograms([['Program', 'State'], ['Lakeside DR', 'Ohio']]).programs[0]?.region // 'Midwest'
 */
export function readPrograms(values: unknown[][]): {
  programs: Program[];
  issues: Issue[];
  missing: MissingInput[];
  /** Each field's column (1-based) as matched in row 1, once for every reader of this sheet. */
  columns: ReadonlyMap<ProgramField, number>;
  /** How many columns row 1 has. */
  width: number;
} {
  const issues: Issue[] = [];
  const { rows, empty } = tableRows(values, SHEETS.programs, 'Program', 'program');
  if (empty) return { programs: [], issues, missing: [empty], columns: new Map(), width: 0 };
  const header = rows[0] ?? [];
  const { positions, duplicates } = matchFields(header, PROGRAM_FIELDS);
  for (const repeat of duplicates) {
    issues.push(
      issueAt(
        SHEETS.programs,
        1,
        repeat.index + 1,
        `"${repeat.field.header}" appears again in column ${columnLetters(repeat.index + 1)}; column ${columnLetters(repeat.firstIndex + 1)} is used and this one is ignored.`,
      ),
    );
  }
  const columns = oneBased(positions);
  const width = header.length;
  if (!positions.has('name')) {
    return {
      programs: [],
      issues,
      columns,
      width,
      missing: [{ kind: 'missing-column', sheet: SHEETS.programs, column: 'Program' }],
    };
  }
  const programs: Program[] = [];
  const firstRowOfKey = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const program = readProgramRow(row, index + 1, positions, issues);
    if (!program) return;
    const folded = sameKey(program.key);
    const firstRow = firstRowOfKey.get(folded);
    if (firstRow !== undefined) {
      const by = program.id !== '' ? `ID "${program.id}"` : 'program name and state';
      const column = positions.get(program.id !== '' ? 'id' : 'name') ?? 0;
      issues.push(
        issueAt(
          SHEETS.programs,
          program.row,
          column + 1,
          `Row ${program.row} ("${showCell(program.name)}") has the same ${by} as row ${firstRow}; row ${program.row} is left out and row ${firstRow} is used.`,
        ),
      );
      return;
    }
    firstRowOfKey.set(folded, program.row);
    programs.push(program);
  });
  const missing: MissingInput[] =
    programs.length === 0 ? [{ kind: 'no-rows', sheet: SHEETS.programs, what: 'programs' }] : [];
  return { programs, issues: inSheetOrder(issues), missing, columns, width };
}
