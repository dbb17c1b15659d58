/**
 * Which sheet holds a cohort applicant's `List – NAME`. Different names can clean to the same sheet name
 * ("Ana/Li" and "Ana Li"), and a person may have made a sheet of that name themselves, so a list sheet is
 * marked with a note on its A1 cell naming the applicant it belongs to; only a sheet carrying this
 * applicant's mark is ever reused, and anyone else gets the next free ` (2)` name.
 */
import { LIST_SHEET_PREFIX, listSheetName } from '../sheets/sheet-names.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The A1 note that marks a list sheet as one applicant's. */
export function listMark(applicantName: string): string {
  return `RadList: the list of ${applicantName.trim()}. Regenerating it from the sidebar keeps your Notes.`;
}

/**
 * The sheet to write this applicant's list into: their marked sheet when it exists, otherwise a new free
 * name.
 *
 * @param spreadsheet - the active spreadsheet
 * @param applicantName - the cohort applicant's name
 * @returns the sheet name, and the existing sheet (null when a new one must be made)
 */
export function findListSheet(
  spreadsheet: Spreadsheet,
  applicantName: string,
): { name: string; sheet: Sheet | null } {
  const mark = listMark(applicantName);
  const base = listSheetName(applicantName, []);
  const stem = base.slice(0, -1).toLowerCase();
  const sheets = spreadsheet.getSheets();
  const names = sheets.map((sheet) => sheet.getName());
  for (let i = 0; i < sheets.length; i += 1) {
    const name = names[i]!;
    if (!name.startsWith(LIST_SHEET_PREFIX) || !name.toLowerCase().startsWith(stem)) continue;
    if (sheets[i]!.getRange(1, 1).getNote() === mark) return { name, sheet: sheets[i]! };
  }
  return { name: listSheetName(applicantName, names), sheet: null };
}
