/**
 * US states, Census regions and divisions as people type them: a state is a two-letter code or a full name
 * (DC and Puerto Rico included); a region is one of the four Census regions or one of the nine divisions
 * (`South Atlantic` is read as the South, keeping the division); a geographic preference is a list of up to
 * three divisions, or "no preference". The state table itself is `src/core/us-states.ts`.
 */

import type { Division, Region } from '../core/types.ts';
import { DIVISIONS, isStateCode, regionOfDivision, US_STATES } from '../core/us-states.ts';
import { normalizeLabel } from './normalize.ts';
import {
  blankOrNa,
  cellString,
  invalid,
  ownEntry,
  type Parsed,
  parsed,
  readAsNearest,
} from './parse-cell.ts';
import { nearestChoice } from './parse-nearest.ts';

export const STATE_EXPECTED = 'a US state as a two-letter code (NY) or its full name (New York)';
export const REGION_EXPECTED =
  'Northeast, Midwest, South, West, a Census division (e.g. South Atlantic) or a US state';
export const DIVISION_EXPECTED = `a US Census division (${DIVISIONS.join(', ')}), or None`;

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

/** Division names and their other spellings (normalised). */
const DIVISION_NAMES: Readonly<Record<string, Division>> = Object.fromEntries([
  ...DIVISIONS.map((d) => [normalizeLabel(d), d]),
  ['midatlantic', 'Middle Atlantic'],
  ['newengland', 'New England'],
  ['encentral', 'East North Central'],
  ['wncentral', 'West North Central'],
  ['escentral', 'East South Central'],
  ['wscentral', 'West South Central'],
]);

/** Words that mean "no geographic preference" (normalised). */
const NO_PREFERENCE = new Set(['none', 'nopreference', 'nogeographicpreference', 'nopref', 'noneselected']);

/** Full state names (normalised) and their codes, for near misses (`Pensylvania`). */
const STATE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  US_STATES.map(([code, name]) => [normalizeLabel(name), code]),
);

/** What a place word may be read as when it is a letter or two off: `region:South`, `division:…`, `state:PA`. */
const PLACE_SPELLINGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(REGION_NAMES).map(([k, v]) => [k, `region:${v}`])),
  ...Object.fromEntries(Object.entries(DIVISION_NAMES).map(([k, v]) => [k, `division:${v}`])),
  ...Object.fromEntries(Object.entries(STATE_NAMES).map(([k, v]) => [k, `state:${v}`])),
};

function stateName(code: string): string {
  return US_STATES.find(([c]) => c === code)?.[1] ?? code;
}

function findState(text: string): string | null {
  if (/^[a-z]{2}$/i.test(text)) {
    const code = text.toUpperCase();
    return isStateCode(code) ? code : null;
  }
  const folded = normalizeLabel(text);
  if (/^[a-z]{2}$/.test(folded)) return findState(folded);
  const named = US_STATES.find(([, name]) => normalizeLabel(name) === folded);
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
  if (code) return parsed(code);
  const near = nearestChoice(normalizeLabel(v), STATE_NAMES);
  return near ? readAsNearest(near.value, stateName(near.value)) : invalid(STATE_EXPECTED);
}

/** A region (with its division when a division was named), or a state named where regions are expected. */
export type RegionOrState =
  | { kind: 'region'; region: Region; division: Division | null }
  | { kind: 'state'; state: string };

/**
 * A Census region (`Northeast`, `Midwest`, `South`, `West`, also `Midwestern` …), a Census division
 * (`South Atlantic`: the South, division kept) or a state.
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
  const folded = normalizeLabel(v);
  const region = ownEntry(REGION_NAMES, folded);
  if (region) return parsed({ kind: 'region', region, division: null });
  const division = ownEntry(DIVISION_NAMES, folded);
  if (division) return parsed({ kind: 'region', region: regionOfDivision(division), division });
  const state = findState(cellString(v));
  if (state) return parsed({ kind: 'state', state });
  return nearestPlace(folded);
}

/** A region, division or state a letter or two off, read as the closest (with what it was read as). */
function nearestPlace(folded: string): Parsed<RegionOrState> {
  const near = nearestChoice(folded, PLACE_SPELLINGS);
  if (!near) return invalid(REGION_EXPECTED);
  const [kind, name] = near.value.split(':') as [string, string];
  if (kind === 'state') return readAsNearest({ kind: 'state', state: name }, stateName(name));
  if (kind === 'region')
    return readAsNearest({ kind: 'region', region: name as Region, division: null }, name);
  const division = name as Division;
  return readAsNearest({ kind: 'region', region: regionOfDivision(division), division }, division);
}

/**
 * One item of a `Geographic preference` list: a Census division, or "None" / "No preference".
 *
 * @param v - one item of the list
 * @returns the division, `none` for no preference, blank, na or invalid
 * @example
 * parseDivision('mid-atlantic') // { kind: 'value', value: 'Middle Atlantic' }
 */
export function parseDivision(v: unknown): Parsed<Division | 'none'> {
  const early = blankOrNa(v);
  if (early) return early;
  if (typeof v !== 'string' || v.length > 100) return invalid(DIVISION_EXPECTED);
  const folded = normalizeLabel(v);
  if (NO_PREFERENCE.has(folded)) return parsed('none');
  const division = ownEntry(DIVISION_NAMES, folded);
  if (division) return parsed(division);
  const near = nearestChoice(folded, DIVISION_NAMES);
  return near ? readAsNearest(near.value, near.value) : invalid(DIVISION_EXPECTED);
}
