/**
 * Reads the `Programs` sheet (headers in row 1, one program a row) into `Program` records. Columns may come in
 * any order under any listed alias; unknown columns are ignored. Lists as people really keep them are read
 * too (see `program-layout.ts`): NRMP codes, an `Institution` column instead of `Program`, a `Specialty`
 * column, `City, State`, FREIDA's J-1/H-1B columns, year-stamped and raw/cleaned twin columns. A row without
 * a program name or repeating an earlier program's key, and a row that is not a program (a units row, the
 * header repeated, the second row of a two-row header: see `header-rows.ts`), is left out with an issue; every unreadable value is
 * an issue naming its cell; rows set aside as a group (other specialties, preliminary positions) get one
 * issue for the group.
 */
import type { Issue, Program } from '../core/types.ts';
import { divisionOfState } from '../core/us-states.ts';
import { columnLetters, issueAt } from './a1.ts';
import { headerRow, headerRowIssue } from './header-rows.ts';
import {
  type FieldDef,
  findField,
  matchFields,
  PROGRAM_EXTRA_FIELDS,
  PROGRAM_FIELDS,
  type ProgramExtraField,
  type ProgramField,
} from './headers.ts';
import type { MissingInput } from './missing.ts';
import { type LabelChoice, nearestLabel } from './near-label.ts';
import {
  COUNT_LIMITS,
  countUpTo,
  formulaError,
  limitUpTo,
  type Parsed,
  parseDate,
  parseMinIs,
  parseMinimumScore,
  parsePercent,
  parseProgramType,
  parseRegionOrState,
  parseState,
  parseTrack,
  parseTypicalScore,
  parseVisa,
  parseYear,
  parseYesNo,
  regionOfState,
  showCell,
} from './parse-values.ts';
import {
  isDiagnosticRadiology,
  type NrmpPosition,
  nrmpPosition,
  splitCityState,
  trackOfPosition,
  visaFromColumns,
} from './program-layout.ts';
import {
  type CellRef,
  cellRef,
  cellText,
  formulaErrorIssue,
  headersDownColumn,
  impossibleValueIssue,
  inSheetOrder,
  isBlankRow,
  oneBased,
  type ReadContext,
  readCell,
  repeatedColumnIssue,
  sameKey,
  settleRepeats,
  startsAfter,
  tableRows,
} from './read-fields.ts';
import { SHEETS } from './sheet-names.ts';

const SHEET = SHEETS.programs;

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

/** Every column the reader knows: the `Program` fields, then the other columns real lists carry. */
export type ProgramColumn = ProgramField | ProgramExtraField;

/** The `Programs` header table and the extra columns together, for matching a header row. */
export const PROGRAM_COLUMNS: readonly FieldDef<ProgramColumn>[] = [
  ...PROGRAM_FIELDS,
  ...PROGRAM_EXTRA_FIELDS,
];

/** Fields read as a share (`parsePercent`): a number there reads differently in a cell formatted as a percent. */
const PERCENT_FIELDS: ReadonlySet<ProgramColumn> = new Set(['imgShare']);

/**
 * True when reading Programs right needs its number formats: a column read as a percent (`IMG %`, under any
 * header it is known by, repeated columns included) holds a number from 1 to 100, which is that percent in a
 * plain cell (`35` is 35%) but 100% or more in a cell formatted as a percent (`1` shows 100%, `1.5` shows
 * 150%: an issue). A number below 1 is the same fraction either way, and text (`35%`) carries its own sign, so
 * any other sheet reads the same without them and the formats cost no Spreadsheet call
 * (src/addon/read-workbook.ts).
 *
 * @param values - `getDataRange().getValues()` of the Programs sheet
 * @example
 * programsNeedFormats([['Program', 'IMG %'], ['Lakeview', 35]]) // true
 * programsNeedFormats([['Program', 'IMG %'], ['Lakeview', 0.35]]) // false
 */
export function programsNeedFormats(values: unknown[][]): boolean {
  const header = Array.isArray(values) && Array.isArray(values[0]) ? values[0] : [];
  const columns = new Set<number>();
  header.forEach((label, index) => {
    const field = findField(label, PROGRAM_COLUMNS);
    if (field && PERCENT_FIELDS.has(field.key)) columns.add(index);
  });
  const matched = matchFields(header, PROGRAM_COLUMNS);
  for (const [key, index] of matched.positions) if (PERCENT_FIELDS.has(key)) columns.add(index);
  for (const other of [...matched.duplicates, ...matched.superseded])
    if (PERCENT_FIELDS.has(other.field.key)) columns.add(other.index);
  if (columns.size === 0) return false;
  return values.some(
    (row, r) =>
      r > 0 &&
      Array.isArray(row) &&
      [...columns].some((c) => typeof row[c] === 'number' && row[c] >= 1 && row[c] <= 100),
  );
}

