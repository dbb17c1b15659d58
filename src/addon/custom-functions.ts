/**
 * The custom functions of SPEC section 4 (`=RAD_TIER(B4)` …). Each takes a single value or a 2-D range and
 * returns the same shape: a single argument paired with a range applies to every cell; two ranges of
 * different shapes are an error. Blank (or N/A) in gives '' out (RAD_ERAS_COST: only where every argument is
 * blank). In a range, a bad cell gives `#INVALID: reason` in its place; a bad single value throws an Error
 * naming the function, the value and what was expected (`RAD_TIER: "abc" is not a Step 2 CK score; expected a
 * number from 1 to 300`), and so does a required argument the formula leaves out (an empty cell passed in is
 * blank, not missing), with an example of the formula written right. Settings are read at most once per call, and only when some cell needs them. Read-only:
 * nothing here writes, opens a dialog or touches Properties.
 */

import { categoryFromChance, scoresOnlyChance, signalledChance } from '../core/chance.ts';
import { erasCost } from '../core/eras.ts';
import { chanceOfAtLeast } from '../core/interviews.ts';
import { recommendation } from '../core/plan.ts';
import type { Settings } from '../core/settings.ts';
import { tierFor } from '../core/tier.ts';
import {
  COUNT_LIMITS,
  countUpTo,
  formulaError,
  type Parsed,
  parseCount,
  parsePercent,
  parseScore,
  parseTypicalScore,
  showCell,
} from '../sheets/parse-values.ts';
import { loadSettings } from './read-workbook.ts';

type Cell = string | number | boolean;
/** What a custom function returns: one value, or a range of values. */
export type CustomResult = Cell | Cell[][];

/** The cell's result is blank ('' out). */
const SKIP = Symbol('skip');
type Read<T> = T | typeof SKIP;
/** Turns one cell into a value, SKIP, or throws CellProblem. */
type Reader<T> = (cell: unknown) => Read<T>;

/** A cell that cannot be read; `message` says what it holds and what was expected. */
class CellProblem extends Error {}

const SCORE_EXPECTED = 'expected a whole number from 1 to 300';
/** A typical score is an average: a decimal is read, rounded (as in Programs). */
const TYPICAL_EXPECTED = 'expected a number from 1 to 300';
const COUNT_EXPECTED = 'expected a whole number, 0 or more';

/** What a formula that leaves out its Step 2 CK is told. */
const missingScore = (fn: string): string =>
  `the Step 2 CK score is missing; expected a whole number from 1 to 300 or a cell holding one, e.g. =${fn}(221) or =${fn}(Profile!B5)`;

/** `"abc"` for text, `999` for a number, `TRUE` for a checkbox, as an error message shows a value. */
function showValue(cell: unknown): string {
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return typeof cell === 'string' ? `"${showCell(cell)}"` : showCell(cell);
}

/** A reader built on a `Parsed` parser: blank → `onBlank`, N/A → SKIP, invalid → CellProblem. */
function reader<T>(
  parse: (cell: unknown) => Parsed<T>,
  what: string,
  expected: string,
  onBlank: Read<T> | null,
): Reader<T | null> {
  return (cell) => {
    const result = parse(cell);
    if (result.kind === 'value') return result.value;
    if (result.kind === 'invalid') {
      const error = formulaError(cell);
      if (error !== null) {
        throw new CellProblem(
          `${error} is a formula error, not ${what}; fix the formula the value comes from`,
        );
      }
      throw new CellProblem(`${showValue(cell)} is not ${what}; ${expected}`);
    }
    if (result.kind === 'na') return onBlank === null ? null : SKIP;
    return onBlank;
  };
}

const parseScoreCell = reader(parseScore, 'a Step 2 CK score', SCORE_EXPECTED, SKIP) as Reader<number>;
const parseFailuresCell = reader(
  parseCount,
  'a number of failed attempts',
  COUNT_EXPECTED,
  0,
) as Reader<number>;
/**
 * A score cell. A whole number from 1 to 300 (what nearly every cell of a range holds) is the score as it is,
 * exactly as `parseScore` reads it, without building a result per cell; anything else goes through the parser.
 */
