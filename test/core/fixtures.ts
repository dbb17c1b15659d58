/**
 * Fixture builders for core tests: a plain applicant and a plain program with every field set to a neutral
 * value, so each test states only what it is about (`makeProgram({ minStepTwo: 230 })`). Other test files
 * import these; keep the defaults neutral (no factor fires, no requirement fails) unless a test overrides them.
 */
import type { Applicant, PgyOneYear, Program } from '../../src/core/types.ts';

/**
 * An applicant with a known Step 2 CK of 230, US IMG, no failures, graduated in 2022, no preferences.
 *
 * @param overrides - fields to replace
 * @returns a fresh applicant
 * @example
 * makeApplicant({ stepTwoScore: 215 })
 */
export function makeApplicant(overrides: Partial<Applicant> = {}): Applicant {
  return {
    name: 'Test Applicant',
    applicantType: 'US IMG',
    stepOne: 'Pass',
    stepOneAttempts: 1,
    stepTwoScore: 230,
    stepTwoAttempts: 1,
    stepThreeScore: null,
    graduationYear: 2022,
    needsVisa: false,
    usceWeeks: 8,
    radiologyLetters: 2,
    otherLetters: 1,
    posters: 0,
    publications: 0,
    preferredRegions: [],
    preferredStates: [],
    preferredTypes: [],
    rotations: [],
    ties: [],
    geographicPreference: null,
    ...overrides,
  };
}

/**
 * A University program in Ohio with no stated requirements (every requirement blank) and no IMG data,
 * verified shortly before the 2026 cycle.
 *
 * @param overrides - fields to replace; `key` defaults to `id` or `name|state`
 * @returns a fresh program
 * @example
 * makeProgram({ name: 'Lakeview Regional Medical Center', minStepTwo: 220 })
 */
export function makeProgram(overrides: Partial<Program> = {}): Program {
  const base: Program = {
    key: '',
    name: 'Fictional University Hospital',
    id: '',
    city: 'Columbus',
    state: 'OH',
    region: 'Midwest',
    division: 'East North Central',
    type: 'University',
    track: 'Categorical',
    firstAccredited: 1980,
    positions: 6,
    minStepTwo: null,
    minIsHard: true,
    typicalStepTwo: null,
    imgShare: null,
    takesImgs: null,
    maxFailedAttempts: null,
    yogCutoff: null,
    usceRequired: null,
    sponsorsVisa: null,
    source: '',
    lastVerified: '2026-01-15',
    notes: '',
    row: 2,
    ...overrides,
  };
  if (base.key === '') base.key = base.id !== '' ? base.id : `${base.name}|${base.state}`;
  return base;
}

/**
 * A plan's PGY-1 year for an Apply set of Categorical programs only (no separate first year needed).
 *
 * @param overrides - fields to replace
 * @returns a fresh PGY-1 year
 * @example
 * makePgyOne({ advanced: 12, recommended: 12, erasCost: 132 })
 */
export function makePgyOne(overrides: Partial<PgyOneYear> = {}): PgyOneYear {
  return {
    advanced: 0,
    categorical: 0,
    both: 0,
    unknown: 0,
    recommended: 0,
    erasCost: 0,
    advice: 'All the programs you apply to are Categorical.',
    unknownNote: null,
    ...overrides,
  };
}
