/**
 * Every threshold, count, fee, weight and chance-model parameter RadList uses, each defined once: one row
 * of `SETTINGS_TABLE` holds its key, the label the `Settings` sheet shows, help in plain words, the default,
 * the allowed range and its kind. The `Settings` type and `defaultSettings()` are derived from the table, so a
 * new setting is one new row. Sources of the defaults: SPEC section 1 (the advising guide), docs/scoring.md
 * and docs/chance-model.md (every chance-model default with its source, or labelled RadList's judgment).
 */

/**
 * How a setting's value is read and checked: `year` a calendar year; `whole` a whole number; `number` any
 * number; `percent` 0–100, typed as `20`, `20%` or `0.2` (a value below 1 is a fraction, as in Programs); `odds` an odds
 * multiplier, always more than 0 (1 means no effect); `yesno` a choice typed `Yes` or `No`, held as 1 or 0.
 */
export type SettingKind = 'year' | 'whole' | 'number' | 'percent' | 'odds' | 'yesno';

interface SettingRow {
  readonly key: string;
  readonly label: string;
  readonly help: string;
  /** The default; for `cycleYear` a placeholder (the current cycle year is passed in). */
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly kind: SettingKind;
}

function row<K extends string>(
  key: K,
  label: string,
  help: string,
  value: number,
  min: number,
  max: number,
  kind: SettingKind,
): SettingRow & { readonly key: K } {
  return { key, label, help, default: value, min, max, kind };
}

