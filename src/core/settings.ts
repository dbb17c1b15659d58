/**
 * Every threshold, count, fee and weight RadList uses, in one table with the defaults of the advising guide
 * (SPEC section 1) and the scoring model (docs/scoring.md). The `Settings` sheet overrides any of them by
 * label; `Setup` writes the table with every default filled in.
 */

export interface SettingDef {
  /** Field name in `Settings`. */
  key: keyof Settings;
  /** The label in column A of the `Settings` sheet. */
  label: string;
  /** What it means, in plain words (column C of the `Settings` sheet). */
  help: string;
  min: number;
  max: number;
  /** Whole numbers only. */
  integer: boolean;
}

export interface Settings {
  cycleYear: number;
  competitiveFrom: number;
  averageFrom: number;
  mildlyLowFrom: number;
  moderatelyLowFrom: number;
  failuresForSignificantlyLow: number;
  fiftyPlusFrom: number;
  countFiftyPlus: number;
  countSixtyToEighty: number;
  countEightyPlus: number;
  countDualApply: number;
  goldSignals: number;
  silverSignals: number;
  erasFeeFirst30: number;
  erasFeeAfter30: number;
  erasFeeBreak: number;
  staleMonths: number;
  newProgramYears: number;
  minUsceWeeks: number;
  minRadiologyLetters: number;
  minOtherLetters: number;
  targetPosters: number;
  targetPublications: number;
  stepThreeStrengthFrom: number;
  fitBase: number;
  fitPerPointVsTypical: number;
  fitMaxAboveTypical: number;
  fitMaxBelowTypical: number;
  fitPerPointAboveMinimum: number;
  fitMaxAboveMinimum: number;
  fitPerImgPercent: number;
  fitMaxImgShare: number;
  fitTakesImgs: number;
  fitCommunity: number;
  fitHybrid: number;
  fitNewProgram: number;
  fitPreferredRegion: number;
  fitPreferredType: number;
  fitRotated: number;
  fitTie: number;
  targetFrom: number;
  safetyFrom: number;
  applyShareReach: number;
  applyShareSafety: number;
}

