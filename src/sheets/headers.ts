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
  { key: 'name', header: 'Program', aliases: ['Program name', 'Residency program', 'Name', 'Program title'] },
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
    ],
  },
  { key: 'city', header: 'City', aliases: ['Town'] },
  { key: 'state', header: 'State', aliases: ['ST', 'State code'] },
  { key: 'region', header: 'Region', aliases: ['Census region'] },
  { key: 'type', header: 'Type', aliases: ['Program type', 'Program setting'] },
  { key: 'track', header: 'Track', aliases: ['Program track', 'Position type'] },
  {
    key: 'firstAccredited',
    header: 'First accredited',
    aliases: ['Year accredited', 'Accredited', 'Accreditation year', 'Initial accreditation', 'Established'],
  },
  {
    key: 'positions',
    header: 'Positions',
    aliases: ['Number of positions', 'Positions offered', 'Spots', 'Seats'],
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
    ],
  },
  { key: 'minIs', header: 'Min is', aliases: ['Minimum is', 'Min type', 'Minimum type', 'Cutoff type'] },
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
    ],
  },
  {
    key: 'takesImgs',
    header: 'Takes IMGs',
    aliases: ['Accepts IMGs', 'Takes IMG', 'Accepts IMG', 'IMGs accepted', 'Considers IMGs'],
  },
  {
    key: 'maxFailedAttempts',
    header: 'Max attempts',
    aliases: ['Attempts allowed', 'Max failed attempts', 'Failed attempts allowed', 'Maximum attempts'],
  },
  {
    key: 'yogCutoff',
    header: 'YOG cutoff',
    aliases: ['Years since graduation', 'YOG limit', 'Max years since graduation', 'Graduation cutoff'],
  },
  {
    key: 'usceRequired',
    header: 'USCE required',
    aliases: ['Requires USCE', 'US clinical experience required', 'USCE needed'],
  },
  {
    key: 'sponsorsVisa',
    header: 'Sponsors visa',
    aliases: ['Visa', 'Visa sponsorship', 'Visas sponsored', 'Visa sponsored', 'Sponsors visas'],
  },
  { key: 'source', header: 'Source', aliases: ['Sources', 'Data source', 'Reference'] },
  {
    key: 'lastVerified',
    header: 'Last verified',
    aliases: ['Verified', 'Updated', 'Last updated', 'Date verified', 'Verified on', 'As of'],
  },
  { key: 'notes', header: 'Notes', aliases: ['Note', 'Comments', 'Comment'] },
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
  { key: 'stepOneAttempts', header: 'Step 1 attempts', aliases: ['USMLE Step 1 attempts', 'Step 1 tries'] },
  {
    key: 'stepTwoScore',
    header: 'Step 2 CK',
    aliases: ['Step 2', 'Step 2 CK score', 'USMLE Step 2 CK', 'Step 2 score', 'USMLE Step 2', 'CK'],
  },
  {
    key: 'stepTwoAttempts',
    header: 'Step 2 CK attempts',
    aliases: ['Step 2 attempts', 'USMLE Step 2 CK attempts', 'Step 2 CK tries', 'CK attempts'],
  },
  { key: 'stepThreeScore', header: 'Step 3', aliases: ['Step 3 score', 'USMLE Step 3'] },
  {
    key: 'graduationYear',
    header: 'Graduation year',
    aliases: ['YOG', 'Year of graduation', 'Grad year', 'Graduated', 'Medical school graduation'],
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
    ],
  },
  {
    key: 'usceWeeks',
    header: 'USCE weeks',
    aliases: ['US clinical experience', 'USCE', 'US clinical experience weeks', 'Weeks of USCE'],
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
  return fields.find(
    (field) =>
      normalizeLabel(field.header) === folded ||
      field.aliases.some((alias) => normalizeLabel(alias) === folded),
  );
}

/** A header or label that repeats a field already found: `index` is ignored, `firstIndex` is used. */
export interface DuplicateField<K extends string> {
  field: FieldDef<K>;
  index: number;
  firstIndex: number;
}

/**
 * Finds each field's position (0-based) in a header row or a column of labels; the first occurrence wins.
 *
 * @param labels - the header cells (or column-A labels)
 * @param fields - the sheet's table
 * @returns where each field is, and the repeats
 * @example
 * matchFields(['Notes', 'Program'], PROGRAM_FIELDS).positions.get('name') // 1
 */
export function matchFields<K extends string>(
  labels: readonly unknown[],
  fields: readonly FieldDef<K>[],
): { positions: Map<K, number>; duplicates: DuplicateField<K>[] } {
  const positions = new Map<K, number>();
  const duplicates: DuplicateField<K>[] = [];
  labels.forEach((label, index) => {
    if (typeof label !== 'string' || label.length > 200) return;
    const field = findField(label, fields);
    if (!field) return;
    const firstIndex = positions.get(field.key);
    if (firstIndex === undefined) positions.set(field.key, index);
    else duplicates.push({ field, index, firstIndex });
  });
  return { positions, duplicates };
}