/** A `Program` property that a column of the sheet holds (`minIs` is held as `minIsHard`). */
type ColumnBackedField = Exclude<keyof Program, 'key' | 'division' | 'row'>;

function programProperty(field: ProgramField): ColumnBackedField {
  return field === 'minIs' ? 'minIsHard' : field;
}

/** Why a row was set aside. */
export type SetAsideReason =
  | 'no-name'
  | 'repeated-key'
  | 'other-specialty'
  | 'preliminary'
  | 'physician'
  | 'not-a-program';

/** A row the reader left out, and why. */
export interface SetAsideRow {
  row: number;
  reason: SetAsideReason;
}

/** The sheet's layout, as the reader found it. */
interface Layout {
  positions: Map<ProgramColumn, number>;
  formats: unknown[][] | undefined;
  /** The column that names the programs: `Program`, or `Institution` when there is none. */
  nameColumn: number;
  context: ReadContext;
}

/** One program row, or why it is not one. */
type RowResult =
  | { kind: 'program'; program: Program; position: NrmpPosition | null }
  | { kind: 'aside'; reason: SetAsideReason; detail?: string };

/** Reads one program row; an issue is added for a row with other values but no name. */
function readProgramRow(row: unknown[], rowNumber: number, layout: Layout, issues: Issue[]): RowResult {
  const { positions, formats } = layout;
  const raw = (key: ProgramColumn) => {
    const index = positions.get(key);
    return index === undefined ? undefined : row[index];
  };
  const ref = (key: ProgramColumn): CellRef => {
    const index = positions.get(key) ?? 0;
    const format = formats?.[rowNumber - 1]?.[index];
    const at = cellRef(SHEET, rowNumber, index + 1, PROGRAM_COLUMNS.find((f) => f.key === key)!.header);
    return typeof format === 'string' ? { ...at, format } : at;
  };
  const read = <T, F>(
    key: ProgramColumn,
    parse: (v: unknown, format?: string) => Parsed<T>,
    noun: string,
    fallback: { value: F; wording: string },
  ) => (positions.has(key) ? readCell(raw(key), parse, noun, ref(key), issues, fallback) : fallback.value);

  if (positions.has('specialty') && isDiagnosticRadiology(raw('specialty')) === false) {
    return { kind: 'aside', reason: 'other-specialty', detail: cellText(raw('specialty')) };
  }
  const nameHeader = positions.has('name') ? 'Program' : 'Institution';
  if (formulaError(row[layout.nameColumn]) !== null) {
    const where = cellRef(SHEET, rowNumber, layout.nameColumn + 1, nameHeader);
    issues.push(
      formulaErrorIssue(
        where,
        row[layout.nameColumn],
        'Without a name the row is left out.',
        'type the name',
      ),
    );
    return { kind: 'aside', reason: 'no-name' };
  }
  const name = cellText(row[layout.nameColumn]);
  if (name === '') {
    issues.push(
      issueAt(
        SHEET,
        rowNumber,
        layout.nameColumn + 1,
        `Row ${rowNumber} has no program name (the "${nameHeader}" column is blank), so the row is left out.`,
      ),
    );
    return { kind: 'aside', reason: 'no-name' };
  }
  let id = cellText(raw('id'));
  if (formulaError(raw('id')) !== null) {
    issues.push(
      formulaErrorIssue(
        ref('id'),
        raw('id'),
        'The program is keyed by its name and state instead.',
        'type the ID',
      ),
    );
    id = '';
  }
  const position = nrmpPosition(id);
  const track = read('track', parseTrack, 'a track', UNKNOWN);
  if (track === null && (position === 'Preliminary' || position === 'Physician')) {
    return { kind: 'aside', reason: position === 'Preliminary' ? 'preliminary' : 'physician' };
  }
  const place = readPlace(raw, ref, read, issues);
  const program: Program = {
    key: '',
    name,
    id,
    ...place,
    type: read('type', parseProgramType, 'a program type', UNKNOWN),
    track: track ?? (position ? trackOfPosition(position) : null),
    firstAccredited: readFirstAccredited(raw, ref, read, layout.context, issues),
    positions: read('positions', countUpTo(COUNT_LIMITS.positions), 'a number of positions', UNKNOWN),
    minStepTwo: read('minStepTwo', parseMinimumScore, 'a score', UNKNOWN),
    minIsHard:
      read('minIs', parseMinIs, 'Hard or Preferred', {
        value: 'Hard',
        wording: 'Treated as Hard (the default).',
      }) === 'Hard',
    typicalStepTwo: read('typicalStepTwo', parseTypicalScore, 'a score', UNKNOWN),
    imgShare: read('imgShare', parsePercent, 'a percentage', UNKNOWN),
    takesImgs: read('takesImgs', parseYesNo, 'Yes or No', UNKNOWN),
    maxFailedAttempts: read(
      'maxFailedAttempts',
      limitUpTo(COUNT_LIMITS.attemptsAllowed),
      'a number of attempts',
      UNKNOWN,
    ),
    yogCutoff: read(
      'yogCutoff',
      limitUpTo(COUNT_LIMITS.yogYears, { noneIsNoLimit: true }),
      'a number of years',
      UNKNOWN,
    ),
    usceRequired: read('usceRequired', parseYesNo, 'Yes or No', UNKNOWN),
    sponsorsVisa: readVisa(raw, read),
    source: cellText(raw('source')),
    lastVerified: readLastVerified(raw, ref, read, layout.context, issues),
    notes: cellText(raw('notes')),
    row: rowNumber,
  };
  program.key = programKey(program.id, program.name, program.state);
  return { kind: 'program', program, position };
}