/** The table, in the order `Setup` writes it. */
export const SETTING_DEFS: readonly SettingDef[] = [
  {
    key: 'cycleYear',
    label: 'Cycle year',
    help: 'Year the application cycle starts (1 June). Blank means this year.',
    min: 2000,
    max: 2100,
    integer: true,
  },
  {
    key: 'competitiveFrom',
    label: 'Competitive from',
    help: 'Step 2 CK at or above this is Competitive.',
    min: 1,
    max: 300,
    integer: true,
  },
  {
    key: 'averageFrom',
    label: 'Average from',
    help: 'Step 2 CK at or above this (and below Competitive) is Average.',
    min: 1,
    max: 300,
    integer: true,
  },
  {
    key: 'mildlyLowFrom',
    label: 'Mildly low from',
    help: 'Step 2 CK at or above this (and below Average) is Mildly low.',
    min: 1,
    max: 300,
    integer: true,
  },
  {
    key: 'moderatelyLowFrom',
    label: 'Moderately low from',
    help: 'Step 2 CK at or above this (and below Mildly low) is Moderately low; below it is Significantly low.',
    min: 1,
    max: 300,
    integer: true,
  },
  {
    key: 'failuresForSignificantlyLow',
    label: 'Failed attempts for Significantly low',
    help: 'This many failed USMLE attempts make the tier Significantly low whatever the score.',
    min: 1,
    max: 10,
    integer: true,
  },
  {
    key: 'fiftyPlusFrom',
    label: '50+ applications from',
    help: 'Step 2 CK at or above this (with few failures) needs the smallest recommended count.',
    min: 1,
    max: 300,
    integer: true,
  },
  {
    key: 'countFiftyPlus',
    label: 'Applications if strong',
    help: 'Recommended applications for Step 2 CK at or above "50+ applications from".',
    min: 1,
    max: 500,
    integer: true,
  },
  {
    key: 'countSixtyToEighty',
    label: 'Applications if mildly low',
    help: 'Recommended applications between "Mildly low from" and "50+ applications from".',
    min: 1,
    max: 500,
    integer: true,
  },
  {
    key: 'countEightyPlus',
    label: 'Applications if moderately low',
    help: 'Recommended applications for a Moderately low score.',
    min: 1,
    max: 500,
    integer: true,
  },
  {
    key: 'countDualApply',
    label: 'Applications if significantly low',
    help: 'Recommended DR applications for a Significantly low score or too many failed attempts (plus a backup specialty).',
    min: 1,
    max: 500,
    integer: true,
  },
  {
    key: 'goldSignals',
    label: 'Gold signals',
    help: 'ERAS gold preference signals for DR (shared with IR).',
    min: 0,
    max: 30,
    integer: true,
  },
  {
    key: 'silverSignals',
    label: 'Silver signals',
    help: 'ERAS silver preference signals for DR (shared with IR).',
    min: 0,
    max: 30,
    integer: true,
  },
  {
    key: 'erasFeeFirst30',
    label: 'ERAS fee first 30',
    help: 'Dollars per program for the first programs of each specialty.',
    min: 0,
    max: 1000,
    integer: false,
  },
  {
    key: 'erasFeeAfter30',
    label: 'ERAS fee after 30',
    help: 'Dollars per program after the first ones, per specialty.',
    min: 0,
    max: 1000,
    integer: false,
  },
  {
    key: 'erasFeeBreak',
    label: 'ERAS programs at first fee',
    help: 'How many programs per specialty are charged the first fee.',
    min: 0,
    max: 1000,
    integer: true,
  },
  {
    key: 'staleMonths',
    label: 'Stale after months',
    help: 'Program data verified longer ago than this before the cycle starts is flagged as possibly stale.',
    min: 1,
    max: 120,
    integer: true,
  },
  {
    key: 'newProgramYears',
    label: 'New program years',
    help: 'A program accredited this many years before the cycle year, or fewer, counts as new.',
    min: 0,
    max: 50,
    integer: true,
  },
  {
    key: 'minUsceWeeks',
    label: 'Checklist USCE weeks',
    help: 'Weeks of US clinical experience the checklist asks for.',
    min: 0,
    max: 104,
    integer: true,
  },
  {
    key: 'minRadiologyLetters',
    label: 'Checklist radiology letters',
    help: 'Radiology letters the checklist asks for.',
    min: 0,
    max: 10,
    integer: true,
  },
  {
    key: 'minOtherLetters',
    label: 'Checklist clinical letters',
    help: 'Clinical letters (medicine, surgery or EM) the checklist asks for.',
    min: 0,
    max: 10,
    integer: true,
  },
  {
    key: 'targetPosters',
    label: 'Checklist posters/abstracts',
    help: 'Posters or abstracts the checklist asks for when the score is low.',
    min: 0,
    max: 50,
    integer: true,
  },
  {
    key: 'targetPublications',
    label: 'Checklist publications',
    help: 'Publications the checklist asks for when the score is low.',
    min: 0,
    max: 50,
    integer: true,
  },
  {
    key: 'stepThreeStrengthFrom',
    label: 'Step 3 strength from',
    help: 'A Step 3 score at or above this is a strength to report.',
    min: 1,
    max: 300,
    integer: true,
  },
  {
    key: 'fitBase',
    label: 'Fit base',
    help: 'Fit every eligible program starts from, before the factors below.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitPerPointVsTypical',
    label: 'Fit per point vs typical',
    help: 'Fit added (or taken away) per Step 2 CK point above (or below) the typical score of the program.',
    min: 0,
    max: 20,
    integer: false,
  },
  {
    key: 'fitMaxAboveTypical',
    label: 'Fit max above typical',
    help: 'Most fit a score above the typical one can add.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitMaxBelowTypical',
    label: 'Fit max below typical',
    help: 'Most fit a score below the typical one can take away.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitPerPointAboveMinimum',
    label: 'Fit per point above minimum',
    help: 'Fit added per Step 2 CK point above the stated minimum.',
    min: 0,
    max: 20,
    integer: false,
  },
  {
    key: 'fitMaxAboveMinimum',
    label: 'Fit max above minimum',
    help: 'Most fit the margin above the minimum can add.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitPerImgPercent',
    label: 'Fit per IMG percent',
    help: 'Fit added per percent of residents who are IMGs (IMG applicants only).',
    min: 0,
    max: 5,
    integer: false,
  },
  {
    key: 'fitMaxImgShare',
    label: 'Fit max IMG share',
    help: 'Most fit the IMG share can add.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitTakesImgs',
    label: 'Fit takes IMGs',
    help: 'Fit added when the program says it takes IMGs (IMG applicants only).',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitCommunity',
    label: 'Fit community program',
    help: 'Fit added for a community program (more open to lower scores).',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitHybrid',
    label: 'Fit hybrid program',
    help: 'Fit added for a hybrid (community-based university) program.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitNewProgram',
    label: 'Fit new program',
    help: 'Fit added for a new program.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitPreferredRegion',
    label: 'Fit preferred region',
    help: 'Fit added when the program is in a preferred region or state.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitPreferredType',
    label: 'Fit preferred type',
    help: 'Fit added when the program is of a preferred type.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitRotated',
    label: 'Fit rotated here',
    help: 'Fit added when the applicant rotated at the program.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'fitTie',
    label: 'Fit tie',
    help: 'Fit added for a geographic or personal tie (state, city or program).',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'targetFrom',
    label: 'Target from fit',
    help: 'Eligible programs with at least this fit are Target (below it, Reach).',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'safetyFrom',
    label: 'Safety from fit',
    help: 'Eligible programs with at least this fit are Safety.',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'applyShareReach',
    label: 'Apply share reach %',
    help: 'About this percent of the Apply set goes to Reach programs (type 20, 20% or 0.2).',
    min: 0,
    max: 100,
    integer: false,
  },
  {
    key: 'applyShareSafety',
    label: 'Apply share safety %',
    help: 'About this percent of the Apply set goes to Safety programs (type 30, 30% or 0.3).',
    min: 0,
    max: 100,
    integer: false,
  },
];

