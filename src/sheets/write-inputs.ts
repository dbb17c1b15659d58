/**
 * The input sheets `Setup` creates: `Settings` with every default filled in (label, value, what it means),
 * and empty `Profile` (labels in column A, a hint in column C), `Programs` and `Cohort` (headers in row 1).
 * Labels and headers come from the readers' own tables, so whatever Setup writes is read back.
 */
import { SETTING_DEFS, type Settings } from '../core/settings.ts';
import { COHORT_HEADERS } from './read-cohort.ts';
import { PROFILE_FIELDS } from './read-profile.ts';
import { PROGRAM_HEADERS } from './read-programs.ts';
import { shownSetting } from './read-settings.ts';
import type { SheetOutput } from './sheet-output.ts';

const HEADER = '#efefef';
const PLAIN = '#ffffff';

/** What to type beside each Profile label (column C). */
const PROFILE_HINTS: Record<string, string> = {
  Name: 'Your name',
  'Applicant type': 'US MD, DO, US IMG or Non-US IMG (blank means US IMG)',
  'Step 1': 'Pass, Fail, or an old three-digit score',
  'Step 1 attempts': 'How many times you took Step 1 (blank means 1)',
  'Step 2 CK': 'Your Step 2 CK score, e.g. 221',
  'Step 2 CK attempts': 'How many times you took Step 2 CK (blank means 1)',
  'Step 3': 'Your Step 3 score, if you have one',
  'Graduation year': 'Year you graduated from medical school, e.g. 2021',
  'Needs visa': 'Yes or No (blank means No)',
  'USCE weeks': 'Weeks of US clinical experience',
  'Radiology letters': 'Letters from radiologists',
  'Other letters': 'Clinical letters (medicine, surgery or EM)',
  'Posters/abstracts': 'How many posters or abstracts',
  Publications: 'How many publications',
  'Preferred regions': 'Northeast, Midwest, South, West or states, separated by commas',
  'Preferred program types': 'University, Community, Hybrid, separated by commas',
  Rotations: 'Programs where you rotated (names or IDs), separated by commas',
  Ties: 'States, cities or programs you have ties to, separated by commas',
  'Geographic preference':
    'The ERAS geographic preference you chose: up to 3 Census divisions (e.g. South Atlantic, Pacific), or None; blank if not chosen yet',
};

function grid(values: (string | number | boolean)[][], colourOf: (row: number) => string): string[][] {
  return values.map((row, r) => row.map(() => colourOf(r)));
}

/**
 * The `Settings` sheet: a header row, then one row per setting with its value and what it means.
 *
 * @param settings - the values to write (normally `defaultSettings(currentYear)`)
 * @returns the sheet, header frozen
 * @example
 * buildSettingsSheet(defaultSettings(2026)).values[1] // ['Cycle year', 2026, 'Year the application cycle …']
 */
export function buildSettingsSheet(settings: Settings): SheetOutput {
  const values: (string | number | boolean)[][] = [['Setting', 'Value', 'What it means']];
  for (const def of SETTING_DEFS) values.push([def.label, shownSetting(def, settings[def.key]), def.help]);
  return {
    values,
    backgrounds: grid(values, (r) => (r === 0 ? HEADER : PLAIN)),
    frozenRows: 1,
    columnWidths: [260, 90, 560],
  };
}

/**
 * The empty input sheets: `Profile` (a header row, then each label in column A with a hint in column C),
 * `Programs` and `Cohort` (headers in row 1).
 *
 * @returns one sheet per name
 * @example
 * buildEmptyInputSheets().Programs.values[0][0] // 'Program'
 */
export function buildEmptyInputSheets(): Record<'Profile' | 'Programs' | 'Cohort', SheetOutput> {
  const profile: (string | number | boolean)[][] = [['Field', 'Value', 'What to type']];
  for (const label of PROFILE_FIELDS) profile.push([label, '', PROFILE_HINTS[label] ?? '']);
  const headerOnly = (headers: readonly string[], width: number): SheetOutput => ({
    values: [[...headers]],
    backgrounds: [headers.map(() => HEADER)],
    frozenRows: 1,
    columnWidths: headers.map((_, i) => (i === 0 ? width : 120)),
  });
  return {
    Profile: {
      values: profile,
      backgrounds: grid(profile, (r) => (r === 0 ? HEADER : PLAIN)),
      frozenRows: 1,
      columnWidths: [200, 260, 460],
    },
    Programs: headerOnly(PROGRAM_HEADERS, 260),
    Cohort: headerOnly(COHORT_HEADERS, 180),
  };
}