type Reader = <T, F>(
  key: ProgramColumn,
  parse: (v: unknown, format?: string) => Parsed<T>,
  noun: string,
  fallback: { value: F; wording: string },
) => T | F;

/** `First accredited`: a year, unknown (with an issue) when after the cycle year — no program is "new" from the future. */
function readFirstAccredited(
  raw: (key: ProgramColumn) => unknown,
  ref: (key: ProgramColumn) => CellRef,
  read: Reader,
  context: ReadContext,
  issues: Issue[],
): number | null {
  const year = read('firstAccredited', parseYear, 'a year', UNKNOWN);
  const cycle = context.cycleYear;
  if (year === null || cycle === undefined || year <= cycle) return year;
  issues.push(
    impossibleValueIssue(
      ref('firstAccredited'),
      raw('firstAccredited'),
      `is after the cycle year (${cycle}): a program recruiting in this cycle was accredited by then`,
    ),
  );
  return null;
}

/** `Last verified`: a date, unknown (with an issue) when it starts after today — it would never go stale. */
function readLastVerified(
  raw: (key: ProgramColumn) => unknown,
  ref: (key: ProgramColumn) => CellRef,
  read: Reader,
  context: ReadContext,
  issues: Issue[],
): string | null {
  const date = read('lastVerified', parseDate, 'a date', UNKNOWN);
  const today = context.today;
  if (date === null || today === undefined || !startsAfter(date, today)) return date;
  issues.push(
    impossibleValueIssue(ref('lastVerified'), raw('lastVerified'), `is in the future (today is ${today})`),
  );
  return null;
}

/** City, state, region and division: from their columns, a `City, State` column filling what is blank. */
function readPlace(
  raw: (key: ProgramColumn) => unknown,
  ref: (key: ProgramColumn) => CellRef,
  read: Reader,
  issues: Issue[],
): Pick<Program, 'city' | 'state' | 'region' | 'division'> {
  let city = cellText(raw('city'));
  let state = read('state', parseState, 'a US state', { value: '', wording: 'Treated as unknown.' });
  if (cellText(raw('location')) !== '' && (city === '' || (state === '' && cellText(raw('state')) === ''))) {
    const split = splitCityState(raw('location'));
    if (city === '') city = split.city;
    if (state === '' && cellText(raw('state')) === '') {
      state = split.state;
      if (split.bad) {
        const where = ref('location');
        issues.push(
          issueAt(
            SHEET,
            where.row,
            where.column,
            `${where.label} "${showCell(raw('location'))}" has no US state after its last comma; expected e.g. "Boston, MA". The state is unknown.`,
          ),
        );
      }
    }
  }
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
  return { city, state, region, division };
}