const readScore: Reader<number> = (cell) =>
  typeof cell === 'number' && Number.isInteger(cell) && cell >= 1 && cell <= 300
    ? cell
    : parseScoreCell(cell);
/** A failed-attempts cell: a whole number from 0 as it is (as `parseCount` reads it), else the parser. */
const readFailures: Reader<number> = (cell) =>
  typeof cell === 'number' && Number.isSafeInteger(cell) && cell >= 0 ? cell : parseFailuresCell(cell);
/** A program's minimum or typical score: blank or N/A means none stated (null); a typical score may be a decimal. */
const readProgramScore = (what: 'minimum' | 'typical'): Reader<number | null> =>
  what === 'typical'
    ? reader(parseTypicalScore, 'a typical Step 2 CK', TYPICAL_EXPECTED, null)
    : reader(parseScore, `a ${what} Step 2 CK`, SCORE_EXPECTED, null);

/** A 1-D array is one row; anything else is a single value (null). */
function asGrid(value: unknown): unknown[][] | null {
  if (!Array.isArray(value)) return null;
  return value.every(Array.isArray) ? (value as unknown[][]) : [value];
}

const shapeText = (grid: unknown[][]): string => {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  return `${rows} row${rows === 1 ? '' : 's'} × ${columns} column${columns === 1 ? '' : 's'}`;
};

/**
 * Applies `compute` cell by cell over arguments that are single values or same-shaped ranges.
 *
 * @param fn - the function's name, for error messages
 * @param args - the arguments with their names and readers; `missing` (for a required argument) says what to
 *   give when the formula leaves it out (an empty cell passed in is blank, not missing)
 * @param compute - the result for one cell's read values (none of them SKIP), in the order of `args`; read
 *   them by index (no destructuring: that walks an iterator per cell) and keep no reference to the array,
 *   which is reused for every cell
 * @returns one value, or a range the shape of the range arguments
 */
function mapCells(
  fn: string,
  args: { name: string; value: unknown; read: Reader<unknown>; missing?: string }[],
  compute: (values: unknown[]) => Cell,
): CustomResult {
  for (const arg of args) {
    if (arg.missing !== undefined && arg.value === undefined) throw new Error(`${fn}: ${arg.missing}`);
  }
  const grids = args.map((arg) => asGrid(arg.value));
  const firstGrid = grids.findIndex((grid) => grid !== null);
  const singles = args.map((arg, i) => {
    if (grids[i] !== null) return undefined;
    try {
      return arg.read(arg.value);
    } catch (error) {
      if (error instanceof CellProblem) throw new Error(`${fn}: ${error.message}`);
      throw error;
    }
  });
  if (firstGrid < 0) return singles.includes(SKIP) ? '' : compute(singles);
  const shape = grids[firstGrid]!;
  grids.forEach((grid, i) => {
    if (grid && (grid.length !== shape.length || grid.some((row, r) => row.length !== shape[r]!.length))) {
      throw new Error(
        `${fn}: ${args[firstGrid]!.name} is ${shapeText(shape)} but ${args[i]!.name} is ${shapeText(grid)}; give ranges of the same size, or a single value`,
      );
    }
  });
  // Cell by cell with plain loops: a custom function runs cold, once per formula, over ranges of thousands
  // of cells, so nothing is made per cell but its result.
  const count = args.length;
  const values = new Array<unknown>(count);
  const out: Cell[][] = new Array(shape.length);
  for (let r = 0; r < shape.length; r++) {
    const width = shape[r]!.length;
    const line: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) {
      try {
        let skip = false;
        for (let i = 0; i < count; i++) {
          const grid = grids[i];
          const value = grid ? args[i]!.read(grid[r]![c]) : singles[i];
          if (value === SKIP) skip = true;
          values[i] = value;
        }
        line[c] = skip ? '' : compute(values);
      } catch (error) {
        if (error instanceof CellProblem) line[c] = `#INVALID: ${error.message}`;
        else throw error;
      }
    }
    out[r] = line;
  }
  return out;
}

