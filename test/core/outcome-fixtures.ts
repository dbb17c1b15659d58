/**
 * Synthetic outcomes for fit tests: applicants and applications drawn with a seeded generator, each result
 * drawn from the chance model itself with chosen "true" settings (`predictOutcome`), so a fit has known
 * values to recover.
 */

import { predictOutcome } from '../../src/core/chance-features.ts';
import type { Observation } from '../../src/core/chance-fit.ts';
import { randomInt, randomNormal, seededRandom } from '../../src/core/seeded-random.ts';
import type { Settings } from '../../src/core/settings.ts';
import type { ApplicantType, ProgramType } from '../../src/core/types.ts';

const TYPES: readonly ApplicantType[] = ['US IMG', 'US IMG', 'Non-US IMG', 'DO', 'US MD'];
const PROGRAM_TYPES: readonly ProgramType[] = ['University', 'Community', 'Hybrid'];

/**
 * Applications of `applicants` applicants over `cycles`, results drawn from `truth`.
 *
 * @param truth - the settings the results are drawn from
 * @param options - how many applicants, applications each, cycles, seed, share rotated
 * @returns observations as the fit takes them
 */
export function syntheticObservations(
  truth: Settings,
  options: {
    applicants: number;
    perApplicant: number;
    cycles: readonly number[];
    seed: number;
    /** Share of applications with a rotation (default 4%). */
    rotated?: number;
  },
): Observation[] {
  const random = seededRandom(options.seed);
  const rows: Observation[] = [];
  for (let a = 0; a < options.applicants; a += 1) {
    const applicantType = TYPES[randomInt(random, 0, TYPES.length - 1)]!;
    const score = Math.round(228 + 12 * randomNormal(random));
    const failedAttempts = random() < 0.8 ? 0 : 1;
    const cycle = options.cycles[a % options.cycles.length]!;
    for (let n = 0; n < options.perApplicant; n += 1) {
      const typical = random() < 0.9 ? Math.round(232 + 9 * randomNormal(random)) : null;
      const facts = {
        applicantType,
        stepTwoScore: score,
        failedAttempts,
        typicalStepTwo: typical,
        minStepTwo: typical === null && random() < 0.5 ? 215 : null,
        imgShare: random() < 0.85 ? Math.floor(random() * 60) / 100 : null,
        programType: PROGRAM_TYPES[randomInt(random, 0, 2)]!,
        signal: (random() < 0.06 ? 'Gold' : random() < 0.07 ? 'Silver' : '') as 'Gold' | 'Silver' | '',
        rotated: random() < (options.rotated ?? 0.04),
        ties: random() < 0.15,
      };
      const invited = random() < predictOutcome(facts, truth);
      rows.push({ ...facts, applicant: `A${a}`, cycle, invited });
    }
  }
  return rows;
}