/** `Sponsors visa`, or FREIDA's J-1 and H-1B columns when that cell is absent or blank. */
function readVisa(raw: (key: ProgramColumn) => unknown, read: Reader): Program['sponsorsVisa'] {
  const stated = read('sponsorsVisa', parseVisa, 'a visa type', UNKNOWN);
  if (stated !== null || cellText(raw('sponsorsVisa')) !== '') return stated;
  const column = (key: 'visaJ1' | 'visaH1b'): Parsed<boolean> => {
    const value = read(key, parseYesNo, 'Yes or No', UNKNOWN);
    return value === null ? { kind: 'blank' } : { kind: 'value', value };
  };
  return visaFromColumns(column('visaJ1'), column('visaH1b'));
}

/** The issues for rows set aside as a group, one per group, on the column that decided it. */
function groupIssues(
  aside: { row: number; reason: SetAsideReason; detail?: string }[],
  layout: Layout,
): Issue[] {
  const issues: Issue[] = [];
  const rows = (list: { row: number }[]) => {
    const shown = list.slice(0, 8).map((entry) => entry.row);
    return `${list.length === 1 ? 'row' : 'rows'} ${shown.join(', ')}${list.length > shown.length ? ` and ${list.length - shown.length} more` : ''}`;
  };
  const other = aside.filter((entry) => entry.reason === 'other-specialty');
  if (other.length > 0) {
    const distinct = [...new Set(other.map((entry) => entry.detail ?? ''))];
    const named = distinct
      .slice(0, 3)
      .map((s) => `"${showCell(s)}"`)
      .join(', ');
    const column = layout.positions.get('specialty') ?? 0;
    const were = other.length === 1 ? 'was' : 'were';
    issues.push(
      issueAt(
        SHEET,
        1,
        column + 1,
        `${other.length} ${other.length === 1 ? 'program is' : 'programs are'} not Diagnostic Radiology (${named}${distinct.length > 3 ? ', …' : ''}) and ${were} set aside (${rows(other)}). RadList lists Diagnostic Radiology programs only.`,
      ),
    );
  }
  const nrmp = aside.filter((entry) => entry.reason === 'preliminary' || entry.reason === 'physician');
  if (nrmp.length > 0) {
    const column = layout.positions.get('id') ?? 0;
    const preliminary = nrmp.some((entry) => entry.reason === 'preliminary');
    const physician = nrmp.some((entry) => entry.reason === 'physician');
    const kinds = [preliminary ? 'a preliminary (P)' : '', physician ? 'a physician-only (R)' : '']
      .filter((kind) => kind !== '')
      .join(' or ');
    const why = [
      preliminary ? 'a preliminary year is not a Diagnostic Radiology program' : '',
      physician
        ? 'R positions are reserved for applicants who have already done residency training (type Advanced in Track to keep one)'
        : '',
    ]
      .filter((reason) => reason !== '')
      .join(', and ');
    issues.push(
      issueAt(
        SHEET,
        nrmp[0]!.row,
        column + 1,
        `${nrmp.length} ${nrmp.length === 1 ? 'row has an NRMP code' : 'rows have NRMP codes'} of ${kinds} position and ${nrmp.length === 1 ? 'was' : 'were'} set aside (${rows(nrmp)}): ${why}.`,
      ),
    );
  }
  return issues;
}

/**
 * The programs without the rows that repeat a program listed with its ID: a row with a blank `ID` whose name
 * and state (ignoring case and extra spaces) are those of a row with an ID is that program again, typed once
 * with its ID and once without. The row with the ID is kept (its key lasts; a later row may fill in the ID);
 * the blank-ID row is left out with an issue naming both rows, so the program is never listed twice nor
 * given two signals.
 */
function withoutIdTwins(
  programs: readonly Program[],
  idColumn: number,
  issues: Issue[],
  aside: { row: number; reason: SetAsideReason }[],
): Program[] {
  const withId = new Map<string, Program>();
  for (const program of programs) {
    const named = sameKey(programKey('', program.name, program.state));
    if (program.id !== '' && !withId.has(named)) withId.set(named, program);
  }
  if (withId.size === 0) return [...programs];
  return programs.filter((program) => {
    if (program.id !== '') return true;
    const twin = withId.get(sameKey(program.key));
    if (twin === undefined) return true;
    issues.push(
      issueAt(
        SHEET,
        program.row,
        idColumn + 1,
        `Row ${program.row} ("${showCell(program.name)}") has no ID but the same program name and state as row ${twin.row} (ID "${showCell(twin.id)}"), so it is the same program listed twice: row ${program.row} is left out and row ${twin.row}, with its ID, is used. If it is a different program, type its own ID in row ${program.row}.`,
      ),
    );
    aside.push({ row: program.row, reason: 'repeated-key' });
    return false;
  });
}

