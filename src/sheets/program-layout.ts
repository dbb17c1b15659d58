/**
 * The pieces of real program lists that are not one field a column: NRMP program codes (whose letter gives
 * the track), a `Specialty` column (only Diagnostic Radiology rows are kept), a `City, State` column, and
 * FREIDA's two visa columns (J-1 and H-1B, each Yes/No). Pure helpers for `read-programs.ts`.
 */
import type { Track, VisaSponsorship } from '../core/types.ts';
import { normalizeLabel } from './normalize.ts';
import { cellString, type Parsed, parseState } from './parse-values.ts';

/** What the 8th character of an NRMP program code says about the position. */
export type NrmpPosition = 'Advanced' | 'Categorical' | 'Preliminary' | 'Physician';

const NRMP_LETTERS: Readonly<Record<string, NrmpPosition>> = {
  A: 'Advanced',
  C: 'Categorical',
  M: 'Categorical',
  P: 'Preliminary',
  R: 'Physician',
};

/**
 * The position type of an NRMP program code: 4 digits (institution), 3 digits (specialty), the type letter
 * (`A` advanced, `C` categorical, `M` primary-care categorical, `P` preliminary, `R` reserved for physicians
 * with earlier residency training), then a 1–3 digit track number (`1234420A0`). Null for anything else
 * (an ACGME ID, a name).
 *
 * @param id - the `ID` cell's text
 * @returns the position type, or null when `id` is not an NRMP code
 * @example
 * nrmpPosition('1234420A0') // 'Advanced'
 */
export function nrmpPosition(id: string): NrmpPosition | null {
  const match = /^\d{7}([A-Za-z])\d{1,3}$/.exec(id.trim());
  if (!match) return null;
  return NRMP_LETTERS[match[1]!.toUpperCase()] ?? null;
}

/**
 * The track an NRMP position type gives a DR program, or null for positions that are not DR training a
 * RadList user applies to (preliminary years, physician-reserved positions).
 *
 * @example
 * trackOfPosition('Categorical') // 'Categorical'
 */
export function trackOfPosition(position: NrmpPosition): Track | null {
  if (position === 'Advanced') return 'Advanced';
  if (position === 'Categorical') return 'Categorical';
  return null;
}

/** Specialty cells (normalised) that are Diagnostic Radiology. */
const DR_SPECIALTIES = new Set([
  'diagnosticradiology',
  'radiologydiagnostic',
  'radiologydiagnosticdiagnosticradiology',
  'diagnosticradiologydr',
  'radiology',
  'dr',
  'diagnosticradiologyadvanced',
  'diagnosticradiologycategorical',
  'radiologydiagnosticadvanced',
  'radiologydiagnosticcategorical',
]);

/**
 * True when a `Specialty` cell names Diagnostic Radiology (`Diagnostic Radiology`, NRMP's
 * `Radiology-Diagnostic`, `Radiology`, `DR`); false for any other specialty, including Interventional
 * Radiology and Nuclear Medicine. A blank cell is not judged (null).
 *
 * @example
 * isDiagnosticRadiology('Radiology-Diagnostic') // true
 * isDiagnosticRadiology('Interventional Radiology-Integrated') // false
 */
export function isDiagnosticRadiology(cell: unknown): boolean | null {
  const text = cellString(cell);
  if (text === '') return null;
  const folded = normalizeLabel(text.length > 100 ? text.slice(0, 100) : text);
  if (DR_SPECIALTIES.has(folded)) return true;
  if (/interventional|nuclear|pediatric|neuro|fellowship/.test(folded)) return false;
  return /^(diagnosticradiology|radiologydiagnostic)/.test(folded);
}

/** A `City, State` cell split in two. `state` is '' when no state could be read; `bad` says so. */
export interface CityState {
  city: string;
  state: string;
  /** True when the cell has text but no US state could be found in it. */
  bad: boolean;
}

/**
 * Splits a `City, State` cell: `Boston, MA`, `Boston, Massachusetts`, `Boston, MA 02115`, `Boston MA`; a
 * state alone (`Ohio`) is a state with no city. Near misses of a state name are not guessed here.
 *
 * @param cell - the cell value
 * @returns the city and the state code
 * @example
 * splitCityState('Rochester, MN') // { city: 'Rochester', state: 'MN', bad: false }
 */
export function splitCityState(cell: unknown): CityState {
  const text = cellString(cell)
    .replace(/\s+\d{5}(?:-\d{4})?$/, '')
    .replace(/[\s,]+$/, '');
  if (text === '' || text.length > 200) return { city: '', state: '', bad: text !== '' };
  const exact = (part: string) => {
    const parsed = parseState(part);
    return parsed.kind === 'value' && parsed.readAs === undefined ? parsed.value : '';
  };
  const comma = text.lastIndexOf(',');
  if (comma >= 0) {
    const city = text.slice(0, comma).trim();
    const state = exact(text.slice(comma + 1).trim());
    return { city, state, bad: state === '' };
  }
  const alone = exact(text);
  if (alone !== '') return { city: '', state: alone, bad: false };
  const words = /^(.*\S)\s+([A-Za-z]{2}|[A-Za-z.]{4})$/.exec(text);
  const state = words ? exact(words[2]!) : '';
  if (words && state !== '') return { city: words[1]!, state, bad: false };
  return { city: text, state: '', bad: true };
}

/**
 * `Sponsors visa` from FREIDA's two Yes/No visa columns: both yes → Both; one yes → that visa; both no →
 * None. An unknown side leaves None unsaid (a yes on the other side is still that visa).
 *
 * @param j1 - the J-1 column, parsed
 * @param h1b - the H-1B column, parsed
 * @returns the sponsorship, or null when it cannot be told
 * @example
 * visaFromColumns({ kind: 'value', value: true }, { kind: 'value', value: false }) // 'J-1'
 */
export function visaFromColumns(j1: Parsed<boolean>, h1b: Parsed<boolean>): VisaSponsorship | null {
  const yes = (p: Parsed<boolean>) => (p.kind === 'value' ? p.value : null);
  const j = yes(j1);
  const h = yes(h1b);
  if (j === true && h === true) return 'Both';
  if (j === true) return 'J-1';
  if (h === true) return 'H-1B';
  if (j === false && h === false) return 'None';
  return null;
}
