/**
 * The header and label alias tables of SPEC section 3, one per sheet layout, and the matcher that finds each
 * field's column. Matching folds case, spaces and punctuation (`normalizeLabel`); docs/sheet-formats.md lists
 * every alias. `IMG friendly` is deliberately not an alias of `Takes IMGs`: "friendly" is a judgement, and a
 * "No" there must not make a program Not eligible.
 */
import { normalizeLabel } from './normalize.ts';

/** One field of a sheet: its key in the record, its canonical header, and the other names it accepts. */
export interface FieldDef<K extends string = string> {
  key: K;
  header: string;
  aliases: readonly string[];
}

export type ProgramField =
  | 'name'
  | 'id'
  | 'city'
  | 'state'
  | 'region'
  | 'type'
  | 'track'
  | 'firstAccredited'
  | 'positions'
  | 'minStepTwo'
  | 'minIs'
  | 'typicalStepTwo'
  | 'imgShare'
  | 'takesImgs'
  | 'maxFailedAttempts'
  | 'yogCutoff'
  | 'usceRequired'
  | 'sponsorsVisa'
  | 'source'
  | 'lastVerified'
  | 'notes';

/** `Programs` columns in SPEC order. */
export const PROGRAM_FIELDS: readonly FieldDef<ProgramField>[] = [
  {
    key: 'name',
    header: 'Program',
    aliases: [
      'Program name',
      'Residency program',
      'Name',
      'Program title',
      'Residency program name',
      'Residency name',
      'Training program',
    ],
  },
  {
    key: 'id',
    header: 'ID',
    aliases: [
      'ACGME ID',
      'NRMP code',
      'Program code',
      'Program ID',
      'ACGME number',
      'NRMP ID',
      'NRMP number',
      'NRMP program code',
      'ACGME program ID',
      'ACGME program number',
      'ACGME code',
      'Program number',
      'ERAS program ID',
      'FREIDA ID',
      'Code',
    ],
  },
  { key: 'city', header: 'City', aliases: ['Town', 'Program city'] },
  {
    key: 'state',
    header: 'State',
    aliases: ['ST', 'State code', 'Program state', 'State abbreviation', 'State/territory'],
  },
  {
    key: 'region',
    header: 'Region',
    aliases: ['Census region', 'US region', 'Geographic region', 'Census division', 'Division'],
  },
  {
    key: 'type',
    header: 'Type',
    aliases: [
      'Program type',
      'Program setting',
      'Setting',
      'Program best described as',
      'Academic or community',
      'Academic/community',
      'University/community',
      'Institution type',
      'Hospital type',
    ],
  },
  {
    key: 'track',
    header: 'Track',
    aliases: ['Program track', 'Position type', 'NRMP track', 'Advanced or categorical', 'Track type'],
  },
  {
    key: 'firstAccredited',
    header: 'First accredited',
    aliases: [
      'Year accredited',
      'Accredited',
      'Accreditation year',
      'Initial accreditation',
      'Established',
      'Original accreditation date',
      'Initial accreditation date',
      'Accreditation date',
      'Year established',
      'Year founded',
    ],
  },
  {
    key: 'positions',
    header: 'Positions',
    aliases: [
      'Number of positions',
      'Positions offered',
      'Spots',
      'Seats',
      'Quota',
      'Match quota',
      'NRMP quota',
      'Positions per year',
      'Residents per year',
      'First year positions',
      'Number of first year positions',
      'PGY-2 positions',
      'Positions available',
      'Available positions',
    ],
  },
  {
    key: 'minStepTwo',
    header: 'Min Step 2 CK',
    aliases: [
      'Minimum Step 2 CK',
      'Min Step 2',
      'Minimum Step 2',
      'Step 2 CK minimum',
      'Step 2 minimum',
      'Min Step 2 CK score',
      'Minimum Step 2 CK score',
      'Step 2 CK cutoff',
      'Step 2 cutoff',
      'Min CK',
      'Minimum Step 2 Score for Interview Consideration',
      'Minimum Step 2 CK score for interview consideration',
      'Step 2 CK minimum score',
      'Step 2 min',
      'Step 2 minimum score',
      'Min Step 2 score',
      'Minimum USMLE Step 2 CK score',
      'USMLE Step 2 CK minimum',
      'Min USMLE Step 2',
      'Step 2 CK min',
      'Step 2 CK cut-off',
      'Step 2 CK threshold',
      'Step 2 score cutoff',
      'USMLE Step 2 CK min',
      'USMLE Step 2 min',
      'USMLE Step 2 CK cutoff',
      'Min USMLE Step 2 CK',
      'Minimum USMLE Step 2 CK',
      'Step 2 CK min score',
      'Step 2 CK minimum requirement',
      'Minimum Step 2 CK required',
    ],
  },
  {
    key: 'minIs',
    header: 'Min is',
    aliases: [
      'Minimum is',
      'Min type',
      'Minimum type',
      'Cutoff type',
      'Hard or soft cutoff',
      'Cutoff hard or soft',
    ],
  },
  {
    key: 'typicalStepTwo',
    header: 'Typical Step 2 CK',
    aliases: [
      'Median Step 2 CK',
      'Average Step 2 CK',
      'Mean Step 2 CK',
      'Avg Step 2 CK',
      'Typical Step 2',
      'Median Step 2',
      'Average Step 2',
      'Mean Step 2',
      'Typical Step 2 CK score',
      'Average Step 2 CK score',
      'Median Step 2 CK score',
      'Average USMLE Step 2 CK',
      'Step 2 CK average',
      'Step 2 CK median',
      'Mean Step 2 CK of matched residents',
      'Average Step 2 CK of matched residents',
      'Avg Step 2',
      'Mean Step 2 CK score',
      'Avg Step 2 CK score',
      'Median USMLE Step 2 CK',
      'Mean USMLE Step 2 CK',
      'Typical USMLE Step 2 CK',
    ],
  },
  {
    key: 'imgShare',
    header: 'IMG %',
    aliases: [
      'IMG residents %',
      '% IMG',
      'IMG share',
      'IMG percent',
      'Percent IMG',
      'IMGs %',
      'IMG residents',
      'Percent of IMG residents',
      'Percentage of IMG residents',
      '% IMG residents',
      'IMG percentage',
      'Percent IMGs',
      '% International medical graduates',
      'International medical graduates %',
      'Share of IMGs',
    ],
  },
  {
    key: 'takesImgs',
    header: 'Takes IMGs',
    aliases: [
      'Accepts IMGs',
      'Takes IMG',
      'Accepts IMG',
      'IMGs accepted',
      'Considers IMGs',
      'Accepts IMG applicants',
      'Considers IMG applicants',
      'IMG applicants considered',
      'Accepts international medical graduates',
      'Open to IMGs',
    ],
  },
  {
    key: 'maxFailedAttempts',
    header: 'Max attempts',
    aliases: [
      'Attempts allowed',
      'Max failed attempts',
      'Failed attempts allowed',
      'Maximum attempts',
      'Maximum failed attempts allowed',
      'Failed attempts accepted',
      'USMLE attempts allowed',
      'Max USMLE attempts',
    ],
  },
  {
    key: 'yogCutoff',
    header: 'YOG cutoff',
    aliases: [
      'Years since graduation',
      'YOG limit',
      'Max years since graduation',
      'Graduation cutoff',
      'Years since graduation allowed',
      'Years since graduation limit',
      'YOG cutoff (years)',
      'Graduated within (years)',
      'PGY1 applicants to this program must have graduated from medical school within the past number of years',
      'Must have graduated within the past number of years',
      'Year of graduation cutoff',
      'Year of graduation limit',
      'Graduation year cutoff',
      'Graduation year limit',
      'YOG requirement',
      'Years since graduation cutoff',
      'Max YOG',
    ],
  },
  {
    key: 'usceRequired',
    header: 'USCE required',
    aliases: [
      'Requires USCE',
      'US clinical experience required',
      'USCE needed',
      'USCE requirement',
      'Requires US clinical experience',
    ],
  },
  {
    key: 'sponsorsVisa',
    header: 'Sponsors visa',
    aliases: [
      'Visa',
      'Visa sponsorship',
      'Visas sponsored',
      'Visa sponsored',
      'Sponsors visas',
      'Visa sponsorship offered',
      'Visas offered',
      'Visa types sponsored',
      'Visa sponsorship types',
      'Visas',
      'Visa status',
      'Visa type',
      'Visa policy',
      'Visa sponsorship (J-1/H-1B)',
      'Visas sponsored (J-1/H-1B)',
      'Visa (J-1/H-1B)',
      'Visa types (J-1/H-1B)',
      'Visa sponsorship (J-1, H-1B)',
    ],
  },
  {
    key: 'source',
    header: 'Source',
    aliases: [
      'Sources',
      'Data source',
      'Reference',
      'Source URL',
      'Link',
      'Website',
      'Program website',
      'URL',
    ],
  },
  {
    key: 'lastVerified',
    header: 'Last verified',
    aliases: [
      'Verified',
      'Updated',
      'Last updated',
      'Date verified',
      'Verified on',
      'As of',
      'Date updated',
      'Updated on',
      'Last checked',
      'Checked on',
      'Date checked',
      'Last reviewed',
    ],
  },
  { key: 'notes', header: 'Notes', aliases: ['Note', 'Comments', 'Comment', 'Remarks', 'Additional notes'] },
];