/** The `Program` properties no column of the sheet supplies (a `City, State` column supplies both). */
function absentColumnsOf(positions: Map<ProgramColumn, number>, anyNrmpCode: boolean): ColumnBackedField[] {
  const supplied = (field: ProgramField): boolean => {
    if (positions.has(field)) return true;
    switch (field) {
      case 'name':
        return positions.has('institution');
      case 'city':
      case 'state':
        return positions.has('location');
      case 'region':
        return positions.has('state') || positions.has('location');
      case 'track':
        return anyNrmpCode;
      case 'sponsorsVisa':
        return positions.has('visaJ1') || positions.has('visaH1b');
      default:
        return false;
    }
  };
  return PROGRAM_FIELDS.filter((field) => !supplied(field.key)).map((field) => programProperty(field.key));
}

/**
 * What each column holds, for the issue on an unknown header near it: the person decides whether the column is
 * that one. `Program` (required: its absence is said on its own), `Source` and `Notes` (read as text only)
 * are never suggested.
 */
const HOLDS: Partial<Record<ProgramField, string>> = {
  id: "the program's ACGME or NRMP code",
  city: "the program's city",
  state: "the program's US state",
  region: "the program's US region",
  type: "the program's type (University, Community, …)",
  track: 'the track (Advanced or Categorical)',
  firstAccredited: 'the year the program was first accredited',
  positions: 'the number of positions',
  minStepTwo: 'the minimum Step 2 CK score the program asks for',
  minIs: 'whether the minimum is Hard or Preferred',
  typicalStepTwo: 'the typical (average or median) Step 2 CK score of those it takes',
  imgShare: 'the share of residents who are IMGs, as a percent',
  takesImgs: 'whether the program takes IMGs (Yes or No)',
  maxFailedAttempts: 'the most failed USMLE attempts the program accepts',
  yogCutoff: 'the most years since graduation the program accepts',
  usceRequired: 'whether US clinical experience is required (Yes or No)',
  sponsorsVisa: 'the visas the program sponsors (J-1, H-1B, Both or None)',
  lastVerified: 'the date the row was last checked',
};

/** Every accepted spelling of the `Programs` columns, with its column, for `nearestLabel` (built on first use). */
let programSpellings: LabelChoice<ProgramColumn>[] | null = null;

/** The USMLE Steps a header names (`Step 1`, `Step II`, `S2`): a Step 1 column is never near a Step 2 one. */
function stepsNamed(text: string): string {
  const steps = [...text.toLowerCase().matchAll(/(?:step|s)\s*-?\s*(iii|ii|i|[123])(?![0-9])/g)].map(
    (match) => ({ i: '1', ii: '2', iii: '3' })[match[1]!] ?? match[1]!,
  );
  return [...new Set(steps)].sort().join();
}

/** A header row 1 has that RadList does not know but that is near a column the sheet lacks. */
export interface UnrecognisedHeader {
  /** The property the column would supply. */
  field: ColumnBackedField;
  /** 1-based column. */
  column: number;
  /** The header as typed. */
  header: string;
  /** The name to give it. */
  name: string;
}

/**
 * The unknown headers of row 1 that are near a column the sheet lacks (see `near-label.ts`): `Visa
 * sponsorship needed?` → Sponsors visa. Each is only a suggestion, never read as that column (a guess could
 * read the wrong one); the first such header of a column is named. A header naming "friendly" (`IMG friendly`)
 * is a judgement, not a fact RadList reads, and gets no suggestion.
 */
