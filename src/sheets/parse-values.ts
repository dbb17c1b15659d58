/**
 * One parser per value kind of SPEC section 3, in one place for the readers and the custom functions.
 * Every parser takes any cell value and returns `Parsed<T>`: a value, `blank`, `na` (the cell says N/A: unknown,
 * no issue) or `invalid` with what was expected (the caller turns it into an issue). None throws, and none
 * turns unreadable input into 0. The parsers live in parse-*.ts files by kind; import them from here.
 */

export { regionOfState } from '../core/us-states.ts';
export type { Parsed } from './parse-cell.ts';
export { blankOrNa, cellString, formulaError, isDate, showCell } from './parse-cell.ts';
export {
  parseApplicantType,
  parseMinIs,
  parseProgramType,
  parseStepOne,
  parseTrack,
  parseVisa,
  parseYesNo,
  splitList,
} from './parse-choices.ts';
export { parseDate, parseYear } from './parse-dates.ts';
export { editDistance, nearestChoice } from './parse-nearest.ts';
export {
  COUNT_LIMITS,
  countUpTo,
  isPercentFormat,
  limitUpTo,
  parseCount,
  parseMinimumScore,
  parseMonthsAsWeeks,
  parsePercent,
  parseScore,
  parseTypicalScore,
  parseWeeks,
  USMLE_ATTEMPT_LIMIT,
} from './parse-numbers.ts';
export { parseDivision, parseRegionOrState, parseState, type RegionOrState } from './parse-places.ts';