/** Other `Programs` columns that real lists carry and RadList reads into the fields above. */
export type ProgramExtraField = 'institution' | 'location' | 'specialty' | 'visaJ1' | 'visaH1b';

/**
 * `Programs` columns that are not fields of their own: `Institution` names the programs when there is no
 * `Program` column; `City, State` fills `City` and `State`; `Specialty` keeps the Diagnostic Radiology rows;
 * FREIDA's two visa columns (J-1 and H-1B, each Yes/No) make `Sponsors visa` when that column is absent.
 * Setup never writes these headers.
 */
export const PROGRAM_EXTRA_FIELDS: readonly FieldDef<ProgramExtraField>[] = [
  {
    key: 'institution',
    header: 'Institution',
    aliases: [
      'Sponsoring institution',
      'Sponsoring institution name',
      'Institution name',
      'Hospital',
      'Hospital name',
      'Medical center',
      'Primary teaching site',
    ],
  },
  {
    key: 'location',
    header: 'City, State',
    aliases: ['City/State', 'City & State', 'City and state', 'City, ST', 'Location', 'Program location'],
  },
  {
    key: 'specialty',
    header: 'Specialty',
    aliases: ['Specialty name', 'Program specialty', 'Specialty description', 'Discipline'],
  },
  {
    key: 'visaJ1',
    header: 'J-1 visa',
    aliases: [
      'J-1 visa sponsorship through ECFMG',
      'J-1',
      'J-1 sponsorship',
      'J-1 visa sponsorship',
      'Sponsors J-1',
      'Accepts J-1',
    ],
  },
  {
    key: 'visaH1b',
    header: 'H-1B visa',
    aliases: ['H-1B', 'H-1B sponsorship', 'H-1B visa sponsorship', 'Sponsors H-1B', 'Accepts H-1B'],
  },
];

