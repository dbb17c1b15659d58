/**
 * Random but reproducible ranking inputs for the golden-output test (`ranking-golden.test.ts`): applicants,
 * program lists, settings and list options drawn from the project's own seeded generator (not fast-check,
 * whose draws may change between versions), so the same case number always gives the same input. The draws
 * cover every field the ranking reads: blanks and unknowns on both sides, hostile and look-alike names,
 * rotations and ties that do and do not match, Preferred minimums, stale dates in each precision, signals
 * already sent, columns absent from the sheet, statuses, and settings moved across their allowed range.
 */
import type { ListOptions } from '../../src/core/applicant-list.ts';
import { type Random, randomInt, seededRandom } from '../../src/core/seeded-random.ts';
import { defaultSettings, SETTINGS_TABLE, type Settings } from '../../src/core/settings.ts';
import {
  type Applicant,
  type ApplicantType,
  type Program,
  type ProgramType,
  type Region,
  type Signal,
  STATUSES,
  type Status,
  type Track,
  type VisaSponsorship,
} from '../../src/core/types.ts';
import { DIVISIONS } from '../../src/core/us-states.ts';

/** One ranking input. */
export interface RankingCase {
  applicant: Applicant;
  programs: Program[];
  settings: Settings;
  options: ListOptions;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const maybe = <T>(random: Random, p: number, value: () => T): T | null => (random() < p ? value() : null);

const NAMES = [
  'Lakeview Regional Medical Center',
  'Lakeview',
  "St. Mary's Hospital",
  'St Marys Hospital',
  'University Hospital',
  'Medical Center',
  'Riverside Community Hospital',
  'Northgate University',
  'Ohio Valley Health',
  'Texas Hill Country',
  'Saint Luke’s',
  'O’Neil Institute',
  '=HYPERLINK("x")',
  'Zürich General',
  'A',
  '  Spaced   Name  ',
];
const CITIES = ['Columbus', 'Dallas', 'New York', 'Lakeview', 'Springfield', '', 'San Juan'];
const STATES = ['OH', 'TX', 'NY', 'CA', 'PR', 'DC', '', 'ST'];
const REGIONS: readonly Region[] = ['Northeast', 'Midwest', 'South', 'West'];
const TYPES: readonly ProgramType[] = ['University', 'Community', 'Hybrid'];
const TRACKS: readonly Track[] = ['Advanced', 'Categorical', 'Both'];
const VISAS: readonly VisaSponsorship[] = ['None', 'J-1', 'H-1B', 'Both'];
const APPLICANT_TYPES: readonly ApplicantType[] = ['US MD', 'DO', 'US IMG', 'Non-US IMG'];
const ENTRIES = [
  'Lakeview',
  'Ohio',
  'OH',
  'tx',
  'Texas',
  'Dallas',
  'Medical Center',
  'st marys',
  'FX-B3',
  'fxb7',
  'Northgate University 2',
  'Washington DC',
  'ST',
  '',
  '   ',
  'Zürich',
  'Saint Luke’s 4',
];

function makeProgram(random: Random, i: number): Program {
  const name = `${pick(random, NAMES)}${random() < 0.7 ? ` ${i + 1}` : ''}`;
  const id = random() < 0.6 ? `FX-B${i + 1}` : random() < 0.5 ? '' : `${randomInt(random, 1, 9)}`;
  const state = pick(random, STATES);
  const day = String(randomInt(random, 1, 28)).padStart(2, '0');
  const month = String(randomInt(random, 1, 12)).padStart(2, '0');
  const year = randomInt(random, 2018, 2027);
  const verified = pick(random, [`${year}`, `${year}-${month}`, `${year}-${month}-${day}`, null, '2025-13']);
  const min = maybe(random, 0.6, () => randomInt(random, 190, 250));
  return {
    key: id !== '' && random() < 0.9 ? id : `${name}|${state}|${i}`,
    name,
    id,
    city: pick(random, CITIES),
    state,
    region: maybe(random, 0.8, () => pick(random, REGIONS)),
    division: maybe(random, 0.7, () => pick(random, DIVISIONS)),
    type: maybe(random, 0.8, () => pick(random, TYPES)),
    track: maybe(random, 0.7, () => pick(random, TRACKS)),
    firstAccredited: maybe(random, 0.7, () => randomInt(random, 1960, 2029)),
    positions: maybe(random, 0.7, () => randomInt(random, 1, 14)),
    minStepTwo: min,
    minIsHard: random() < 0.6,
    typicalStepTwo: maybe(random, 0.6, () => randomInt(random, 200, 265) + (random() < 0.1 ? 0.5 : 0)),
    imgShare: maybe(random, 0.6, () => (random() < 0.2 ? randomInt(random, 0, 10) / 10 : random())),
    takesImgs: maybe(random, 0.7, () => random() < 0.8),
    maxFailedAttempts: maybe(random, 0.5, () => randomInt(random, 0, 3)),
    yogCutoff: maybe(random, 0.5, () => randomInt(random, 0, 12)),
    usceRequired: maybe(random, 0.6, () => random() < 0.4),
    sponsorsVisa: maybe(random, 0.7, () => pick(random, VISAS)),
    source: '',
    lastVerified: verified,
    notes: '',
    row: i + 2,
  };
}

function makeApplicant(random: Random): Applicant {
  const entries = (n: number) => Array.from({ length: randomInt(random, 0, n) }, () => pick(random, ENTRIES));
  const attempts = () => pick(random, [1, 1, 1, 2, 3, null]);
  return {
    name: 'Case applicant',
    applicantType: pick(random, APPLICANT_TYPES),
    stepOne: pick(random, ['Pass', 'Fail', 230, null] as const),
    stepOneAttempts: attempts(),
    stepTwoScore: maybe(random, 0.9, () => randomInt(random, 185, 270)),
    stepTwoAttempts: attempts(),
    stepThreeScore: maybe(random, 0.3, () => randomInt(random, 190, 250)),
    graduationYear: maybe(random, 0.85, () => randomInt(random, 2008, 2027)),
    needsVisa: random() < 0.4,
    usceWeeks: maybe(random, 0.8, () => randomInt(random, 0, 16)),
    radiologyLetters: maybe(random, 0.8, () => randomInt(random, 0, 3)),
    otherLetters: maybe(random, 0.8, () => randomInt(random, 0, 3)),
    posters: maybe(random, 0.8, () => randomInt(random, 0, 5)),
    publications: maybe(random, 0.8, () => randomInt(random, 0, 5)),
    preferredRegions: REGIONS.filter(() => random() < 0.25),
    preferredStates: STATES.filter((s) => s !== '' && random() < 0.2),
    preferredTypes: TYPES.filter(() => random() < 0.3),
    rotations: entries(3),
    ties: entries(3),
    geographicPreference: random() < 0.4 ? null : DIVISIONS.filter(() => random() < 0.2).slice(0, 3),
  };
}

/** The settings that move: defaults for the cycle, with some values drawn across their allowed range. */
function makeSettings(random: Random): Settings {
  const s = defaultSettings(randomInt(random, 2024, 2028));
  if (random() < 0.5) return s;
  for (const row of SETTINGS_TABLE) {
    if (row.key === 'cycleYear' || random() < 0.8) continue;
    const low = row.min;
    const high = Math.min(row.max, row.kind === 'odds' ? 10 : row.max, low + 400);
    const value = low + random() * (high - low);
    (s as Record<string, number>)[row.key] =
      row.kind === 'number' || row.kind === 'odds' ? value : Math.round(value);
  }
  return s;
}

function makeOptions(random: Random, programs: readonly Program[]): ListOptions {
  const options: ListOptions = {};
  if (random() < 0.5) {
    const sent = new Map<string, Signal>();
    for (const program of programs) {
      if (random() < 0.08) sent.set(program.key, random() < 0.4 ? 'Gold' : 'Silver');
    }
    options.sentSignals = sent;
  }
  if (random() < 0.3)
    options.sentElsewhere = { gold: randomInt(random, 0, 3), silver: randomInt(random, 0, 5) };
  if (random() < 0.3) {
    const fields: (keyof Program)[] = [
      'minStepTwo',
      'typicalStepTwo',
      'imgShare',
      'takesImgs',
      'yogCutoff',
      'maxFailedAttempts',
      'sponsorsVisa',
      'usceRequired',
      'type',
      'lastVerified',
    ];
    options.absentColumns = new Set(fields.filter(() => random() < 0.3));
  }
  if (random() < 0.4) {
    const statuses = new Map<string, Status>();
    for (const program of programs) if (random() < 0.15) statuses.set(program.key, pick(random, STATUSES));
    options.statuses = statuses;
  }
  return options;
}

/**
 * The `index`th case: the same input every time.
 *
 * @param index - case number (0 or more)
 * @returns applicant, programs (0 to about 120), settings and options
 * @example rankingCase(3).programs.length // the same number every run
 */
export function rankingCase(index: number): RankingCase {
  const random = seededRandom(0x5eed + index * 7919);
  const count = index % 10 === 0 ? randomInt(random, 0, 3) : randomInt(random, 5, index % 7 === 0 ? 120 : 40);
  const programs = Array.from({ length: count }, (_, i) => makeProgram(random, i));
  const applicant = makeApplicant(random);
  const settings = makeSettings(random);
  return { applicant, programs, settings, options: makeOptions(random, programs) };
}
