/**
 * The domain records RadList works on: applicants, programs, issues and ranked results. Readers in
 * `src/sheets` produce these from sheet values; `src/core` turns them into lists and plans. Everything here
 * is plain data (no Dates, no class instances), so it can cross `google.script.run` unchanged.
 */

export type ApplicantType = 'US MD' | 'DO' | 'US IMG' | 'Non-US IMG';
export type Region = 'Northeast' | 'Midwest' | 'South' | 'West';
/** The nine US Census divisions, which ERAS geographic preferences name (see `us-states.ts`). */
export type Division =
  | 'New England'
  | 'Middle Atlantic'
  | 'East North Central'
  | 'West North Central'
  | 'South Atlantic'
  | 'East South Central'
  | 'West South Central'
  | 'Mountain'
  | 'Pacific';
export type ProgramType = 'University' | 'Community' | 'Hybrid';
export type Track = 'Advanced' | 'Categorical' | 'Both';
export type VisaSponsorship = 'None' | 'J-1' | 'H-1B' | 'Both';
export type Tier = 'Competitive' | 'Average' | 'Mildly low' | 'Moderately low' | 'Significantly low';
export type Category = 'Reach' | 'Target' | 'Safety' | 'Below minimum' | 'Not eligible';
export type Signal = 'Gold' | 'Silver' | '';

export const CATEGORIES: readonly Category[] = ['Reach', 'Target', 'Safety', 'Below minimum', 'Not eligible'];

/** Where an application stands, as the applicant marks it in a list's `Status` column (SPEC section 3.5). */
export type Status = 'Applied' | 'Invited' | 'Interviewed' | 'Rejected' | 'Withdrawn' | 'Ranked' | 'Matched';

/** Every `Status`, in the dropdown's order. */
export const STATUSES: readonly Status[] = [
  'Applied',
  'Invited',
  'Interviewed',
  'Rejected',
  'Withdrawn',
  'Ranked',
  'Matched',
];

/** The statuses that mean the program invited the applicant (SPEC section 3.6). */
export const INVITED_STATUSES: readonly Status[] = ['Invited', 'Interviewed', 'Ranked', 'Matched'];

/**
 * A problem with the input, always tied to one cell of a sheet: code works with `row` and `column`; `cell` is
 * the same place in A1 notation, only for showing people (`Programs!F7`). Make issues with `issueAt`
 * (src/sheets/a1.ts) so the two always agree.
 */
export interface Issue {
  sheet: string;
  /** 1-based row of the cell. */
  row: number;
  /** 1-based column of the cell. */
  column: number;
  /** The cell in A1 notation, for display (e.g. `F7`). */
  cell: string;
  message: string;
}

/** Step 1 as the applicant reports it: a pass/fail result or an old three-digit score. */
export type StepOneResult = 'Pass' | 'Fail' | number | null;

export interface Applicant {
  name: string;
  /** Default `US IMG`. */
  applicantType: ApplicantType;
  stepOne: StepOneResult;
  /** Default 1 (a blank cell); null when the cell could not be read — unknown, never taken as 1. */
  stepOneAttempts: number | null;
  stepTwoScore: number | null;
  /** Default 1 (a blank cell); null when the cell could not be read — unknown, never taken as 1. */
  stepTwoAttempts: number | null;
  stepThreeScore: number | null;
  graduationYear: number | null;
  /**
   * Default false (a blank cell); null when the cell could not be read or says it is unknown (`N/A`, `?`) —
   * unknown, never taken as No.
   */
  needsVisa: boolean | null;
  usceWeeks: number | null;
  radiologyLetters: number | null;
  otherLetters: number | null;
  posters: number | null;
  publications: number | null;
  /** Census regions named in `Preferred regions` (states named there go to `preferredStates`). */
  preferredRegions: Region[];
  /** Two-letter state codes named in `Preferred regions`. */
  preferredStates: string[];
  preferredTypes: ProgramType[];
  /** Program names or IDs, as typed. */
  rotations: string[];
  /** States, cities or program names, as typed. */
  ties: string[];
  /**
   * ERAS geographic preference: up to 3 Census divisions; `[]` when the applicant chose "no preference";
   * null when the `Geographic preference` cell is blank (not chosen yet).
   */
  geographicPreference: Division[] | null;
}