export type ApplicantField =
  | 'name'
  | 'applicantType'
  | 'stepOne'
  | 'stepOneAttempts'
  | 'stepTwoScore'
  | 'stepTwoAttempts'
  | 'stepThreeScore'
  | 'graduationYear'
  | 'needsVisa'
  | 'usceWeeks'
  | 'radiologyLetters'
  | 'otherLetters'
  | 'posters'
  | 'publications'
  | 'preferredRegions'
  | 'preferredTypes'
  | 'rotations'
  | 'ties'
  | 'geographicPreference';

/** `Profile` labels (and `Cohort` columns) in SPEC order. */
export const APPLICANT_FIELDS: readonly FieldDef<ApplicantField>[] = [
  {
    key: 'name',
    header: 'Name',
    aliases: ['Applicant', 'Applicant name', 'Full name', 'Student', 'Student name'],
  },
  {
    key: 'applicantType',
    header: 'Applicant type',
    aliases: ['Type', 'Applicant category', 'Graduate type'],
  },
  { key: 'stepOne', header: 'Step 1', aliases: ['USMLE Step 1', 'Step 1 result', 'Step 1 score'] },
  {
    key: 'stepOneAttempts',
    header: 'Step 1 attempts',
    aliases: [
      'USMLE Step 1 attempts',
      'Step 1 tries',
      'Number of Step 1 attempts',
      'Number of attempts Step 1',
      'Step 1 attempts (number)',
    ],
  },
  {
    key: 'stepTwoScore',
    header: 'Step 2 CK',
    aliases: [
      'Step 2',
      'Step 2 CK score',
      'USMLE Step 2 CK',
      'Step 2 score',
      'USMLE Step 2',
      'CK',
      'USMLE Step 2 CK score',
      'S2CK',
      'CK score',
      'Step II CK',
      'USMLE Step II CK',
      'USMLE 2 CK',
      'Step 2 CK result',
    ],
  },
  {
    key: 'stepTwoAttempts',
    header: 'Step 2 CK attempts',
    aliases: [
      'Step 2 attempts',
      'USMLE Step 2 CK attempts',
      'Step 2 CK tries',
      'CK attempts',
      'Number of Step 2 CK attempts',
      'Number of attempts Step 2 CK',
      'Step 2 CK attempts (number)',
    ],
  },
  { key: 'stepThreeScore', header: 'Step 3', aliases: ['Step 3 score', 'USMLE Step 3'] },
  {
    key: 'graduationYear',
    header: 'Graduation year',
    aliases: [
      'YOG',
      'Year of graduation',
      'Grad year',
      'Graduated',
      'Medical school graduation',
      'Medical school graduation year',
      'Year of graduation from medical school',
      'Graduation date',
    ],
  },
  {
    key: 'needsVisa',
    header: 'Needs visa',
    aliases: [
      'Visa',
      'Visa needed',
      'Needs a visa',
      'Requires visa',
      'Visa required',
      'Needs visa sponsorship',
      'Requires visa sponsorship',
      'Visa sponsorship needed',
      'Visa sponsorship required',
      'Needs sponsorship',
      'Requires sponsorship',
    ],
  },
  {
    key: 'usceWeeks',
    header: 'USCE weeks',
    aliases: [
      'US clinical experience',
      'USCE',
      'US clinical experience weeks',
      'Weeks of USCE',
      'USCE (weeks)',
      'US clinical experience (weeks)',
    ],
  },
  {
    key: 'radiologyLetters',
    header: 'Radiology letters',
    aliases: [
      'Radiology LORs',
      'Radiology LOR',
      'Radiology letters of recommendation',
      'Rad letters',
      'Rad LORs',
    ],
  },
  {
    key: 'otherLetters',
    header: 'Other letters',
    aliases: ['Clinical LORs', 'Clinical letters', 'Other LORs', 'Clinical LOR', 'Non-radiology letters'],
  },
  {
    key: 'posters',
    header: 'Posters/abstracts',
    aliases: ['Research', 'Posters', 'Abstracts', 'Posters and abstracts'],
  },
  { key: 'publications', header: 'Publications', aliases: ['Papers', 'Publication', 'Pubs'] },
  {
    key: 'preferredRegions',
    header: 'Preferred regions',
    aliases: [
      'Regions',
      'Preferred states',
      'Preferred regions or states',
      'Preferred locations',
      'Location preference',
    ],
  },
  {
    key: 'preferredTypes',
    header: 'Preferred program types',
    aliases: ['Program types', 'Preferred types', 'Preferred program type'],
  },
  { key: 'rotations', header: 'Rotations', aliases: ['Rotated at', 'Away rotations', 'Rotation sites'] },
  { key: 'ties', header: 'Ties', aliases: ['Geographic ties', 'Personal ties', 'Connections'] },
  {
    key: 'geographicPreference',
    header: 'Geographic preference',
    aliases: [
      'Geographic preferences',
      'ERAS geographic preference',
      'Geographic preference divisions',
      'Preferred divisions',
      'Census divisions',
    ],
  },
];