function unrecognisedHeaders(
  header: readonly unknown[],
  matched: ReadonlySet<number>,
  absent: readonly ColumnBackedField[],
): UnrecognisedHeader[] {
  programSpellings ??= PROGRAM_COLUMNS.flatMap((field) =>
    [field.header, ...field.aliases].map((spelling) => ({ spelling, value: field.key })),
  );
  const found: UnrecognisedHeader[] = [];
  header.forEach((label, index) => {
    if (matched.has(index) || typeof label !== 'string' || /friendly/i.test(label)) return;
    const near = nearestLabel(label, programSpellings!);
    const def = PROGRAM_FIELDS.find((field) => field.key === near);
    if (def === undefined || HOLDS[def.key] === undefined) return;
    const field = programProperty(def.key);
    if (!absent.includes(field) || found.some((entry) => entry.field === field)) return;
    const steps = stepsNamed(def.header);
    if (steps !== '' && stepsNamed(label) !== '' && stepsNamed(label) !== steps) return;
    found.push({ field, column: index + 1, header: label, name: def.header });
  });
  return found;
}

/** The issue on an unknown header near a column the sheet lacks. */
function unrecognisedHeaderIssue(entry: UnrecognisedHeader): Issue {
  const key = PROGRAM_FIELDS.find((field) => field.header === entry.name)!.key;
  return issueAt(
    SHEET,
    1,
    entry.column,
    `"${showCell(entry.header)}" (${columnLetters(entry.column)}1) is not a column name RadList knows, so the column is ignored, and the sheet has no "${entry.name}" column. If this column holds ${HOLDS[key]}, rename it "${entry.name}".`,
  );
}

/**
 * For each absent column with an unknown header near it, a sentence naming that header and the name to give
 * it, for the plan's note on the column (`absentColumnNotes`).
 *
 * @param unrecognised - `readPrograms(…).unrecognised`
 * @returns the sentences by property
 * @example
 * unrecognisedColumns([{ field: 'minStepTwo', column: 3, header: 'Step 2 CK min req', name: 'Min Step 2 CK' }]).get('minStepTwo')
 * // 'Column C, "Step 2 CK min req", was not recognised: if it holds that, rename it "Min Step 2 CK".'
 */
export function unrecognisedColumns(unrecognised: readonly UnrecognisedHeader[]): Map<keyof Program, string> {
  return new Map(
    unrecognised.map((entry) => [
      entry.field,
      `Column ${columnLetters(entry.column)}, "${showCell(entry.header)}", was not recognised: if it holds that, rename it "${entry.name}".`,
    ]),
  );
}

/** What `readPrograms` returns. */
export interface ProgramsRead {
  programs: Program[];
  issues: Issue[];
  /** What is missing altogether (no sheet content, no name column, no programs; see `describeMissing`). */
  missing: MissingInput[];
  /**
   * The `Program` properties whose column the sheet does not have (in SPEC order), so the plan can say once
   * "Your Programs sheet has no minimum-score column" instead of an issue on every row. A column that another
   * one stands in for is not absent: `City, State` supplies `city` and `state`, `Institution` the `name`, a
   * `State` the `region`, NRMP codes the `track`, FREIDA's J-1/H-1B columns `sponsorsVisa`.
   */
  absentColumns: ColumnBackedField[];
  /**
   * Headers of row 1 RadList does not know that are near an absent column (each also an issue), so the plan's
   * note on that column can name the one it did not recognise.
   */
  unrecognised: UnrecognisedHeader[];
  /** Rows left out, and why (in sheet order). */
  setAside: SetAsideRow[];
  /** Each field's column (1-based) as matched in row 1, once for every reader of this sheet. */
  columns: ReadonlyMap<ProgramField, number>;
  /** How many columns row 1 has. */
  width: number;
}

/**
 * Reads the `Programs` sheet.
 *
 * @param values - `getDataRange().getValues()` of the Programs sheet
 * @param formats - `getNumberFormats()` of the same range, when read: a fraction in a `%` cell is a fraction
 * @param context - the cycle year and today, when known: a first accreditation after the cycle year and a
 *   `Last verified` date after today are issues, treated as unknown
 * @returns the programs in sheet order, issues naming each bad cell, what is missing (see `describeMissing`),
 *   the columns the sheet lacks, and the rows set aside
 * @example
 * readPrograms([['Program', 'State'], ['Lakeside DR', 'Ohio']]).programs[0]?.region // 'Midwest'
 */
