/**
 * The one table of US states: two-letter code, full name and US Census division (DC included; Puerto Rico
 * has no division). A state's Census region follows from its division (Northeast = New England + Middle
 * Atlantic; Midwest = East and West North Central; South = South Atlantic + East and West South Central;
 * West = Mountain + Pacific), as the US Census Bureau defines them. ERAS geographic preferences are named by
 * these nine divisions.
 */
import type { Division, Region } from './types.ts';

/** The nine US Census divisions, in the Census Bureau's order. */
export const DIVISIONS: readonly Division[] = [
  'New England',
  'Middle Atlantic',
  'East North Central',
  'West North Central',
  'South Atlantic',
  'East South Central',
  'West South Central',
  'Mountain',
  'Pacific',
];

const REGION_OF_DIVISION: Readonly<Record<Division, Region>> = {
  'New England': 'Northeast',
  'Middle Atlantic': 'Northeast',
  'East North Central': 'Midwest',
  'West North Central': 'Midwest',
  'South Atlantic': 'South',
  'East South Central': 'South',
  'West South Central': 'South',
  Mountain: 'West',
  Pacific: 'West',
};

/** Code, full name and Census division (null: outside the nine divisions). */
// biome-ignore format: a compact table reads better than one state per five lines
export const US_STATES: readonly (readonly [string, string, Division | null])[] = [
  ['AL', 'Alabama', 'East South Central'], ['AK', 'Alaska', 'Pacific'], ['AZ', 'Arizona', 'Mountain'],
  ['AR', 'Arkansas', 'West South Central'], ['CA', 'California', 'Pacific'], ['CO', 'Colorado', 'Mountain'],
  ['CT', 'Connecticut', 'New England'], ['DE', 'Delaware', 'South Atlantic'],
  ['DC', 'District of Columbia', 'South Atlantic'], ['FL', 'Florida', 'South Atlantic'],
  ['GA', 'Georgia', 'South Atlantic'], ['HI', 'Hawaii', 'Pacific'], ['ID', 'Idaho', 'Mountain'],
  ['IL', 'Illinois', 'East North Central'], ['IN', 'Indiana', 'East North Central'],
  ['IA', 'Iowa', 'West North Central'], ['KS', 'Kansas', 'West North Central'],
  ['KY', 'Kentucky', 'East South Central'], ['LA', 'Louisiana', 'West South Central'],
  ['ME', 'Maine', 'New England'], ['MD', 'Maryland', 'South Atlantic'], ['MA', 'Massachusetts', 'New England'],
  ['MI', 'Michigan', 'East North Central'], ['MN', 'Minnesota', 'West North Central'],
  ['MS', 'Mississippi', 'East South Central'], ['MO', 'Missouri', 'West North Central'],
  ['MT', 'Montana', 'Mountain'], ['NE', 'Nebraska', 'West North Central'], ['NV', 'Nevada', 'Mountain'],
  ['NH', 'New Hampshire', 'New England'], ['NJ', 'New Jersey', 'Middle Atlantic'],
  ['NM', 'New Mexico', 'Mountain'], ['NY', 'New York', 'Middle Atlantic'],
  ['NC', 'North Carolina', 'South Atlantic'], ['ND', 'North Dakota', 'West North Central'],
  ['OH', 'Ohio', 'East North Central'], ['OK', 'Oklahoma', 'West South Central'], ['OR', 'Oregon', 'Pacific'],
  ['PA', 'Pennsylvania', 'Middle Atlantic'], ['RI', 'Rhode Island', 'New England'],
  ['SC', 'South Carolina', 'South Atlantic'], ['SD', 'South Dakota', 'West North Central'],
  ['TN', 'Tennessee', 'East South Central'], ['TX', 'Texas', 'West South Central'], ['UT', 'Utah', 'Mountain'],
  ['VT', 'Vermont', 'New England'], ['VA', 'Virginia', 'South Atlantic'], ['WA', 'Washington', 'Pacific'],
  ['WV', 'West Virginia', 'South Atlantic'], ['WI', 'Wisconsin', 'East North Central'],
  ['WY', 'Wyoming', 'Mountain'], ['PR', 'Puerto Rico', null],
];

const BY_CODE: ReadonlyMap<string, readonly [string, string, Division | null]> = new Map(
  US_STATES.map((row) => [row[0], row]),
);

/**
 * Whether a two-letter code is a US state (DC and Puerto Rico included).
 *
 * @param code - an upper-case two-letter code
 * @returns true for a known code
 * @example
 * isStateCode('OH') // true
 */
export function isStateCode(code: string): boolean {
  return BY_CODE.has(code);
}

/**
 * The Census division of a two-letter state code.
 *
 * @param code - a two-letter state code (any case)
 * @returns the division, or null for Puerto Rico and unknown codes
 * @example
 * divisionOfState('tx') // 'West South Central'
 */
export function divisionOfState(code: string): Division | null {
  return BY_CODE.get(String(code).trim().toUpperCase())?.[2] ?? null;
}

/**
 * The Census region a division belongs to.
 *
 * @param division - a Census division
 * @returns its region
 * @example
 * regionOfDivision('Pacific') // 'West'
 */
export function regionOfDivision(division: Division): Region {
  return REGION_OF_DIVISION[division];
}

/**
 * The Census region of a two-letter state code (DC is South; Puerto Rico and unknown codes have none).
 *
 * @param code - a two-letter state code (any case)
 * @returns the region, or null
 * @example
 * regionOfState('TX') // 'South'
 */
export function regionOfState(code: string): Region | null {
  const division = divisionOfState(code);
  return division === null ? null : REGION_OF_DIVISION[division];
}