/** Other `Profile` labels (and `Cohort` columns) that RadList reads into the fields above. */
export type ApplicantExtraField = 'usceMonths';

/** `USCE months` fills `USCE weeks` (months × 4.3) when that is blank or absent. Setup never writes it. */
export const APPLICANT_EXTRA_FIELDS: readonly FieldDef<ApplicantExtraField>[] = [
  {
    key: 'usceMonths',
    header: 'USCE months',
    aliases: [
      'US clinical experience months',
      'Months of USCE',
      'USCE (months)',
      'US clinical experience (months)',
    ],
  },
];

export type OutcomeField =
  | 'cycle'
  | 'applicant'
  | 'applicantType'
  | 'stepTwoScore'
  | 'failedAttempts'
  | 'program'
  | 'id'
  | 'typicalStepTwo'
  | 'minStepTwo'
  | 'imgShare'
  | 'programType'
  | 'state'
  | 'signal'
  | 'rotated'
  | 'ties'
  | 'result'
  | 'source';

/**
 * `Outcomes` columns in SPEC section 3.6 order. `Type` here is the program's type (the applicant's is
 * `Applicant type`), so `Type` is not an alias of `Applicant type` in this sheet.
 */
export const OUTCOME_FIELDS: readonly FieldDef<OutcomeField>[] = [
  {
    key: 'cycle',
    header: 'Cycle',
    aliases: ['Year', 'Season', 'Match year', 'Application cycle', 'Cycle year', 'Application year'],
  },
  {
    key: 'applicant',
    header: 'Applicant',
    aliases: ['Name', 'Applicant name', 'Applicant code', 'Applicant ID', 'Code', 'Student', 'Student code'],
  },
  { key: 'applicantType', header: 'Applicant type', aliases: ['Applicant category', 'Graduate type'] },
  {
    key: 'stepTwoScore',
    header: 'Step 2 CK',
    aliases: ['Step 2', 'Step 2 CK score', 'USMLE Step 2 CK', 'Step 2 score', 'USMLE Step 2', 'CK'],
  },
  {
    key: 'failedAttempts',
    header: 'Failed attempts',
    aliases: ['Failures', 'USMLE failures', 'Failed USMLE attempts', 'Attempts failed', 'Fails'],
  },
  { key: 'program', header: 'Program', aliases: ['Program name', 'Residency program', 'Program title'] },
  {
    key: 'id',
    header: 'ID',
    aliases: ['ACGME ID', 'NRMP code', 'Program code', 'Program ID', 'NRMP ID', 'NRMP number'],
  },
  {
    key: 'typicalStepTwo',
    header: 'Typical Step 2 CK',
    aliases: ['Median Step 2 CK', 'Average Step 2 CK', 'Mean Step 2 CK', 'Typical Step 2', 'Median Step 2'],
  },
  {
    key: 'minStepTwo',
    header: 'Min Step 2 CK',
    aliases: ['Minimum Step 2 CK', 'Min Step 2', 'Minimum Step 2', 'Step 2 CK minimum', 'Step 2 CK cutoff'],
  },
  { key: 'imgShare', header: 'IMG %', aliases: ['IMG residents %', '% IMG', 'IMG share', 'IMG percent'] },
  { key: 'programType', header: 'Type', aliases: ['Program type', 'Program setting'] },
  { key: 'state', header: 'State', aliases: ['ST', 'State code', 'Program state'] },
  {
    key: 'signal',
    header: 'Signal',
    aliases: ['Signal sent', 'Preference signal', 'Signaled', 'Signalled', 'Signal type'],
  },
  {
    key: 'rotated',
    header: 'Rotated',
    aliases: ['Rotated here', 'Rotation', 'Away rotation', 'Did a rotation'],
  },
  {
    key: 'ties',
    header: 'Ties',
    aliases: ['Tie', 'Ties here', 'Geographic tie', 'Geographic ties', 'Personal ties'],
  },
  { key: 'result', header: 'Result', aliases: ['Outcome', 'Interview result', 'Status'] },
  { key: 'source', header: 'Source', aliases: ['Data source', 'Entered by', 'Added by'] },
];