export function readPrograms(
  values: unknown[][],
  formats?: unknown[][],
  context: ReadContext = {},
): ProgramsRead {
  const issues: Issue[] = [];
  const { rows, empty } = tableRows(values, SHEET, 'Program', 'program');
  const none = {
    programs: [],
    absentColumns: [],
    unrecognised: [],
    setAside: [],
    columns: new Map<ProgramField, number>(),
    width: 0,
  };
  if (empty) return { ...none, issues, missing: [empty] };
  const header = rows[0] ?? [];
  const { positions, duplicates, superseded } = matchFields(header, PROGRAM_COLUMNS);
  const matched = new Set([
    ...positions.values(),
    ...duplicates.map((entry) => entry.index),
    ...superseded.map((entry) => entry.index),
  ]);
  for (const repeat of settleRepeats(positions, duplicates, rows))
    issues.push(repeatedColumnIssue(SHEET, repeat));
  const fieldKeys = new Set<ProgramColumn>(PROGRAM_FIELDS.map((field) => field.key));
  const columns = oneBased(
    new Map([...positions].filter((entry): entry is [ProgramField, number] => fieldKeys.has(entry[0]))),
  );
  const width = header.length;
  const nameColumn = positions.get('name') ?? positions.get('institution');
  if (nameColumn === undefined) {
    return {
      ...none,
      columns,
      width,
      issues,
      missing: [{ kind: 'missing-column', sheet: SHEET, column: 'Program' }],
    };
  }
  const sideways = headersDownColumn(rows, nameColumn, PROGRAM_COLUMNS, positions.size);
  if (sideways !== null) {
    return {
      ...none,
      issues: [],
      missing: [{ kind: 'sideways', sheet: SHEET, labels: sideways, along: 'column A', what: 'program' }],
    };
  }
  if (!positions.has('name')) {
    issues.push(
      issueAt(
        SHEET,
        1,
        nameColumn + 1,
        `There is no "Program" column, so each program is named by its "${showCell(header[nameColumn])}" (column ${columnLetters(nameColumn + 1)}). Add a "Program" column to name them yourself.`,
      ),
    );
  }
  const layout: Layout = {
    positions,
    formats: Array.isArray(formats) ? formats : undefined,
    nameColumn,
    context,
  };
  const programs: Program[] = [];
  const aside: { row: number; reason: SetAsideReason; detail?: string }[] = [];
  const firstRowOfKey = new Map<string, number>();
  let anyNrmpCode = false;
  rows.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const notData = headerRow(row, index + 1, header, nameColumn, PROGRAM_COLUMNS);
    if (notData !== null) {
      issues.push(headerRowIssue(SHEET, row, index + 1, notData, 'program'));
      aside.push({ row: index + 1, reason: 'not-a-program' });
      return;
    }
    const result = readProgramRow(row, index + 1, layout, issues);
    if (result.kind === 'aside') {
      aside.push({
        row: index + 1,
        reason: result.reason,
        ...(result.detail !== undefined ? { detail: result.detail } : {}),
      });
      if (result.reason === 'preliminary' || result.reason === 'physician') anyNrmpCode = true;
      return;
    }
    const { program } = result;
    if (result.position) anyNrmpCode = true;
    const folded = sameKey(program.key);
    const firstRow = firstRowOfKey.get(folded);
    if (firstRow !== undefined) {
      const by = program.id !== '' ? `ID "${program.id}"` : 'program name and state';
      const column = program.id !== '' ? (positions.get('id') ?? 0) : nameColumn;
      issues.push(
        issueAt(
          SHEET,
          program.row,
          column + 1,
          `Row ${program.row} ("${showCell(program.name)}") has the same ${by} as row ${firstRow}; row ${program.row} is left out and row ${firstRow} is used.`,
        ),
      );
      aside.push({ row: program.row, reason: 'repeated-key' });
      return;
    }
    firstRowOfKey.set(folded, program.row);
    programs.push(program);
  });
  const listed = withoutIdTwins(programs, positions.get('id') ?? nameColumn, issues, aside);
  issues.push(...groupIssues(aside, layout));
  const absentColumns = absentColumnsOf(positions, anyNrmpCode);
  const unrecognised = unrecognisedHeaders(header, matched, absentColumns);
  issues.push(...unrecognised.map(unrecognisedHeaderIssue));
  const missing: MissingInput[] =
    listed.length === 0 ? [{ kind: 'no-rows', sheet: SHEET, what: 'programs' }] : [];
  return {
    programs: listed,
    issues: inSheetOrder(issues),
    missing,
    absentColumns,
    unrecognised,
    setAside: aside.map(({ row, reason }) => ({ row, reason })).sort((a, b) => a.row - b.row),
    columns,
    width,
  };
}
