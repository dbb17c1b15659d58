/**
 * `buildPlan`: everything the `Application Plan` sheet and the sidebar's summary show for one applicant,
 * from the applicant and the ranked list — tier, recommended count, category counts, the ERAS cost of the
 * Apply set, expected interviews and the chance of the target (`outlook.ts`), advice, checklist, signals,
 * geographic-preference advice, the PGY-1 year Advanced programs need (`pgy-one.ts`) and, when too few
 * programs are eligible, what to widen.
 */
import { buildChecklist } from './checklist.ts';
import { erasCost } from './eras.ts';
import { matchEntries } from './match-names.ts';
import {
  absentColumnNotes,
  applyFillText,
  geographicAdvice,
  interviewOutlook,
  suggestDivisions,
} from './outlook.ts';
import { pgyOneYear } from './pgy-one.ts';
import { dualApplyAdvice, type Recommendation, recommendation, redFlags, stepThreeAdvice } from './plan.ts';
import type { Settings } from './settings.ts';
import { countFailedAttempts, tierFor, unknownAttempts } from './tier.ts';
import {
  type Applicant,
  CATEGORIES,
  type Category,
  type Plan,
  type Program,
  type RankedProgram,
} from './types.ts';

const ALL_TYPES = ['University', 'Community', 'Hybrid'] as const;
const ALL_REGIONS = ['Northeast', 'Midwest', 'South', 'West'] as const;

/** How many programs fall in each category (every category present, zero when none). */
function countCategories(ranked: RankedProgram[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const row of ranked) counts[row.category] += 1;
  return counts;
}

/** The shortfall sentence: how many are eligible against the recommendation, and what to widen. */
function shortfallText(
  applicant: Applicant,
  counts: Record<Category, number>,
  rec: Recommendation,
): string | null {
  const eligible = counts.Reach + counts.Target + counts.Safety;
  if (eligible >= rec.count) return null;
  const widen: string[] = [];
  const regions = applicant.preferredRegions;
  const places = [...regions, ...applicant.preferredStates];
  const narrowRegions =
    applicant.preferredStates.length > 0 || (regions.length > 0 && regions.length < ALL_REGIONS.length);
  widen.push(
    narrowRegions
      ? `add more programs to your Programs sheet, especially outside your preferred regions (${places.join(', ')})`
      : 'add more programs to your Programs sheet, from every region',
  );
  const missingTypes = ALL_TYPES.filter((t) => !applicant.preferredTypes.includes(t));
  widen.push(
    applicant.preferredTypes.length > 0 && missingTypes.length > 0
      ? `add more ${missingTypes.join(' and ')} programs too, not only your preferred ${applicant.preferredTypes.length === 1 ? 'type' : 'types'} (${applicant.preferredTypes.join(', ')})`
      : 'add more community and hybrid programs, which are more open to lower scores',
  );
  // Only where the dual-apply advice itself says so, so the plan never contradicts itself.
  if (rec.dualApply === 'yes') widen.push('dual-apply with a backup specialty as advised');
  else if (rec.dualApply === 'consider') widen.push('consider dual-applying with a backup specialty');
  const excluded = counts['Below minimum'] + counts['Not eligible'];
  const lead = `Only ${eligible} eligible program${eligible === 1 ? '' : 's'} for the ${rec.count} recommended`;
  const why =
    excluded > 0 ? ` (${excluded} more ${excluded === 1 ? 'is' : 'are'} below minimum or not eligible)` : '';
  const note =
    places.length > 0 || applicant.preferredTypes.length > 0
      ? ' Your preferred regions and program types only add Fit; they never leave a program out.'
      : '';
  return `${lead}${why}. To widen your list: ${widen.join('; ')}.${note}`;
}

/** Why the tier is unknown: the score first (it is what the tier is of), then the attempts. */
function tierNoteOf(stepTwoScore: number | null, s: Settings): string {
  if (stepTwoScore === null) return 'Add a Step 2 CK score to see the tier';
  return `Fill in the USMLE attempts to see the tier: ${s.failuresForSignificantlyLow} or more failed attempts make it Significantly low whatever the score`;
}

