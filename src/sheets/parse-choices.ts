/**
 * Cells that hold one of a few choices (yes/no, program type, track, visa, applicant type, Step 1 result,
 * `Min is`) and comma lists. Choices match like headers: case-insensitively, ignoring spaces and punctuation,
 * with the common other names listed in docs/sheet-formats.md.
 */
import type { ApplicantType, ProgramType, StepOneResult, Track, VisaSponsorship } from '../core/types.ts';
import { normalizeLabel } from './normalize.ts';
import {
  blankOrNa,
  cellString,
  invalid,
  isDate,
  ownEntry,
  type Parsed,
  parsed,
  readAsNearest,
} from './parse-cell.ts';
import { nearestChoice } from './parse-nearest.ts';
import { parseScore } from './parse-numbers.ts';

export const YES_NO_EXPECTED = 'Yes or No (also Y/N, TRUE/FALSE, 1/0, ✓/✗)';

const YES_SYMBOLS = new Set(['✓', '✔', '☑', '✅']);
const NO_SYMBOLS = new Set(['✗', '✘', '☐', '❌']);
const YES_WORDS = new Set(['yes', 'y', 'true', '1']);
const NO_WORDS = new Set(['no', 'n', 'false', '0']);

/**
 * Yes/No: Yes/No, Y/N, TRUE/FALSE, 1/0, ✓/✔ (yes) and ✗/✘ (no), or a checkbox's boolean. A lone `x` is
 * invalid: it means "ticked" to some people and "no" to others.
 *
 * @param v - the cell value
 * @returns true or false, blank, na or invalid
 * @example
 * parseYesNo('✓') // { kind: 'value', value: true }
 */
export function parseYesNo(v: unknown): Parsed<boolean> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v === 'boolean') return parsed(v);
  if (typeof v === 'number') return v === 1 || v === 0 ? parsed(v === 1) : invalid(YES_NO_EXPECTED);
  if (typeof v !== 'string') return invalid(YES_NO_EXPECTED);
  const text = v.trim();
  if (YES_SYMBOLS.has(text)) return parsed(true);
  if (NO_SYMBOLS.has(text)) return parsed(false);
  const folded = text.length > 20 ? '' : normalizeLabel(text);
  if (YES_WORDS.has(folded)) return parsed(true);
  if (NO_WORDS.has(folded)) return parsed(false);
  return invalid(YES_NO_EXPECTED);
}

/** How a choice parser treats text outside its table. */
interface ChoiceOptions {
  /** Read a near miss (a letter or two off) as the closest spelling, saying so (`readAs`). */
  nearest?: boolean;
  /** Folded words that mean "not one of these, nothing to fix" (unknown, no issue), e.g. `other`. */
  unknown?: readonly string[];
}

/** Builds a parser for a fixed set of choices from a table of normalised spellings. */
function choiceParser<T>(
  table: Readonly<Record<string, T>>,
  expected: string,
  options: ChoiceOptions = {},
): (v: unknown) => Parsed<T> {
  return (v: unknown) => {
    const early = blankOrNa(v);
    if (early) return early;
    if (typeof v !== 'string' || isDate(v) || v.length > 100) return invalid(expected);
    const key = normalizeLabel(v);
    const found = ownEntry(table, key);
    if (found !== undefined) return parsed(found);
    if (options.unknown?.includes(key)) return { kind: 'na' };
    const near = options.nearest ? nearestChoice(key, table) : null;
    return near ? readAsNearest(near.value, String(near.value)) : invalid(expected);
  };
}

/**
 * Program types as lists write them (normalised): FREIDA's "Program best described as" values
 * (`University-based`, `Community-based`, `Community-based university affiliated hospital`) and the words
 * community trackers use (`Academic`, `Affiliated hospital`, `University-affiliated community`).
 */