/** The table, in the order `Setup` writes it. */
export const SETTINGS_TABLE = [
  row(
    'cycleYear',
    'Cycle year',
    'Year the application cycle starts (1 June). Blank means the season under way.',
    0,
    2000,
    2100,
    'year',
  ),
  row(
    'competitiveFrom',
    'Competitive from',
    'Step 2 CK at or above this is Competitive.',
    245,
    1,
    300,
    'whole',
  ),
  row(
    'averageFrom',
    'Average from',
    'Step 2 CK at or above this (and below Competitive) is Average.',
    230,
    1,
    300,
    'whole',
  ),
  row(
    'mildlyLowFrom',
    'Mildly low from',
    'Step 2 CK at or above this (and below Average) is Mildly low.',
    220,
    1,
    300,
    'whole',
  ),
  row(
    'moderatelyLowFrom',
    'Moderately low from',
    'Step 2 CK at or above this (and below Mildly low) is Moderately low; below it is Significantly low.',
    210,
    1,
    300,
    'whole',
  ),
  row(
    'failuresForSignificantlyLow',
    'Failed attempts for Significantly low',
    'This many failed USMLE attempts make the tier Significantly low whatever the score.',
    2,
    1,
    10,
    'whole',
  ),
  row(
    'strongFrom',
    '50+ applications from',
    'Step 2 CK at or above this (with few failures) needs the smallest recommended count.',
    225,
    1,
    300,
    'whole',
  ),
  row(
    'countStrong',
    'Applications if strong',
    'Recommended applications for Step 2 CK at or above "50+ applications from".',
    50,
    1,
    500,
    'whole',
  ),
  row(
    'countMildlyLow',
    'Applications if mildly low',
    'Recommended applications between "Mildly low from" and "50+ applications from".',
    60,
    1,
    500,
    'whole',
  ),
  row(
    'countModeratelyLow',
    'Applications if moderately low',
    'Recommended applications for a Moderately low score.',
    80,
    1,
    500,
    'whole',
  ),
  row(
    'countSignificantlyLow',
    'Applications if significantly low',
    'Recommended DR applications for a Significantly low score or too many failed attempts (plus a backup specialty).',
    80,
    1,
    500,
    'whole',
  ),
  row(
    'goldSignals',
    'Gold signals',
    'ERAS gold preference signals for DR (shared with IR).',
    6,
    0,
    30,
    'whole',
  ),
  row(
    'silverSignals',
    'Silver signals',
    'ERAS silver preference signals for DR (shared with IR).',
    6,
    0,
    30,
    'whole',
  ),
  row(
    'erasFeeFirst',
    'ERAS fee first 30',
    'Dollars per program for the first programs of each specialty.',
    11,
    0,
    1000,
    'number',
  ),
  row(
    'erasFeeAfter',
    'ERAS fee after 30',
    'Dollars per program after the first ones, per specialty.',
    30,
    0,
    1000,
    'number',
  ),
  row(
    'erasFeeBreak',
    'ERAS programs at first fee',
    'How many programs per specialty are charged the first fee.',
    30,
    0,
    1000,
    'whole',
  ),
  row(
    'pgyOnePerAdvanced',
    'PGY-1 applications per Advanced program',
    'Advanced programs start at PGY-2, so they need a separate first year: the plan advises this many preliminary or transitional-year applications for each Advanced program you apply to (1 means as many; rounded up).',
    1,
    0.1,
    5,
    'number',
  ),
  row(
    'pgyOneMax',
    'PGY-1 applications at most',
    'The most preliminary or transitional-year applications the plan advises, however many Advanced programs you apply to.',
    30,
    1,
    300,
    'whole',
  ),
  row(
    'staleMonths',
    'Stale after months',
    'Program data verified longer ago than this before the cycle starts is flagged as possibly stale.',
    12,
    1,
    120,
    'whole',
  ),
  row(
    'newProgramYears',
    'New program years',
    'A program accredited this many years before the cycle year, or fewer, counts as new.',
    5,
    0,
    50,
    'whole',
  ),
  row(
    'minUsceWeeks',
    'Checklist USCE weeks',
    'Weeks of US clinical experience the checklist asks for.',
    4,
    0,
    104,
    'whole',
  ),
  row(
    'minRadiologyLetters',
    'Checklist radiology letters',
    'Radiology letters the checklist asks for.',
    2,
    0,
    10,
    'whole',
  ),
  row(
    'minOtherLetters',
    'Checklist clinical letters',
    'Clinical letters (medicine, surgery or EM) the checklist asks for.',
    1,
    0,
    10,
    'whole',
  ),
  row(
    'targetPosters',
    'Checklist posters/abstracts',
    'Posters or abstracts the checklist asks for when the score is low.',
    3,
    0,
    50,
    'whole',
  ),
  row(
    'targetPublications',
    'Checklist publications',
    'Publications the checklist asks for when the score is low.',
    1,
    0,
    50,
    'whole',
  ),
  row(
    'stepThreeStrengthFrom',
    'Step 3 strength from',
    'A Step 3 score at or above this is a strength to report.',
    220,
    1,
    300,
    'whole',
  ),
  row(
    'chanceBaseUsMd',
    'Chance base US MD %',
    "Chance of an interview for a US MD applicant whose Step 2 CK equals the program's typical score, with no signal (see docs/chance-model.md).",
    9,
    1,
    99,
    'percent',
  ),
  row('chanceBaseDo', 'Chance base DO %', 'The same for a DO applicant.', 7, 1, 99, 'percent'),
  row('chanceBaseUsImg', 'Chance base US IMG %', 'The same for a US-citizen IMG.', 5, 1, 99, 'percent'),
  row('chanceBaseNonUsImg', 'Chance base Non-US IMG %', 'The same for a non-US IMG.', 4, 1, 99, 'percent'),
  row(
    'chanceOddsPer10Below',
    'Chance odds per 10 points below typical',
    'Each 10 points of Step 2 CK below the typical score multiply the odds of an interview by this (less than 1).',
    0.4,
    0.01,
    1,
    'odds',
  ),
  row(
    'chanceOddsPer10Above',
    'Chance odds per 10 points above typical',
    'Each 10 points above the typical score multiply the odds by this (1 or more; a weaker effect than below).',
    1.8,
    1,
    10,
    'odds',
  ),
  row(
    'typicalAboveMinimum',
    'Typical above minimum (points)',
    'When a program states only a minimum, its typical score is taken as this many points above the minimum.',
    10,
    0,
    60,
    'whole',
  ),
  row(
    'chanceOddsBelowPreferred',
    'Chance odds below a preferred minimum',
    'A score below a Preferred (not hard) minimum multiplies the odds by this.',
    0.5,
    0.01,
    1,
    'odds',
  ),
  row(
    'chanceOddsPerFailure',
    'Chance odds per failed attempt',
    'Each failed USMLE attempt multiplies the odds by this.',
    0.5,
    0.01,
    1,
    'odds',
  ),
  row(
    'graceYears',
    'Years since graduation with no effect',
    'Graduating this many years before the cycle year, or fewer, does not lower the chance.',
    2,
    0,
    50,
    'whole',
  ),
  row(
    'chanceOddsPerYearAfter',
    'Chance odds per year after that',
    'Each further year since graduation multiplies the odds by this.',
    0.85,
    0.01,
    1,
    'odds',
  ),
  row(
    'imgShareNeutral',
    'IMG share neutral %',
    'For IMGs: a program whose residents are this share IMGs neither raises nor lowers the chance.',
    10,
    0,
    100,
    'percent',
  ),
  row(
    'imgShareCountedUpTo',
    'IMG share counted up to %',
    'For IMGs: an IMG share above this counts as this.',
    50,
    0,
    100,
    'percent',
  ),
  row(
    'chanceOddsPer10ImgShare',
    'Chance odds per 10 points of IMG share',
    'For IMGs: each 10 percentage points of IMG share above (below) neutral multiply (divide) the odds by this.',
    1.25,
    1,
    10,
    'odds',
  ),
  row(
    'chanceOddsTakesImgs',
    'Chance odds if it takes IMGs',
    'For IMGs: a program that says it takes IMGs multiplies the odds by this.',
    1.2,
    1,
    10,
    'odds',
  ),
  row(
    'chanceOddsCommunity',
    'Chance odds community program',
    'A community program multiplies the odds by this (more open to lower scores).',
    1.5,
    1,
    10,
    'odds',
  ),
  row(
    'chanceOddsHybrid',
    'Chance odds hybrid program',
    'A hybrid (community-based university) program multiplies the odds by this.',
    1.25,
    1,
    10,
    'odds',
  ),
  row(
    'chanceOddsNewProgram',
    'Chance odds new program',
    'A new program multiplies the odds by this.',
    1.5,
    1,
    10,
    'odds',
  ),
  row(
    'chanceOddsRotated',
    'Chance odds rotated here',
    'A rotation at the program multiplies the odds by this.',
    4,
    1,
    100,
    'odds',
  ),
  row(
    'chanceOddsTie',
    'Chance odds tie',
    'A geographic or personal tie (state, city or program) multiplies the odds by this.',
    3,
    1,
    100,
    'odds',
  ),
  row(
    'chanceOddsGeographicPreference',
    'Chance odds geographic preference',
    'A program in a division named in your ERAS geographic preference multiplies the odds by this.',
    1.4,
    1,
    10,
    'odds',
  ),
  row(
    'signalOddsGold',
    'Gold signal odds',
    'A gold signal multiplies the odds by this. Never part of Chance; shown beside it and counted in expected interviews.',
    14.43,
    1,
    100,
    'odds',
  ),
  row(
    'signalOddsSilver',
    'Silver signal odds',
    'A silver signal multiplies the odds by this. Never part of Chance.',
    5.9,
    1,
    100,
    'odds',
  ),
  row(
    'targetFrom',
    'Target from chance %',
    'Eligible programs with at least this Chance are Target (below it, Reach).',
    10,
    0,
    100,
    'percent',
  ),
  row(
    'safetyFrom',
    'Safety from chance %',
    'Eligible programs with at least this Chance are Safety.',
    40,
    0,
    100,
    'percent',
  ),
  row(
    'applyShareReach',
    'Apply share reach %',
    'About this percent of the Apply set goes to Reach programs (type 20, 20% or 0.2).',
    20,
    0,
    100,
    'percent',
  ),
  row(
    'applyShareSafety',
    'Apply share safety %',
    'About this percent of the Apply set goes to Safety programs (type 30, 30% or 0.3).',
    30,
    0,
    100,
    'percent',
  ),
  row(
    'targetInterviews',
    'Target interviews',
    'Interviews to aim for; the plan gives the chance of at least this many.',
    12,
    1,
    100,
    'whole',
  ),
  row(
    'wantedChanceOfTarget',
    'Wanted chance of target %',
    'The plan says how many programs it would take to reach this chance of the target interviews.',
    90,
    1,
    99,
    'percent',
  ),
  row(
    'atRiskBelow',
    'At risk below %',
    'An applicant whose chance of the target interviews is below this is At risk in Cohort Summary.',
    50,
    0,
    100,
    'percent',
  ),
  row(
    'outcomesMinRows',
    'Outcomes rows to fit the model',
    'With at least this many usable rows in Outcomes (and enough applicants), the chance model is fitted to them (see docs/chance-model.md).',
    200,
    20,
    1_000_000,
    'whole',
  ),
  row(
    'outcomesMinApplicants',
    'Outcomes applicants to fit the model',
    'The fit also needs usable Outcomes rows from at least this many different applicants.',
    20,
    5,
    100_000,
    'whole',
  ),
  row(
    'fitPreferredPlace',
    'Fit preferred region',
    'Fit added when the program is in a preferred region or state.',
    25,
    0,
    100,
    'number',
  ),
  row(
    'fitPreferredType',
    'Fit preferred type',
    'Fit added when the program is of a preferred type.',
    20,
    0,
    100,
    'number',
  ),
  row(
    'fitTie',
    'Fit tie',
    'Fit added for a geographic or personal tie (state, city or program).',
    25,
    0,
    100,
    'number',
  ),
  row(
    'fitRotated',
    'Fit rotated here',
    'Fit added when the applicant rotated at the program.',
    30,
    0,
    100,
    'number',
  ),
  row(
    'cohortListsApplyOnly',
    'Apply rows only in Cohort Lists',
    'Yes: Cohort Lists holds only the programs marked Apply for each applicant (a List – NAME still lists every program), so a large cohort fits in Google Sheets (10 million cells in a spreadsheet). No: every program.',
    0,
    0,
    1,
    'yesno',
  ),
] as const;