/**
 * The plan for one applicant.
 *
 * @param applicant - the applicant
 * @param ranked - the applicant's ranked list (from `rankPrograms`), with apply and signal set
 * @param s - settings in force
 * @param absentColumns - Programs columns absent from the sheet (said once in `dataNotes`)
 * @param unrecognised - for an absent column, the unknown header near it, in a sentence (added to its note)
 * @returns the `Plan`; tier null when the Step 2 CK is unknown and failures do not decide it
 * @example
 * buildPlan(applicant, rankPrograms(applicant, programs, s, { recommended: 60 }), s).erasCost // e.g. 1230
 */
export function buildPlan(
  applicant: Applicant,
  ranked: RankedProgram[],
  s: Settings,
  absentColumns?: ReadonlySet<keyof Program>,
  unrecognised?: ReadonlyMap<keyof Program, string>,
): Plan {
  const failedAttempts = countFailedAttempts(applicant);
  // Attempts that could not be read are unknown, never 1: the tier, count and advice turn careful.
  const attemptsUnknown = unknownAttempts(applicant).length > 0;
  const tier = tierFor(applicant.stepTwoScore, failedAttempts, s, attemptsUnknown);
  const rec = recommendation(applicant.stepTwoScore, failedAttempts, s, attemptsUnknown);
  const counts = countCategories(ranked);
  const applyCount = ranked.filter((row) => row.apply).length;
  const counting = (row: RankedProgram) => (row.signalSent !== '' ? row.signalSent : row.signal);
  const gold = ranked.filter((row) => counting(row) === 'Gold').map((row) => row.program.name);
  const silver = ranked.filter((row) => counting(row) === 'Silver').map((row) => row.program.name);
  const anySent = ranked.some((row) => row.signalSent !== '');
  const anySuggested = ranked.some((row) => row.signal !== '');
  const suggestedDivisions = applicant.geographicPreference === null ? suggestDivisions(ranked) : [];
  const whatToDo: string[] = [];
  if (rec.dualApply === 'yes') whatToDo.push('dual-apply with a backup specialty as advised');
  else if (rec.dualApply === 'consider') whatToDo.push('consider dual-applying with a backup specialty');
  if (applicant.geographicPreference === null)
    whatToDo.push('name your geographic preference where your ties are');
  return {
    applicant: applicant.name,
    stepTwoScore: applicant.stepTwoScore,
    failedAttempts,
    ...(attemptsUnknown ? { failedAttemptsUnknown: true } : {}),
    tier,
    ...(tier === null ? { tierNote: tierNoteOf(applicant.stepTwoScore, s) } : {}),
    recommended: rec.count,
    range: rec.range,
    dualApply: dualApplyAdvice(applicant.stepTwoScore, failedAttempts, s, attemptsUnknown),
    stepThree: stepThreeAdvice(applicant, failedAttempts, s, attemptsUnknown),
    redFlags: redFlags(applicant, s),
    checklist: buildChecklist(applicant, tier, s, {
      suggestedSignals: { gold: gold.length, silver: silver.length },
      rotations: matchEntries(
        applicant.rotations,
        ranked.map((row) => row.program),
        'rotation',
      ),
    }),
    counts,
    applyCount,
    erasCost: erasCost([applyCount], s),
    signals: { gold, silver },
    signalSource: anySent ? (anySuggested ? 'both' : 'sent') : anySuggested ? 'suggested' : 'none',
    shortfall: shortfallText(applicant, counts, rec),
    applyFill: applyFillText(ranked, s),
    interviews: interviewOutlook(ranked, s, whatToDo),
    geographicPreference: applicant.geographicPreference,
    suggestedDivisions,
    geographicAdvice: geographicAdvice(applicant, suggestedDivisions, s),
    dataNotes: absentColumnNotes(absentColumns, applicant, unrecognised),
    pgyOne: pgyOneYear(ranked, s, absentColumns?.has('track') ?? false),
  };
}
