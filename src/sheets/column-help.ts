/**
 * What each output column means, in plain words, for the note on its header cell (lists, `Cohort Lists`,
 * `Cohort Summary`). Figures that come from `Settings` (the Reach/Target/Safety bands, signal counts, the
 * target interviews) are the ones in force, so a note never disagrees with the sheet it sits on.
 */
import { defaultSettings, type Settings } from '../core/settings.ts';

/** The settings the notes quote. */
export type HelpSettings = Pick<
  Settings,
  'targetFrom' | 'safetyFrom' | 'goldSignals' | 'silverSignals' | 'targetInterviews' | 'atRiskBelow'
>;

/** The documented defaults, for a builder not given the settings in force. */
export function defaultHelpSettings(): HelpSettings {
  return defaultSettings(2000);
}

/** The note of each column, by header. */
function notes(s: HelpSettings): Record<string, string> {
  return {
    Applicant: 'The cohort applicant this row is about (from the Cohort sheet).',
    Rank: 'Where the program stands in the list: the programs marked Apply first, then the other eligible ones, each by Chance (highest first); then Below minimum and Not eligible.',
    Program:
      'The program, as named in the Programs sheet. The list is in the order RadList suggests: the programs marked Apply first, then the other eligible ones, each by Chance (highest first); then Below minimum and Not eligible. Rank and Program stay in view while you scroll right.',
    ID: 'The program’s ID from the Programs sheet (ACGME ID or NRMP code). RadList uses it to keep your Notes with the right program.',
    City: 'From the Programs sheet.',
    State: 'From the Programs sheet.',
    Type: 'University, Community or Hybrid (community-based university). Community, hybrid and new programs tend to be more open to lower scores, so Type counts in Chance.',
    Track:
      'Categorical programs include the first year of training (PGY-1). Advanced programs start at PGY-2, so you also need a preliminary or transitional PGY-1 year: the plan counts those applications and their cost.',
    Category: `Safety: Chance ${s.safetyFrom}% or more. Target: Chance ${s.targetFrom}% to ${Math.max(s.targetFrom, s.safetyFrom - 1)}%. Reach: Chance below ${s.targetFrom}%. Below minimum: your Step 2 CK is under the program’s hard minimum. Not eligible: another hard requirement fails (Issues says which). The bands are in Settings.`,
    Chance:
      'Your estimated chance, in percent, that this program invites you to interview if you apply, without a signal. It starts from a base rate for your applicant type and moves with your score against the program’s typical score, its IMG share, its type, and a rotation or tie there. Why shows each step and what a signal would make it.',
    Fit: 'How well the program matches what you want, 0 to 100: your preferred regions and program types, your ties and rotations (Why lists the points). Fit never changes the category; it decides which programs go into the Apply set and where signals go.',
    'Min Step 2 CK':
      'The program’s minimum Step 2 CK, from the Programs sheet. Under a hard minimum the program is Below minimum; under a preferred one it is at most a Reach.',
    'Typical Step 2 CK':
      'The Step 2 CK of a typical resident or interviewee there (median or average, from the Programs sheet). Chance compares your score with it.',
    Margin:
      'Your Step 2 CK minus the program’s minimum: +5 is 5 points above it, −3 is 3 points below. Blank when either is unknown.',
    'IMG %':
      'The share of the program’s residents who are international medical graduates. For an IMG, a higher share raises Chance.',
    Signal: `The preference signal RadList suggests: Gold or Silver (${s.goldSignals} gold and ${s.silverSignals} silver, set in Settings). Signals go where they add the most chance, weighted by Fit, and never to a Below minimum or Not eligible program.`,
    'Signal sent':
      'Yours to fill: choose Gold or Silver for each signal you actually sent. The plan then counts these instead of the suggestions. Kept when the list is made again.',
    Apply:
      'Yes marks the programs to apply to: the recommended number (see the plan), a mix of reach, target and safety programs chosen by Fit, then Chance.',
    Status:
      'Yours to fill as the season goes: Applied, Invited, Interviewed, Rejected, Withdrawn, Ranked or Matched. Kept when the list is made again.',
    Why: 'Why the program has this Chance, step by step (each step with the chance after it), what a signal would make it, and the Fit points.',
    Issues:
      'What stands in the way (a failed requirement, a missed minimum) and data that is unknown or may be out of date. Check these with the program.',
    Notes:
      'Yours: what you type here stays with this program when the list is made again (a program that leaves the list keeps its notes at the bottom).',
    'Step 2 CK': 'The applicant’s Step 2 CK score, from the Cohort sheet.',
    Tier: 'Step 2 CK tier: Competitive, Average, Mildly low, Moderately low or Significantly low (two or more failed attempts make it Significantly low).',
    Recommended: 'How many programs to apply to (the low end of the recommended range).',
    Eligible: 'Programs the applicant can apply to: Reach + Target + Safety.',
    Reach: `Eligible programs with a Chance below ${s.targetFrom}%.`,
    Target: `Eligible programs with a Chance from ${s.targetFrom}% to ${Math.max(s.targetFrom, s.safetyFrom - 1)}%.`,
    Safety: `Eligible programs with a Chance of ${s.safetyFrom}% or more.`,
    'Below minimum': 'Programs whose hard minimum Step 2 CK is above the applicant’s score.',
    'Not eligible': 'Programs where another hard requirement fails (see Cohort Lists, Issues).',
    'Expected interviews':
      'About how many interviews to expect from the programs marked Apply, counting the signals.',
    'Chance of target': `The chance of at least ${s.targetInterviews} interviews (Target interviews in Settings) from the programs marked Apply.`,
    'At risk': `Yes when Chance of target is below ${s.atRiskBelow}% (At risk below % in Settings).`,
    'Dual-apply': 'Whether to apply to a second specialty as well (see the applicant’s plan).',
    'ERAS cost':
      'ERAS fees, in dollars, for the programs marked Apply plus the PGY-1 applications that Advanced programs need.',
    'Top programs': 'The best three programs of the Apply set.',
  };
}

/**
 * The header notes of a sheet's columns, in order ('' for a column with no note).
 *
 * @param columns - the headers RadList writes, from column A
 * @param settings - the settings in force (default: the documented defaults)
 * @param skipFirst - leave column A's note '' (A1's note is the sheet's mark)
 * @returns one note per column
 * @example
 * columnNotes(['Rank', 'Chance'], defaultHelpSettings(), true)[1] // 'Your estimated chance, in percent, …'
 */
export function columnNotes(
  columns: readonly string[],
  settings: HelpSettings = defaultHelpSettings(),
  skipFirst = true,
): string[] {
  const table = notes(settings);
  return columns.map((column, i) => (skipFirst && i === 0 ? '' : (table[column] ?? '')));
}