/**
 * The defaults of SPEC section 1 and docs/scoring.md.
 *
 * @param currentYear - the year to use for `Cycle year` (the add-on passes today's year; core never reads the clock)
 * @returns a fresh settings object
 * @example
 * defaultSettings(2026).competitiveFrom // 245
 */
export function defaultSettings(currentYear: number): Settings {
  return {
    cycleYear: currentYear,
    competitiveFrom: 245,
    averageFrom: 230,
    mildlyLowFrom: 220,
    moderatelyLowFrom: 210,
    failuresForSignificantlyLow: 2,
    fiftyPlusFrom: 225,
    countFiftyPlus: 50,
    countSixtyToEighty: 60,
    countEightyPlus: 80,
    countDualApply: 80,
    goldSignals: 6,
    silverSignals: 6,
    erasFeeFirst30: 11,
    erasFeeAfter30: 30,
    erasFeeBreak: 30,
    staleMonths: 12,
    newProgramYears: 5,
    minUsceWeeks: 4,
    minRadiologyLetters: 2,
    minOtherLetters: 1,
    targetPosters: 3,
    targetPublications: 1,
    stepThreeStrengthFrom: 220,
    fitBase: 50,
    fitPerPointVsTypical: 1.5,
    fitMaxAboveTypical: 20,
    fitMaxBelowTypical: 30,
    fitPerPointAboveMinimum: 0.5,
    fitMaxAboveMinimum: 10,
    fitPerImgPercent: 0.3,
    fitMaxImgShare: 15,
    fitTakesImgs: 5,
    fitCommunity: 8,
    fitHybrid: 4,
    fitNewProgram: 6,
    fitPreferredRegion: 5,
    fitPreferredType: 5,
    fitRotated: 15,
    fitTie: 8,
    targetFrom: 40,
    safetyFrom: 65,
    applyShareReach: 20,
    applyShareSafety: 30,
  };
}
