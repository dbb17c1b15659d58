/**
 * US states and Census regions: a state is a two-letter code or a full name (DC and Puerto Rico included),
 * and a program's region, when its `Region` cell is blank, is its state's US Census region.
 */
import type { Region } from '../core/types.ts';
import { normalizeLabel } from './normalize.ts';
import { blankOrNa, cellString, invalid, ownEntry, type Parsed, parsed } from './parse-cell.ts';

export const STATE_EXPECTED = 'a US state as a two-letter code (NY) or its full name (New York)';
export const REGION_EXPECTED = 'Northeast, Midwest, South, West, or a US state';

/** Code, full name and US Census region (null: outside the four regions). */
// biome-ignore format: a compact table reads better than one state per three lines
const STATES: readonly (readonly [string, string, Region | null])[] = [
  ['AL', 'Alabama', 'South'], ['AK', 'Alaska', 'West'], ['AZ', 'Arizona', 'West'],
  ['AR', 'Arkansas', 'South'], ['CA', 'California', 'West'], ['CO', 'Colorado', 'West'],
  ['CT', 'Connecticut', 'Northeast'], ['DE', 'Delaware', 'South'], ['DC', 'District of Columbia', 'South'],
  ['FL', 'Florida', 'South'], ['GA', 'Georgia', 'South'], ['HI', 'Hawaii', 'West'], ['ID', 'Idaho', 'West'],
  ['IL', 'Illinois', 'Midwest'], ['IN', 'Indiana', 'Midwest'], ['IA', 'Iowa', 'Midwest'],
  ['KS', 'Kansas', 'Midwest'], ['KY', 'Kentucky', 'South'], ['LA', 'Louisiana', 'South'],
  ['ME', 'Maine', 'Northeast'], ['MD', 'Maryland', 'South'], ['MA', 'Massachusetts', 'Northeast'],
  ['MI', 'Michigan', 'Midwest'], ['MN', 'Minnesota', 'Midwest'], ['MS', 'Mississippi', 'South'],
  ['MO', 'Missouri', 'Midwest'], ['MT', 'Montana', 'West'], ['NE', 'Nebraska', 'Midwest'],
  ['NV', 'Nevada', 'West'], ['NH', 'New Hampshire', 'Northeast'], ['NJ', 'New Jersey', 'Northeast'],
  ['NM', 'New Mexico', 'West'], ['NY', 'New York', 'Northeast'], ['NC', 'North Carolina', 'South'],
  ['ND', 'North Dakota', 'Midwest'], ['OH', 'Ohio', 'Midwest'], ['OK', 'Oklahoma', 'South'],
  ['OR', 'Oregon', 'West'], ['PA', 'Pennsylvania', 'Northeast'], ['RI', 'Rhode Island', 'Northeast'],
  ['SC', 'South Carolina', 'South'], ['SD', 'South Dakota', 'Midwest'], ['TN', 'Tennessee', 'South'],
  ['TX', 'Texas', 'South'], ['UT', 'Utah', 'West'], ['VT', 'Vermont', 'Northeast'],
  ['VA', 'Virginia', 'South'], ['WA', 'Washington', 'West'], ['WV', 'West Virginia', 'South'],
  ['WI', 'Wisconsin', 'Midwest'], ['WY', 'Wyoming', 'West'], ['PR', 'Puerto Rico', null],
];

/** Other names that mean a state (normalised). */
const STATE_ALIASES: Readonly<Record<string, string>> = {
  washingtondc: 'DC',
  washingtondistrictofcolumbia: 'DC',
  washingtonstate: 'WA',
  newyorkstate: 'NY',
  puertoricousterritory: 'PR',
};

/** Region names and their other spellings (normalised). */
const REGION_NAMES: Readonly<Record<string, Region>> = {
  northeast: 'Northeast',
  northeastern: 'Northeast',
  midwest: 'Midwest',
  midwestern: 'Midwest',
  northcentral: 'Midwest',
  south: 'South',
  southern: 'South',
  west: 'West',
  western: 'West',
};

function findState(text: string): string | null {
  if (/^[a-z]{2}$/i.test(text)) {
    const code = text.toUpperCase();
    return STATES.some(([c]) => c === code) ? code : null;
  }
  const folded = normalizeLabel(text);
  if (/^[a-z]{2}$/.test(folded)) return findState(folded);
  const named = STATES.find(([, name]) => normalizeLabel(name) === folded);
  return named ? named[0] : (ownEntry(STATE_ALIASES, folded) ?? null);
}

/**
 * A state's two-letter code from the code (any case, `N.Y.`) or the full name.
 *
 * @param v - the cell value
 * @returns the code, blank, na or invalid
 * @example
 * parseState('new york') // { kind: 'value', value: 'NY' }
 */
export function parseState(v: unknown): Parsed<string> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v !== 'string' || v.length > 100) return invalid(STATE_EXPECTED);
  const code = findState(cellString(v));
  return code ? parsed(code) : invalid(STATE_EXPECTED);
}

/**
 * The US Census region of a two-letter state code (DC is South; Puerto Rico and unknown codes have none).
 *
 * @param code - a two-letter state code
 * @returns the region, or null
 * @example
 * regionOfState('TX') // 'South'
 */
export function regionOfState(code: string): Region | null {
  const upper = cellString(code).toUpperCase();
  const found = STATES.find(([c]) => c === upper);
  return found ? found[2] : null;
}

/** A region, or a state named where regions are expected. */
export type RegionOrState = { kind: 'region'; region: Region } | { kind: 'state'; state: string };

/**
 * A Census region (`Northeast`, `Midwest`, `South`, `West`, also `Midwestern` …) or a state.
 *
 * @param v - the cell value or one item of a list
 * @returns the region or state, blank, na or invalid
 * @example
 * parseRegionOrState('Ohio') // { kind: 'value', value: { kind: 'state', state: 'OH' } }
 */
export function parseRegionOrState(v: unknown): Parsed<RegionOrState> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v !== 'string' || v.length > 100) return invalid(REGION_EXPECTED);
  const region = ownEntry(REGION_NAMES, normalizeLabel(v));
  if (region) return parsed({ kind: 'region', region });
  const state = findState(cellString(v));
  return state ? parsed({ kind: 'state', state }) : invalid(REGION_EXPECTED);
}
