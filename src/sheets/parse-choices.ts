/**
 * Cells that hold one of a few choices (yes/no, program type, track, visa, applicant type, Step 1 result,
 * `Min is`) and comma lists. Choices match like headers: case-insensitively, ignoring spaces and punctuation,
 * with the common other names listed in docs/sheet-formats.md.
 */
import type { ApplicantType, ProgramType, StepOneResult, Track, VisaSponsorship } from '../core/types.ts';
import { normalizeLabel } from './normalize.ts';
import { blankOrNa, cellString, invalid, isDate, ownEntry, type Parsed, parsed } from './parse-cell.ts';
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

/** Builds a parser for a fixed set of choices from a table of normalised spellings. */
function choiceParser<T>(table: Readonly<Record<string, T>>, expected: string): (v: unknown) => Parsed<T> {
  return (v: unknown) => {
    const early = blankOrNa(v);
    if (early) return early;
    if (typeof v !== 'string' || isDate(v) || v.length > 100) return invalid(expected);
    const key = normalizeLabel(v);
    const found = ownEntry(table, key);
    return found === undefined ? invalid(expected) : parsed(found);
  };
}

const PROGRAM_TYPES: Readonly<Record<string, ProgramType>> = {
  university: 'University',
  academic: 'University',
  universitybased: 'University',
  academicmedicalcenter: 'University',
  community: 'Community',
  communitybased: 'Community',
  hybrid: 'Hybrid',
  communitybaseduniversity: 'Hybrid',
  communitybaseduniversityaffiliated: 'Hybrid',
  communitybaseduniversityaffiliatedhospital: 'Hybrid',
  universityaffiliated: 'Hybrid',
  universityaffiliatedcommunity: 'Hybrid',
};

/**
 * Program type: University (or Academic), Community, Hybrid (or Community-based university).
 *
 * @example
 * parseProgramType('Academic') // { kind: 'value', value: 'University' }
 */
export const parseProgramType = choiceParser(PROGRAM_TYPES, 'University, Community or Hybrid');

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

/**
 * Visa sponsorship: None (also No), J-1, H-1B or Both. A plain `Yes` does not say which visa and is invalid.
 *
 * @example
 * parseVisa('J1') // { kind: 'value', value: 'J-1' }
 */
export const parseVisa = choiceParser<VisaSponsorship>(
  {
    none: 'None',
    no: 'None',
    j1: 'J-1',
    j1only: 'J-1',
    h1b: 'H-1B',
    h1bonly: 'H-1B',
    both: 'Both',
    j1h1b: 'Both',
    h1bj1: 'Both',
    j1andh1b: 'Both',
    h1bandj1: 'Both',
    j1orh1b: 'Both',
  },
  'None, J-1, H-1B or Both',
);

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