export interface Program {
  /** `ID` when present, otherwise `name|STATE` (see `programKey`). */
  key: string;
  name: string;
  id: string;
  city: string;
  /** Two-letter code, or '' when blank or unreadable. */
  state: string;
  region: Region | null;
  /** Census division: from the state, or from a division named in `Region` when the state is unknown. */
  division: Division | null;
  type: ProgramType | null;
  track: Track | null;
  firstAccredited: number | null;
  positions: number | null;
  minStepTwo: number | null;
  /** `Min is` Hard (default) or Preferred. */
  minIsHard: boolean;
  typicalStepTwo: number | null;
  /** A fraction from 0 to 1. */
  imgShare: number | null;
  takesImgs: boolean | null;
  /** Failed attempts allowed. */
  maxFailedAttempts: number | null;
  /** Years since graduation allowed. */
  yogCutoff: number | null;
  usceRequired: boolean | null;
  sponsorsVisa: VisaSponsorship | null;
  source: string;
  /**
   * As precise as typed: `YYYY` (a year alone), `YYYY-MM` (a month) or `YYYY-MM-DD` (a day, or a date cell);
   * null when blank or unreadable. Staleness is judged from the end of that period.
   */
  lastVerified: string | null;
  notes: string;
  /** The 1-based sheet row the program came from, so issues can name its cells. */
  row: number;
}

/** One term of a program's fit, as the `Why` text shows it. */
export interface FitFactor {
  /** Plain words, e.g. `preferred region (South)` or `tie (TX)`. */
  label: string;
  /** Points added, rounded as shown. */
  points: number;
}

/** One step of a program's Chance as `Why` shows it (see `src/core/chance.ts`). */
export interface ChanceStepView {
  label: string;
  /** Whole percent after this step. */
  chance: number;
  /** Depends on the applicant's own score (left out of lists shared without scores). */
  scoreBased: boolean;
}

/** One program's place in an applicant's list. */
export interface RankedProgram {
  program: Program;
  rank: number;
  category: Category;
  /** Interview chance in whole percent (1–99) without any signal; null for Below minimum and Not eligible. */
  chance: number | null;
  /** The steps behind `chance`, base first (empty when there is no chance). */
  chanceSteps: ChanceStepView[];
  /** Data the chance could not use (e.g. `typical score`), each named in `Why`. */
  chanceUnknown: string[];
  /** 0–100 from the applicant's preferences only; null for Below minimum and Not eligible. */
  fit: number | null;
  /** The terms that add up to `fit`. */
  fitFactors: FitFactor[];
  /** Applicant's Step 2 CK minus the program's minimum; null when either is unknown. */
  margin: number | null;
  /** The suggested signal (`Gold`, `Silver` or ''). */
  signal: Signal;
  /** The signal the applicant wrote in `Signal sent` ('' when none). */
  signalSent: Signal;
  /** The chance with the signal that counts (sent, else suggested), whole percent; null when none counts. */
  signalledChance: number | null;
  apply: boolean;
  /** The chain, the signal's effect and the fit, e.g. `Chance 18%: US IMG base 5% → … Fit 70: …`. */
  why: string;
  /**
   * Requirement failures (the ones that cannot change first), unknowns, a missed preferred minimum, stale data —
   * joined with `; `. Names program figures (`hard minimum Step 2 CK 230`) but never the applicant's own
   * score; a list shared without scores also drops those figures (`withoutScoreNumbers`).
   */
  issues: string;
}

/** A suggested ERAS geographic-preference division and why. */
export interface DivisionSuggestion {
  division: Division;
  /** Plain words, e.g. `tie: TX; 9 eligible programs`. */
  reason: string;
}

/** The interview figures of a plan (SPEC section 2). */
export interface InterviewOutlook {
  /** Programs counted: the Apply set (and any other eligible program with a signal sent). */
  programs: number;
  /** Sum of the counted programs' chances, each signalled one at its signalled chance. */
  expected: number;
  /** The same without any signal. */
  expectedWithoutSignals: number;
  /** `Target interviews` in force. */
  target: number;
  /** Exact chance (whole percent) of at least `target` interviews, with signals. */
  chanceOfTarget: number;
  /** The same as shown: `23%`, or `less than 1%` / `more than 99%` where rounding would hide the difference. */
  chanceOfTargetText: string;
  /** The chance wanted (whole percent, e.g. 90). */
  wanted: number;
  /** Programs it would take to reach `wanted` (adding eligible programs by Chance), or null when none would. */
  programsNeeded: number | null;
  /** Chance of the target (whole percent) with every eligible program, when `programsNeeded` is null. */
  chanceWithAll: number;
  /** Plain words for all of the above, with what to do. */
  advice: string;
}

export interface ChecklistItem {
  item: string;
  /** null when the applicant's data does not say. */
  met: boolean | null;
  detail: string;
}

/**
 * The PGY-1 year an Advanced program needs (SPEC section 1): the Apply set counted by `Track` and how many
 * Preliminary/Transitional programs to apply to as well. Plain JSON (it reaches the sidebar).
 */
