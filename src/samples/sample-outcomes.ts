/**
 * A fictional `Outcomes` history for the sample workbook: four past cycles (2022–2025), 32 invented
 * applicants known only by codes (`S01`…`S32`), each applying to 14–22 of the fictional sample programs,
 * every row labelled `Fictional sample — not real data` in `Source`. Made by a seeded generator, so it is the
 * same every time: each applicant's profile is drawn, then each application's result is drawn from an
 * invented chance model (`SAMPLE_TRUTH`, not RadList's defaults and not data about any real program), so a
 * model fitted to these rows has something to find. Part of the sample workbook (`setupSheets` with samples).
 */
import { randomInt, randomNormal, seededRandom } from '../core/seeded-random.ts';
import type { ApplicantType, Program } from '../core/types.ts';
import { OUTCOME_HEADERS } from '../sheets/read-outcomes.ts';
import { readPrograms } from '../sheets/read-programs.ts';
import { SAMPLE_PROGRAMS } from './sample-programs.ts';

const SOURCE = 'Fictional sample — not real data';
const SEED = 20260610;
export const SAMPLE_OUTCOME_CYCLES: readonly number[] = [2022, 2023, 2024, 2025];
const APPLICANTS_PER_CYCLE = 8;

/** The invented chance model the sample results are drawn from, in log-odds (documented, not sourced). */
export const SAMPLE_TRUTH = {
  base: { 'US MD': -0.6, DO: -1.1, 'US IMG': -1.8, 'Non-US IMG': -2.8 } as Record<ApplicantType, number>,
  /** Per Step 2 CK point below the program's typical score (steeper) and above it. */
  perPointBelow: 0.12,
  perPointAbove: 0.05,
  /** For IMGs, per unit of IMG share (0 to 1). */
  imgShare: 2,
  community: 0.9,
  failedAttempt: -0.7,
  rotated: 1.5,
  ties: 0.2,
  gold: 1.6,
  silver: 0.9,
} as const;

const TYPES: readonly ApplicantType[] = ['US IMG', 'US IMG', 'US IMG', 'Non-US IMG', 'DO', 'US MD'];

function logistic(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}

/** The programs an applicant of this type could apply to: they take IMGs (for IMGs) and are readable. */
function openTo(programs: readonly Program[], type: ApplicantType): Program[] {
  const img = type === 'US IMG' || type === 'Non-US IMG';
  return programs.filter((p) => !(img && p.takesImgs === false));
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function chanceOf(
  program: Program,
  applicant: { type: ApplicantType; score: number; failed: number },
  extras: { rotated: boolean; tie: boolean; signal: string },
): number {
  const t = SAMPLE_TRUTH;
  const img = applicant.type === 'US IMG' || applicant.type === 'Non-US IMG';
  const typical = program.typicalStepTwo ?? program.minStepTwo;
  let eta = t.base[applicant.type] + t.failedAttempt * applicant.failed;
  if (typical !== null) {
    const margin = applicant.score - typical;
    eta += margin < 0 ? t.perPointBelow * margin : t.perPointAbove * margin;
  }
  if (img && program.imgShare !== null) eta += t.imgShare * program.imgShare;
  if (program.type === 'Community') eta += t.community;
  if (extras.rotated) eta += t.rotated;
  if (extras.tie) eta += t.ties;
  if (extras.signal === 'Gold') eta += t.gold;
  if (extras.signal === 'Silver') eta += t.silver;
  return logistic(eta);
}

function resultWord(invited: boolean, random: () => number): string {
  if (random() < 0.04) return 'Withdrawn';
  if (!invited) return 'Not invited';
  const r = random();
  return r < 0.55 ? 'Invited' : r < 0.85 ? 'Interviewed' : r < 0.97 ? 'Ranked' : 'Matched';
}

/**
 * The sample `Outcomes` sheet: the header row (`OUTCOME_HEADERS`) and one row per application.
 *
 * @returns a fresh 2-D array, the same on every call
 * @example sampleOutcomes()[0] // ['Cycle', 'Applicant', 'Applicant type', …]
 */
export function sampleOutcomes(): unknown[][] {
  const random = seededRandom(SEED);
  const programs = readPrograms(SAMPLE_PROGRAMS).programs;
  const rows: unknown[][] = [[...OUTCOME_HEADERS]];
  let code = 0;
  for (const cycle of SAMPLE_OUTCOME_CYCLES) {
    for (let n = 0; n < APPLICANTS_PER_CYCLE; n += 1) {
      code += 1;
      const type = TYPES[randomInt(random, 0, TYPES.length - 1)]!;
      const score = Math.max(196, Math.min(258, Math.round(226 + 12 * randomNormal(random))));
      const failed = random() < 0.75 ? 0 : random() < 0.8 ? 1 : 2;
      const homeState = programs[randomInt(random, 0, programs.length - 1)]!.state;
      const chosen = shuffled(openTo(programs, type), random).slice(0, randomInt(random, 14, 22));
      const signals = new Map<Program, string>();
      for (const [i, program] of shuffled(chosen, random).slice(0, 8).entries()) {
        signals.set(program, i < 4 ? 'Gold' : 'Silver');
      }
      const rotation = random() < 0.6 ? chosen[randomInt(random, 0, chosen.length - 1)] : undefined;
      for (const program of chosen) {
        const signal = signals.get(program) ?? '';
        const rotated = program === rotation;
        const tie = program.state !== '' && program.state === homeState;
        const invited = random() < chanceOf(program, { type, score, failed }, { rotated, tie, signal });
        rows.push([
          cycle,
          `S${String(code).padStart(2, '0')}`,
          type,
          score,
          failed,
          program.name,
          program.id,
          program.typicalStepTwo ?? '',
          program.minStepTwo ?? '',
          program.imgShare === null ? '' : Math.round(program.imgShare * 100),
          program.type ?? '',
          program.state,
          signal,
          rotated ? 'Yes' : 'No',
          tie ? 'Yes' : 'No',
          resultWord(invited, random),
          SOURCE,
        ]);
      }
    }
  }
  return rows;
}