/**
 * The field a header or label names, by its canonical name or any alias.
 *
 * @param label - the header cell or column-A label
 * @param fields - the sheet's table
 * @returns the field, or undefined for an unknown header
 * @example
 * findField('median step-2 ck', PROGRAM_FIELDS)?.key // 'typicalStepTwo'
 */
export function findField<K extends string>(
  label: unknown,
  fields: readonly FieldDef<K>[],
): FieldDef<K> | undefined {
  const folded = normalizeLabel(label);
  if (folded === '') return undefined;
  return (foldedNames(fields) as Map<string, FieldDef<K>>).get(folded);
}

/** Each table's fields by folded header and alias, made on first use (the first field wins a clash). */
let foldedTables: WeakMap<readonly FieldDef<string>[], Map<string, FieldDef<string>>> | null = null;

/**
 * A table's fields by every folded name: folded once per execution, not once per label looked up (a
 * sheet's column A is checked label by label, and each fold is Unicode normalisation).
 */
function foldedNames(fields: readonly FieldDef<string>[]): Map<string, FieldDef<string>> {
  foldedTables ??= new WeakMap();
  let names = foldedTables.get(fields);
  if (names === undefined) {
    names = new Map();
    for (const field of fields) {
      for (const name of [field.header, ...field.aliases]) {
        const key = normalizeLabel(name);
        if (!names.has(key)) names.set(key, field);
      }
    }
    foldedTables.set(fields, names);
  }
  return names;
}