export interface PgyOneYear {
  /** Programs of the Apply set whose Track is Advanced (they start at PGY-2). */
  advanced: number;
  /** Programs of the Apply set whose Track is Categorical (they include PGY-1). */
  categorical: number;
  /** Programs of the Apply set that offer both tracks; they count with the Advanced ones for the PGY-1 year. */
  both: number;
  /** Programs of the Apply set whose Track is blank or whose sheet has no Track column. */
  unknown: number;
  /** Preliminary/Transitional applications advised: 0 when no Apply program is Advanced (or Both). */
  recommended: number;
  /** ERAS fees for them, priced as a specialty of their own (dollars). */
  erasCost: number;
  /** Plain-words advice, e.g. `Advanced programs start in the second year of residency (PGY-2), …`. */
  advice: string;
  /** Said once when some Apply programs have no known Track; null when every Track is known. */
  unknownNote: string | null;
}

/** Everything the `Application Plan` sheet and the sidebar's summary show for one applicant. */
export interface Plan {
  applicant: string;
  stepTwoScore: number | null;
  /** Failed attempts known for sure (with `failedAttemptsUnknown`, there may be more). */
  failedAttempts: number;
  /** True when a Step's attempts could not be read: the tier, count and advice are the careful ones. */
  failedAttemptsUnknown?: boolean;
  /** Why `tier` is null, in plain words for the plan (e.g. `Add a Step 2 CK score to see the tier`). */
  tierNote?: string;
  /** null when the Step 2 CK score, or the failed attempts, are unknown and the known failures do not decide it. */
  tier: Tier | null;
  /** The low end of the range, e.g. 60. */
  recommended: number;
  /** As shown to users, e.g. `60–80` or `80+, and dual-apply`. */
  range: string;
  /** Plain-words dual-application advice. */
  dualApply: string;
  /** Plain-words Step 3 advice. */
  stepThree: string;
  /** Red flags to be ready to explain, e.g. `1 failed USMLE attempt`. */
  redFlags: string[];
  checklist: ChecklistItem[];
  counts: Record<Category, number>;
  applyCount: number;
  /** Dollars for the programs marked Apply (DR only; the PGY-1 applications' fees are in `pgyOne`). */
  erasCost: number;
  signals: { gold: string[]; silver: string[] };
  /** Where the signals come from: RadList's suggestions, the applicant's `Signal sent`, or both. */
  signalSource: 'suggested' | 'sent' | 'both' | 'none';
  /** Set when fewer eligible programs exist than recommended: what to widen. */
  shortfall: string | null;
  /** Set when a category had too few programs for its share of the Apply set: where the places went. */
  applyFill: string | null;
  interviews: InterviewOutlook;
  /** The Profile's geographic preference (null: not chosen yet; []: none). */
  geographicPreference: Division[] | null;
  /** Up to 3 suggestions when `geographicPreference` is null. */
  suggestedDivisions: DivisionSuggestion[];
  /** Plain-words geographic-preference advice. */
  geographicAdvice: string;
  /** One sentence per Programs column that is absent from the sheet (instead of an issue on every row). */
  dataNotes: string[];
  /** Advanced and Categorical programs in the Apply set, and the PGY-1 applications they need. */
  pgyOne: PgyOneYear;
  /** The season so far, from the `Status` column: null when no status is marked yet. */
  progress?: SeasonProgress | null;
  /** The programs counted in expected interviews, by category, and the interviews expected from each. */
  applyMix?: ApplyMixRow[];
}

/** One category of the programs applied to (the Apply set and any other with a signal sent). */
export interface ApplyMixRow {
  category: 'Reach' | 'Target' | 'Safety';
  programs: number;
  /** Expected interviews from them (each signalled one at its signalled chance). */
  expected: number;
}

/** The season so far (SPEC section 3.5): applications marked in `Status` against the chance model. */
export interface SeasonProgress {
  /** Programs with a status (every status means the applicant applied). */
  applied: number;
  /** Of them: still `Applied` (no answer yet), invited (Invited, Interviewed, Ranked, Matched), rejected, withdrawn. */
  waiting: number;
  invited: number;
  rejected: number;
  withdrawn: number;
  /**
   * Invitations the chance model expects from the programs applied to and not withdrawn from: the sum of
   * their chances, each signalled one at its signalled chance.
   */
  expected: number;
  /** Programs applied to that have no Chance (Below minimum or Not eligible), left out of `expected`. */
  withoutChance: number;
  /** The programs marked `Matched`, in list order (one when the season ended well; more is a mistake). */
  matched?: string[];
  /** The whole sentence the plan and the sidebar show. */
  text: string;
}