const PROGRAM_TYPES: Readonly<Record<string, ProgramType>> = {
  university: 'University',
  universitybased: 'University',
  universityprogram: 'University',
  universityhospital: 'University',
  academic: 'University',
  academicprogram: 'University',
  academiccenter: 'University',
  academicmedicalcenter: 'University',
  academicmedicalcentre: 'University',
  amc: 'University',
  community: 'Community',
  communitybased: 'Community',
  communityhospital: 'Community',
  communityprogram: 'Community',
  hybrid: 'Hybrid',
  mixed: 'Hybrid',
  communitybaseduniversity: 'Hybrid',
  communitybaseduniversityaffiliated: 'Hybrid',
  communitybaseduniversityaffiliatedhospital: 'Hybrid',
  communityuniversityaffiliated: 'Hybrid',
  universityaffiliated: 'Hybrid',
  universityaffiliatedcommunity: 'Hybrid',
  universityaffiliatedcommunityhospital: 'Hybrid',
  universityaffiliatedhospital: 'Hybrid',
  affiliatedhospital: 'Hybrid',
  academicaffiliated: 'Hybrid',
  academicaffiliatedcommunity: 'Hybrid',
  academiccommunity: 'Hybrid',
  communityacademic: 'Hybrid',
  hybridacademiccommunity: 'Hybrid',
};

/**
 * Program type: University (or Academic), Community, Hybrid (or Community-based university, University-
 * affiliated community, Affiliated hospital); a type a letter or two off is read as the closest. FREIDA's
 * `Other` and `Military-based` are none of the three: unknown, with no issue.
 *
 * @example
 * parseProgramType('Academic') // { kind: 'value', value: 'University' }
 * parseProgramType('Univeristy') // { kind: 'value', value: 'University', readAs: 'University' }
 */
export const parseProgramType = choiceParser(PROGRAM_TYPES, 'University, Community or Hybrid', {
  nearest: true,
  unknown: ['other', 'military', 'militarybased'],
});

/**
 * Track: Advanced, Categorical or Both (also `Advanced and categorical`).
 *
 * @example
 * parseTrack('categorical') // { kind: 'value', value: 'Categorical' }
 */
export const parseTrack = choiceParser<Track>(
  {
    advanced: 'Advanced',
    categorical: 'Categorical',
    both: 'Both',
    advancedandcategorical: 'Both',
    categoricalandadvanced: 'Both',
    advancedcategorical: 'Both',
    categoricaladvanced: 'Both',
  },
  'Advanced, Categorical or Both',
);

export const VISA_EXPECTED = 'None, J-1, H-1B or Both (e.g. "J-1 only", "J-1 & H-1B", "No sponsorship")';

/** Whole cells (normalised) that mean no visa is sponsored. */
const NO_VISA: Readonly<Record<string, VisaSponsorship>> = {
  none: 'None',
  no: 'None',
  nosponsorship: 'None',
  novisa: 'None',
  novisas: 'None',
  novisasponsorship: 'None',
  nosponsor: 'None',
  nonesponsored: 'None',
  notsponsored: 'None',
  doesnotsponsor: 'None',
  doesnotsponsorvisas: 'None',
  doesntsponsor: 'None',
  donotsponsor: 'None',
  uscitizensonly: 'None',
  citizensonly: 'None',
  uscitizensandgreencardholdersonly: 'None',
  uscitizensorgreencardholdersonly: 'None',
  greencardonly: 'None',
  both: 'Both',
  j1: 'J-1',
  h1b: 'H-1B',
};

/** A visa's name in any usual spelling (`J1`, `J-1`, `J 1`, `H1B`, `H-1B`, `H1-B`) as one token. */
function visaTokens(text: string): string {
  return ` ${text.toLowerCase()} `
    .replace(/(^|[^a-z0-9])j[\s-]?1(?=$|[^0-9])/g, '$1 j1 ')
    .replace(/(^|[^a-z0-9])h[\s-]?1[\s-]?b(?=$|[^a-z0-9])/g, '$1 h1b ')
    .replace(/[^a-z0-9]+/g, ' ');
}

/**
 * Visa sponsorship: None, J-1, H-1B or Both, as lists write it: `J1 only`, `J-1 (ECFMG)`, `J-1 & H-1B`,
 * `J1/H1B`, `H-1B only`, `No sponsorship`, `Does not sponsor`, `US citizens only`. A sentence that starts
 * with a no (`No J-1 or H-1B`) is None. A plain `Yes` does not say which visa and is invalid; a value a letter
 * or two off (`No sponsorhip`) is read as the closest.
 *
 * @example
 * parseVisa('J1') // { kind: 'value', value: 'J-1' }
 * parseVisa('J-1 & H-1B') // { kind: 'value', value: 'Both' }
 */
