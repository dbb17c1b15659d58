/**
 * The input sheets `Setup` creates: `Settings` with every default filled in (label, value, what it means),
 * and empty `Profile` (labels in column A, a hint in column C), `Programs` and `Cohort` (headers in row 1).
 * Labels and headers come from the readers' own tables, so whatever Setup writes is read back.
 */
import { SETTING_DEFS, type Settings } from '../core/settings.ts';
import { DIVISIONS } from '../core/us-states.ts';
import { normalizeLabel } from './normalize.ts';
import { COUNT_LIMITS, USMLE_ATTEMPT_LIMIT } from './parse-values.ts';
import { COHORT_HEADERS } from './read-cohort.ts';
import { APPLICANT_COLUMNS, PROFILE_FIELDS } from './read-profile.ts';
import { PROGRAM_HEADERS } from './read-programs.ts';
import { shownSetting } from './read-settings.ts';
import type { SheetOutput } from './sheet-output.ts';

const HEADER = '#efefef';
const PLAIN = '#ffffff';

/**
 * What to type beside each Profile label (column C): the values each reader accepts, in plain words. Every
 * `PROFILE_FIELDS` label has one, and so does `USCE months` (read instead of weeks), for a Profile that uses it.
 */
export const PROFILE_HINTS: Record<string, string> = {
  Name: 'Your name, as you want it on your list',
  'Applicant type': 'US MD, DO, US IMG or Non-US IMG (blank means US IMG)',
  'Step 1': 'Pass or Fail (or an old score from 1 to 300)',
  'Step 1 attempts': `How many times you took Step 1: 1 to ${USMLE_ATTEMPT_LIMIT} (blank means 1)`,
  'Step 2 CK': 'Your Step 2 CK score: a whole number from 1 to 300, e.g. 221',
  'Step 2 CK attempts': `How many times you took Step 2 CK: 1 to ${USMLE_ATTEMPT_LIMIT} (blank means 1)`,
  'Step 3': 'Your Step 3 score (1 to 300) if you have taken it; blank if not',
  'Graduation year': 'The year you graduated (or will graduate) from medical school, e.g. 2021',
  'Needs visa': 'Yes or No: do you need a visa (J-1 or H-1B) to train in the US? Blank means No',
  'USCE weeks':
    'Weeks of hands-on US clinical experience, e.g. 8 (or months, e.g. "2 months"; a "USCE months" row is read too)',
  'Radiology letters': `How many letters from radiologists: a whole number, 0 to ${COUNT_LIMITS.letters}`,
  'Other letters': `How many clinical letters (medicine, surgery or EM): 0 to ${COUNT_LIMITS.letters}`,
  'Posters/abstracts': 'How many posters or abstracts you have presented: a whole number, e.g. 2',
  Publications: 'How many publications: a whole number, e.g. 1',
  'Preferred regions':
    'Northeast, Midwest, South or West, or states (TX or Texas), separated by commas; blank for no preference',
  'Preferred program types': 'University, Community or Hybrid, separated by commas; blank for no preference',
  Rotations: 'Programs where you rotated (names or IDs as in Programs), separated by commas',
  Ties: 'States, cities or programs you have ties to (family, school, work), separated by commas',
  'USCE months':
    'Months of hands-on US clinical experience, e.g. 2 (read as weeks × 4.3 when USCE weeks is blank)',
  'Geographic preference': `Your ERAS geographic preference: up to 3 of the 9 Census divisions (${DIVISIONS.join(', ')}), or None. Blank if not chosen yet: the plan then suggests some`,
};

/**
 * A Profile as a person filled it (labels in column A, values in column B), with the hint for each known
 * label in column C, and a row for each Profile field it lacks (blank value, with its hint) at the end, so
 * every field can be seen and filled. Values are kept exactly as they are.
 *
 * @param rows - the Profile's rows (e.g. the sample's)
 * @returns the rows, three cells wide
 * @example
 * profileWithHints([['Step 2 CK', 221]])[0] // ['Step 2 CK', 221, 'Your Step 2 CK score: …']
 */
export function profileWithHints(rows: readonly (readonly unknown[])[]): (string | number | boolean)[][] {
  const cell = (v: unknown): string | number | boolean =>
    typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : '';
  const seen = new Set<string>();
  const written = rows.map((row) => {
    const label = typeof row[0] === 'string' ? row[0] : '';
    const folded = normalizeLabel(label);
    const field = APPLICANT_COLUMNS.find((f) =>
      [f.header, ...f.aliases].some((a) => normalizeLabel(a) === folded),
    )?.header;
    if (field) seen.add(field);
    return [cell(row[0]), cell(row[1]), field ? (PROFILE_HINTS[field] ?? '') : cell(row[2])];
  });
  const missing = PROFILE_FIELDS.filter((f) => !seen.has(f)).map((f) => [f, '', PROFILE_HINTS[f] ?? '']);
  return [...written, ...missing];
}

function grid(values: (string | number | boolean)[][], colourOf: (row: number) => string): string[][] {
  return values.map((row, r) => row.map(() => colourOf(r)));
}

/** Column widths of a Profile: labels, values, hints. */
export const PROFILE_WIDTHS = [200, 240, 520];

/** The hint column (C) wraps, so a long hint stays readable; nothing else of a Profile is formatted. */
export function hintFormats(): Pick<SheetOutput, 'columnWraps'> {
  return { columnWraps: { 2: true } };
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
    ...hintFormats(),
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
      columnWidths: PROFILE_WIDTHS,
      ...hintFormats(),
    },
    Programs: headerOnly(PROGRAM_HEADERS, 260),
    Cohort: headerOnly(COHORT_HEADERS, 180),
  };
}