/** A setting's key, e.g. `goldSignals`. */
export type SettingKey = (typeof SETTINGS_TABLE)[number]['key'];

/** Every setting's value by key (percents as 0–100, odds as multipliers). */
export type Settings = Record<SettingKey, number>;

/** One setting as readers and writers see it. */
export interface SettingDef {
  key: SettingKey;
  /** The label in column A of the `Settings` sheet. */
  label: string;
  /** What it means, in plain words (column C of the `Settings` sheet). */
  help: string;
  default: number;
  min: number;
  max: number;
  kind: SettingKind;
  /** Whole numbers only (`year` and `whole`). */
  integer: boolean;
}

/** The table as `SettingDef`s, in the order `Setup` writes it. */
export const SETTING_DEFS: readonly SettingDef[] = SETTINGS_TABLE.map((r) => ({
  ...r,
  integer: r.kind === 'year' || r.kind === 'whole' || r.kind === 'yesno',
}));

/**
 * The defaults of every setting, from the table.
 *
 * @param currentYear - the year to use for `Cycle year` (the add-on passes the season's year; core never reads the clock)
 * @returns a fresh settings object
 * @example
 * defaultSettings(2026).competitiveFrom // 245
 */
export function defaultSettings(currentYear: number): Settings {
  const settings = {} as Settings;
  for (const r of SETTINGS_TABLE) settings[r.key] = r.default;
  settings.cycleYear = currentYear;
  // A copy, so V8 keeps the object's properties in fast mode (the object built key by key above ends up as a
  // hash table, and every `s.x` read by the ranking, per pair, would be a hash lookup).
  return { ...settings };
}