export function parseVisa(v: unknown): Parsed<VisaSponsorship> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v !== 'string' || v.length > 100) return invalid(VISA_EXPECTED);
  const key = normalizeLabel(v);
  const whole = ownEntry(NO_VISA, key);
  if (whole) return parsed(whole);
  const tokens = visaTokens(v);
  const j1 = / j1 /.test(tokens);
  const h1b = / h1b /.test(tokens);
  const negated = /^ (no|none|not|does not|doesn t|doesnt|do not) /.test(tokens) && !/ only /.test(tokens);
  if (negated && (j1 || h1b || / (visa|visas|sponsor|sponsorship|sponsors) /.test(tokens))) {
    return parsed('None');
  }
  // "J-1 only, no H-1B": a visa named after a no is not sponsored.
  const deniedJ1 = / (no|not) j1 /.test(tokens);
  const deniedH1b = / (no|not) h1b /.test(tokens);
  const offersJ1 = j1 && !deniedJ1;
  const offersH1b = h1b && !deniedH1b;
  if (offersJ1 && offersH1b) return parsed('Both');
  if (offersJ1) return parsed('J-1');
  if (offersH1b) return parsed('H-1B');
  if (j1 || h1b) return parsed('None');
  const near = nearestChoice(key, NO_VISA);
  return near ? readAsNearest(near.value, near.value) : invalid(VISA_EXPECTED);
}

/**
 * Applicant type: US MD, DO, US IMG or Non-US IMG (also `MD`, `Osteopathic`, `US citizen IMG`,
 * `International`). A bare `IMG` is invalid: it does not say which.
 *
 * @example
 * parseApplicantType('us-img') // { kind: 'value', value: 'US IMG' }
 */
export const parseApplicantType = choiceParser<ApplicantType>(
  {
    usmd: 'US MD',
    md: 'US MD',
    allopathic: 'US MD',
    do: 'DO',
    usdo: 'DO',
    osteopathic: 'DO',
    usimg: 'US IMG',
    uscitizenimg: 'US IMG',
    usciticenimg: 'US IMG',
    nonusimg: 'Non-US IMG',
    nonuscitizenimg: 'Non-US IMG',
    foreignimg: 'Non-US IMG',
    internationalimg: 'Non-US IMG',
    international: 'Non-US IMG',
  },
  'US MD, DO, US IMG or Non-US IMG',
);

/**
 * `Min is`: Hard (also Required, Strict, Cutoff) or Preferred (also Soft, Recommended).
 *
 * @example
 * parseMinIs('soft') // { kind: 'value', value: 'Preferred' }
 */
export const parseMinIs = choiceParser<'Hard' | 'Preferred'>(
  {
    hard: 'Hard',
    required: 'Hard',
    strict: 'Hard',
    cutoff: 'Hard',
    firm: 'Hard',
    preferred: 'Preferred',
    soft: 'Preferred',
    recommended: 'Preferred',
  },
  'Hard or Preferred',
);

const STEP_ONE_WORDS: Readonly<Record<string, 'Pass' | 'Fail'>> = {
  pass: 'Pass',
  passed: 'Pass',
  p: 'Pass',
  fail: 'Fail',
  failed: 'Fail',
  f: 'Fail',
};

/**
 * Step 1: Pass, Fail (also P/F, Passed/Failed) or an old numeric score from 1 to 300.
 *
 * @example
 * parseStepOne('passed') // { kind: 'value', value: 'Pass' }
 */
export function parseStepOne(v: unknown): Parsed<Exclude<StepOneResult, null>> {
  const early = blankOrNa(v);
  if (early) return early;
  const word =
    typeof v === 'string' && v.length <= 20 ? ownEntry(STEP_ONE_WORDS, normalizeLabel(v)) : undefined;
  if (word) return parsed(word);
  const score = parseScore(v);
  return score.kind === 'invalid' ? invalid('Pass, Fail or an old score from 1 to 300') : score;
}

/**
 * A comma, semicolon or line-break separated list, as trimmed non-empty items.
 *
 * @param v - the cell value
 * @returns the items (none for a blank cell)
 * @example
 * splitList('Northeast; NY, ') // ['Northeast', 'NY']
 */
export function splitList(v: unknown): string[] {
  if (isDate(v)) return [];
  return cellString(v)
    .split(/[,;\n\r]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