/**
 * Settings read on first use, then kept for the rest of this call. With `model`, the fitted values of RadList's
 * `Model` sheet are put over them (the chance model in force, as the lists use it; RAD_CHANCE and
 * RAD_CATEGORY); the other formulas read `Settings` alone, so they need no extra lookup.
 */
function settingsOnce(options: { model: boolean } = { model: false }): () => Settings {
  let settings: Settings | null = null;
  return () => {
    settings ??= options.model ? loadSettings().settings : loadSettings(undefined, { model: false }).settings;
    return settings;
  };
}

/**
 * `=RAD_TIER(step2ck, [failed_attempts])`: the Step 2 CK tier.
 *
 * @param step2ck - a score or a range of scores
 * @param failedAttempts - failed USMLE attempts (default 0), a single value or a range the same shape
 * @returns the tier text, '' for a blank score, or a range of them
 * @example
 * RAD_TIER(222) // 'Mildly low'
 */
export function RAD_TIER(step2ck: unknown, failedAttempts?: unknown): CustomResult {
  const settings = settingsOnce();
  return mapCells(
    'RAD_TIER',
    [
      { name: 'step2ck', value: step2ck, read: readScore, missing: missingScore('RAD_TIER') },
      { name: 'failed_attempts', value: failedAttempts, read: readFailures },
    ],
    (v) => tierFor(v[0] as number, v[1] as number, settings()),
  );
}

/**
 * `=RAD_APPLY_COUNT(step2ck, [failed_attempts])`: the recommended number of DR applications.
 *
 * @param step2ck - a score or a range of scores
 * @param failedAttempts - failed USMLE attempts (default 0), a single value or a range the same shape
 * @returns the count (the low end of the range shown), '' for a blank score, or a range of them
 * @example
 * RAD_APPLY_COUNT(222) // 60
 */
export function RAD_APPLY_COUNT(step2ck: unknown, failedAttempts?: unknown): CustomResult {
  const settings = settingsOnce();
  return mapCells(
    'RAD_APPLY_COUNT',
    [
      { name: 'step2ck', value: step2ck, read: readScore, missing: missingScore('RAD_APPLY_COUNT') },
      { name: 'failed_attempts', value: failedAttempts, read: readFailures },
    ],
    (v) => recommendation(v[0] as number, v[1] as number, settings()).count,
  );
}

/**
 * `=RAD_MEETS_MIN(step2ck, minimum)`: whether the score meets the program's minimum.
 *
 * @param step2ck - a score or a range of scores
 * @param minimum - a minimum or a range of minimums; blank (or N/A) means none stated, which is met
 * @returns TRUE/FALSE, '' for a blank score, or a range of them
 * @example
 * RAD_MEETS_MIN(225, 230) // false
 */
export function RAD_MEETS_MIN(step2ck: unknown, minimum?: unknown): CustomResult {
  return mapCells(
    'RAD_MEETS_MIN',
    [
      { name: 'step2ck', value: step2ck, read: readScore, missing: missingScore('RAD_MEETS_MIN') },
      {
        name: 'minimum',
        value: minimum,
        read: readProgramScore('minimum'),
        missing:
          "the program's minimum is missing; expected its minimum Step 2 CK (a blank cell if it has none), e.g. =RAD_MEETS_MIN(221, 230)",
      },
    ],
    (v) => v[1] === null || (v[0] as number) >= (v[1] as number),
  );
}

/** A program's IMG share: blank or N/A means unknown (null). */
const readImgShare = reader(
  parsePercent,
  'an IMG share',
  'expected a percent such as 35, 35% or 0.35',
  null,
) as Reader<number | null>;

/** A signal: `Gold`, `Silver`, or blank for none. */
const readSignal: Reader<'Gold' | 'Silver' | null> = (cell) => {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return null;
  const text = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
  if (text === 'gold') return 'Gold';
  if (text === 'silver') return 'Silver';
  throw new CellProblem(`${showValue(cell)} is not a signal; expected Gold, Silver or blank`);
};

/**
 * The category of a program from scores alone: Below minimum, or the band of `scoresOnlyChance` (never
 * Safety when typical and minimum are both unknown).
 */
