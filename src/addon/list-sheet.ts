/**
 * Which sheet holds a cohort applicant's `List – NAME`. Different names can clean to the same sheet name
 * ("Ana/Li" and "Ana Li"), and a person may have made a sheet of that name themselves, so a list sheet is
 * marked with a note on its A1 cell naming the applicant it belongs to; only a sheet carrying this
 * applicant's mark is ever reused, and anyone else gets the next free ` (2)` name. A list sheet someone
 * renamed, or whose A1 note was deleted, is no longer found: the next list is a new sheet (the old one is
 * left as it is).
 */
import { listSheetName } from '../sheets/sheet-names.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The A1 note that marks a list sheet as one applicant's. */
export function listMark(applicantName: string): string {
  return `RadList: the list of ${applicantName.trim()}. Regenerating it from the sidebar keeps your Notes.`;
}

/**
 * The sheet to write this applicant's list into: their marked sheet when it exists, otherwise the first free
 * name. Only the names this applicant's list could have (`List – NAME`, `List – NAME (2)`, …) are looked at,
 * each with one lookup and one note read, so the cost does not grow with the number of sheets.
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
  const taken: string[] = [];
  for (;;) {
    const name = listSheetName(applicantName, taken);
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) return { name, sheet: null };
    if (sheet.getRange(1, 1).getNote() === mark) return { name, sheet };
    taken.push(name);
  }
}