/** A header or label that repeats a field already found: `index` is ignored, `firstIndex` is used. */
export interface DuplicateField<K extends string> {
  field: FieldDef<K>;
  index: number;
  firstIndex: number;
}

/** A column passed over for a better one of the same field: an older year, or the raw twin of a cleaned one. */
export interface SupersededField<K extends string> {
  field: FieldDef<K>;
  index: number;
  usedIndex: number;
}

/** What a header says besides its field: the year it is stamped with, and whether it is a raw or cleaned twin. */
interface LabelParts {
  /** The header without its year and twin words. */
  base: string;
  /** The latest year named (`2025-26` → 2026), 0 when none. */
  year: number;
  /** 2 cleaned, 1 plain, 0 raw. */
  quality: number;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?:\s*[-–/]\s*(\d{4}|\d{2}))?(?!\d)/g;
const CLEANED = /\b(cleaned|clean|normali[sz]ed|standardi[sz]ed|parsed|fixed|corrected)\b/;
const RAW = /\b(raw|original|orig|unparsed|as reported)\b/;

/**
 * A header split into its field words, its year stamp and its twin marker: `2026 Quota` → Quota, 2026;
 * `Min Step 2 CK (cleaned)` → Min Step 2 CK, cleaned; `State_raw` → State, raw.
 */
function labelParts(label: string): LabelParts {
  let text = label.toLowerCase().replace(/[_()[\]{}:|]+/g, ' ');
  let year = 0;
  text = text.replace(YEAR, (_match, first: string, second: string | undefined) => {
    const end = second === undefined ? 0 : Number(second.length === 2 ? first.slice(0, 2) + second : second);
    year = Math.max(year, Number(first), end);
    return ' ';
  });
  if (year > 0) text = text.replace(/\b(ay|cycle|season|academic year)\b/g, ' ');
  let quality = 1;
  if (CLEANED.test(text)) quality = 2;
  else if (RAW.test(text)) quality = 0;
  text = text.replace(new RegExp(CLEANED.source, 'g'), ' ').replace(new RegExp(RAW.source, 'g'), ' ');
  return { base: text, year, quality };
}

/**
 * Finds each field's position (0-based) in a header row or a column of labels. When several columns name
 * one field, a cleaned twin beats a plain one and a plain one beats a raw one (`State_raw`, `State
 * (cleaned)`), then the latest year wins (`2026 Quota` over `2025 Quota`); those passed over are
 * `superseded`, not repeats. Columns that are truly alike: the first is used and the others are `duplicates`.
 *
 * @param labels - the header cells (or column-A labels)
 * @param fields - the sheet's table
 * @returns where each field is, the repeats, and the columns passed over for a better twin or a later year
 * @example
 * matchFields(['Notes', 'Program'], PROGRAM_FIELDS).positions.get('name') // 1
 * matchFields(['2025 Quota', '2026 Quota'], PROGRAM_FIELDS).positions.get('positions') // 1
 */
export function matchFields<K extends string>(
  labels: readonly unknown[],
  fields: readonly FieldDef<K>[],
): { positions: Map<K, number>; duplicates: DuplicateField<K>[]; superseded: SupersededField<K>[] } {
  const positions = new Map<K, number>();
  const ranks = new Map<K, LabelParts>();
  const duplicates: DuplicateField<K>[] = [];
  const superseded: SupersededField<K>[] = [];
  labels.forEach((label, index) => {
    if (typeof label !== 'string' || label.length > 200) return;
    const exact = findField(label, fields);
    const parts: LabelParts = exact ? { base: label, year: 0, quality: 1 } : labelParts(label);
    const field = exact ?? findField(parts.base, fields);
    if (!field) return;
    const firstIndex = positions.get(field.key);
    const held = ranks.get(field.key);
    if (firstIndex === undefined || !held) {
      positions.set(field.key, index);
      ranks.set(field.key, parts);
      return;
    }
    const better = parts.quality - held.quality || parts.year - held.year;
    if (better === 0) duplicates.push({ field, index, firstIndex });
    else if (better < 0) superseded.push({ field, index, usedIndex: firstIndex });
    else {
      superseded.push({ field, index: firstIndex, usedIndex: index });
      for (const entry of superseded)
        if (entry.usedIndex === firstIndex && entry.field.key === field.key) entry.usedIndex = index;
      positions.set(field.key, index);
      ranks.set(field.key, parts);
    }
  });
  return { positions, duplicates, superseded };
}