function scoresCategory(score: number, minimum: number | null, typical: number | null, s: Settings): string {
  const result = scoresOnlyChance(score, typical, minimum, null, s);
  if (result === null) return 'Below minimum';
  const category = categoryFromChance(result.chance, s);
  return category === 'Safety' && result.scoresUnknown ? 'Target' : category;
}

/**
 * `=RAD_CATEGORY(step2ck, minimum, [typical])`: Below minimum, Reach, Target or Safety from scores alone — the
 * band of `RAD_CHANCE` for the same scores (a US IMG, nothing else known), as the list computes it.
 *
 * @param step2ck - a score or a range of scores
 * @param minimum - the program's minimum (blank if none), a single value or a range
 * @param typical - the program's typical score (blank if unknown), a single value or a range
 * @returns the category, '' for a blank score, or a range of them
 * @example
 * RAD_CATEGORY(225, 230) // 'Below minimum'
 */
export function RAD_CATEGORY(step2ck: unknown, minimum?: unknown, typical?: unknown): CustomResult {
  const settings = settingsOnce({ model: true });
  return mapCells(
    'RAD_CATEGORY',
    [
      { name: 'step2ck', value: step2ck, read: readScore, missing: missingScore('RAD_CATEGORY') },
      {
        name: 'minimum',
        value: minimum,
        read: readProgramScore('minimum'),
        missing:
          "the program's minimum is missing; expected its minimum Step 2 CK (a blank cell if it has none), e.g. =RAD_CATEGORY(221, 225, 232)",
      },
      { name: 'typical', value: typical, read: readProgramScore('typical') },
    ],
    (v) => scoresCategory(v[0] as number, v[1] as number | null, v[2] as number | null, settings()),
  );
}

/**
 * `=RAD_CHANCE(step2ck, typical, [minimum], [img_share], [signal])`: the interview chance in whole percent for
 * a US IMG with the model in force, exactly as the list computes it for a program whose only known figures
 * are these (docs/chance-model.md). 0 when the score is below the minimum (the list says Below minimum).
 *
 * @param step2ck - a score or a range of scores
 * @param typical - the program's typical Step 2 CK (blank if unknown), a single value or a range
 * @param minimum - its minimum (blank if none)
 * @param imgShare - its IMG share (35, 35% or 0.35; blank if unknown)
 * @param signal - `Gold`, `Silver` or blank: the chance with that signal
 * @returns whole percent, '' for a blank score, or a range of them
 * @example
 * RAD_CHANCE(221, 227, 210, 35) // the Chance the list shows for such a program
 */
export function RAD_CHANCE(
  step2ck: unknown,
  typical?: unknown,
  minimum?: unknown,
  imgShare?: unknown,
  signal?: unknown,
): CustomResult {
  const settings = settingsOnce({ model: true });
  return mapCells(
    'RAD_CHANCE',
    [
      { name: 'step2ck', value: step2ck, read: readScore, missing: missingScore('RAD_CHANCE') },
      { name: 'typical', value: typical, read: readProgramScore('typical') },
      { name: 'minimum', value: minimum, read: readProgramScore('minimum') },
      { name: 'img_share', value: imgShare, read: readImgShare },
      { name: 'signal', value: signal, read: readSignal },
    ],
    (v) => {
      const s = settings();
      const sig = v[4];
      const result = scoresOnlyChance(
        v[0] as number,
        v[1] as number | null,
        v[2] as number | null,
        v[3] as number | null,
        s,
      );
      if (result === null) return 0;
      return sig === null ? result.chance : signalledChance(result.chance, sig as 'Gold' | 'Silver', s);
    },
  );
}

/** A per-program chance in a range: blank is skipped (null); 18, 18% or 0.18 is 18%. */
const readChance = reader(
  parsePercent,
  'a chance',
  'expected a percent such as 18, 18% or 0.18',
  null,
) as Reader<number | null>;

