/**
 * Every sheet name RadList knows, in one place: the input and output sheets of SPEC section 3 (`SHEETS`), and
 * the names of cohort applicants' lists, `List – NAME`. Sheets allows at most 100 characters in a sheet
 * name and no two sheets whose names differ only in case. The applicant's name is cleaned first: control
 * characters and the characters `[ ] * ? / \ :` (which break references or an Excel export) are removed,
 * runs of spaces become one, and the ends are trimmed. An apostrophe is kept (`List – O'Brien`): a formula
 * that points at such a sheet doubles it inside the quotes (`='List – O''Brien'!A1`). A long name is
 * shortened with `…`; a name already taken gets ` (2)`, ` (3)` … before it is given out.
 */

/** The sheets of SPEC section 3 by role. Every module names a sheet through this table. */
export const SHEETS = {
  profile: 'Profile',
  programs: 'Programs',
  cohort: 'Cohort',
  settings: 'Settings',
  list: 'Application List',
  plan: 'Application Plan',
  cohortSummary: 'Cohort Summary',
  cohortLists: 'Cohort Lists',
  outcomes: 'Outcomes',
  model: 'Model',
  cohortDashboard: 'Cohort Dashboard',
} as const;

/** The name of one of RadList's sheets, e.g. `Programs`. */
export type SheetName = (typeof SHEETS)[keyof typeof SHEETS];

/** The longest sheet name Sheets accepts. */
export const SHEET_NAME_LIMIT = 100;

/** Starts every cohort applicant's list sheet. */
export const LIST_SHEET_PREFIX = 'List – ';

/** Characters left out of sheet names: control characters and characters that break references. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f[\]*?/\\:]/g;

/** Cuts text to at most `limit` UTF-16 units, ending with `…`, without splitting a surrogate pair. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = Math.max(0, limit - 1);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * Cleans an applicant's name for use in a sheet name.
 *
 * @param applicantName - the name as typed in the Cohort sheet
 * @returns the cleaned name, or `Unnamed` when nothing is left
 * @example
 * cleanSheetNamePart('  Ana [2026]: Li ') // 'Ana 2026 Li'
 */
export function cleanSheetNamePart(applicantName: string): string {
  const cleaned = String(applicantName).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? 'Unnamed' : cleaned;
}

/**
 * The sheet name for a cohort applicant's list: `List – NAME`, at most 100 characters, unique among the
 * names taken (compared case-insensitively).
 *
 * @param applicantName - the applicant's name as typed
 * @param takenNames - the names of the sheets already in the spreadsheet that this list must not replace
 * (leave out the applicant's own previous list when regenerating it)
 * @returns the sheet name
 * @example
 * listSheetName('Ana Li', ['List – Ana Li']) // 'List – Ana Li (2)'
 */
export function listSheetName(applicantName: string, takenNames: string[]): string {
  const taken = new Set(takenNames.map((name) => name.trim().toLowerCase()));
  const name = cleanSheetNamePart(applicantName);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = SHEET_NAME_LIMIT - LIST_SHEET_PREFIX.length - suffix.length;
    const candidate = `${LIST_SHEET_PREFIX}${shorten(name, room)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The sheet among `names` that is `wanted` but for case or spaces around it (`Programs `, ` programs`), or
 * undefined. Such a sheet is named in the message rather than made again beside it.
 *
 * @param wanted - the name RadList looks for
 * @param names - the names of the spreadsheet's sheets
 * @example
 * lookAlikeSheet('Programs', ['Profile', 'Programs ']) // 'Programs '
 */
export function lookAlikeSheet(wanted: string, names: readonly string[]): string | undefined {
  const folded = wanted.toLowerCase();
  return names.find((name) => name !== wanted && name.trim().toLowerCase() === folded);
}
