/**
 * Finds the sheet an output goes to (src/sheets/output-marks.ts says which sheets are RadList's): the sheet
 * carrying the output's mark, or an unmarked one whose row 1 is a header RadList writes (adopted), trying
 * `NAME`, `NAME (2)` … and passing over every other sheet of those names — a person's own sheet is never
 * written over. Only the names this output could have are looked at, each with a few calls, so the cost
 * does not grow with the number of sheets. The mark is read through the sheet's data range (`getNote` gives
 * its top-left cell, A1), which the snapshot of what the sheet holds then reads too. A mark's tags (the
 * layout version, a cohort run's progress; src/sheets/sheet-layout.ts) do not change whose it is.
 */
import { isRadListMark, type OutputTarget } from '../sheets/output-marks.ts';
import { readMark } from '../sheets/sheet-layout.ts';
import { type SheetSnapshot, snapshotOf } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Where an output goes. */
export interface OutputPlace {
  /** The sheet's name: an existing sheet's, or the name a new sheet gets. */
  name: string;
  /** The existing sheet, or null when a new one is made. */
  sheet: Sheet | null;
  /** The existing sheet's A1 note ('' for a new sheet), tags included. */
  note: string;
  /** The existing sheet's data range, looked up to read the note (null for a new sheet). */
  range: Range | null;
  /** Sheets of this output's name that RadList did not make, left as they are. */
  leftAlone: string[];
}

/**
 * The sheet an output goes to.
 *
 * @param spreadsheet - the active spreadsheet
 * @param target - the output
 * @param options - `adopt: false` to find only a marked sheet (a later cohort batch)
 * @returns the place; `sheet` null when a new sheet must be made
 */
export function locateOutput(
  spreadsheet: Spreadsheet,
  target: OutputTarget,
  options: { adopt: boolean } = { adopt: true },
): OutputPlace {
  const taken: string[] = [];
  const leftAlone: string[] = [];
  for (;;) {
    const name = target.nameAfter(taken);
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) return { name, sheet: null, note: '', range: null, leftAlone };
    const range = sheet.getDataRange();
    const note = range.getNote();
    // Sheets' names ignore case, so the name asked for names this sheet (no call to read it back).
    if (target.owns(readMark(note).mark)) return { name, sheet, note, range, leftAlone };
    if (options.adopt && !isRadListMark(note)) {
      const lastColumn = sheet.getLastColumn();
      const row1 = lastColumn > 0 ? (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []) : [];
      if (target.adopts(row1)) return { name, sheet, note, range, leftAlone };
    }
    const own = sheet.getName();
    taken.push(own);
    if (!isRadListMark(note)) leftAlone.push(own);
  }
}

/** An output's place with what its sheet holds now (null for a new sheet), ready for `writeOutputs`. */
export function placeOutput(
  spreadsheet: Spreadsheet,
  target: OutputTarget,
): OutputPlace & { before: SheetSnapshot | null } {
  const place = locateOutput(spreadsheet, target);
  return {
    ...place,
    before: place.sheet ? snapshotOf(place.sheet, place.note, place.range ?? undefined) : null,
  };
}