/**
 * `=RAD_AT_LEAST(chances, k)`: the exact chance, in whole percent, of at least `k` interviews from programs
 * with these chances (Poisson-binomial, as the plan computes it from the whole percents shown). Blank cells in
 * `chances` are skipped; a cell that is not a chance is an error naming its place. `k` may be a range: one
 * result per cell.
 *
 * @param chances - a range of per-program chances (the list's Chance column, or RAD_CHANCE results)
 * @param k - how many interviews (a whole number, or a range of them)
 * @returns whole percent, '' for a blank k, or a range of them
 * @example
 * RAD_AT_LEAST([[50], [50]], 1) // 75
 */
export function RAD_AT_LEAST(chances: unknown, k?: unknown): CustomResult {
  if (chances === undefined) {
    throw new Error(
      "RAD_AT_LEAST: the chances are missing; expected a range of per-program chances, e.g. =RAD_AT_LEAST('Application List'!I2:I61, 12)",
    );
  }
  const grid = asGrid(chances) ?? [[chances]];
  const percents: number[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) {
      try {
        const value = readChance(row[c]);
        if (value !== null && value !== SKIP) percents.push(Math.round((value as number) * 100));
      } catch (error) {
        if (error instanceof CellProblem) {
          throw new Error(`RAD_AT_LEAST: chances row ${r + 1}, column ${c + 1}: ${error.message}`);
        }
        throw error;
      }
    }
  }
  const readK = reader(parseCount, 'a number of interviews', COUNT_EXPECTED, SKIP) as Reader<number>;
  const missingK =
    "how many interviews (k) is missing; expected a whole number after the range, e.g. =RAD_AT_LEAST('Application List'!I2:I61, 12)";
  return mapCells('RAD_AT_LEAST', [{ name: 'k', value: k, read: readK, missing: missingK }], (v) =>
    Math.round(chanceOfAtLeast(percents, v[0] as number) * 100),
  );
}

/** Argument names as the formula help shows them: `programs`, `programs_second_specialty`, then numbered. */
function specialtyArgName(index: number): string {
  if (index === 0) return 'programs';
  if (index === 1) return 'programs_second_specialty';
  return `programs_specialty_${index + 1}`;
}

/**
 * Programs in one specialty: blank or N/A is null (0 when another specialty has a count in that cell). No
 * specialty has `COUNT_LIMITS.programs` (1,000) programs, so a larger count is an error, not a fee.
 */
const readPrograms = (index: number): Reader<number | null> =>
  reader(
    countUpTo(COUNT_LIMITS.programs),
    index === 0 ? 'a number of programs' : `a number of programs (specialty ${index + 1})`,
    `expected a whole number from 0 to 1,000 (no specialty has more programs)`,
    null,
  );

/**
 * `=RAD_ERAS_COST(programs, [programs_second_specialty], …)`: ERAS fees, each argument one specialty priced
 * on its own. Element-wise like the other functions: a range gives one cost per cell (a column of program
 * counts gives a column of costs), several arguments are added cell by cell (a single value applies to every
 * cell). A cell blank in every argument gives ''; a blank beside a count is 0 programs for that specialty.
 *
 * @param programsPerSpecialty - per specialty, a count or a range of counts
 * @returns dollars, '' where every argument is blank, or a range of them
 * @example
 * RAD_ERAS_COST(43, 7) // 797
 * RAD_ERAS_COST([[30], [31], ['']]) // [[330], [360], ['']]
 */
export function RAD_ERAS_COST(...programsPerSpecialty: unknown[]): CustomResult {
  if (programsPerSpecialty.length === 0 || programsPerSpecialty[0] === undefined) {
    throw new Error(
      'RAD_ERAS_COST: the number of programs is missing; expected how many programs you apply to, e.g. =RAD_ERAS_COST(43) or =RAD_ERAS_COST(43, 7) for two specialties',
    );
  }
  const settings = settingsOnce();
  return mapCells(
    'RAD_ERAS_COST',
    programsPerSpecialty.map((value, i) => ({ name: specialtyArgName(i), value, read: readPrograms(i) })),
    (counts) => {
      if (counts.every((programs) => programs === null)) return '';
      return erasCost(
        counts.map((programs) => (programs as number | null) ?? 0),
        settings(),
      );
    },
  );
}
