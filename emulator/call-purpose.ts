/**
 * What each Spreadsheet call is FOR, so a benchmark can say where an execution's calls go (issue 15):
 *
 * - `read`: what the add-on reads to compute its output (inputs, and the previous output it carries notes
 *   over from): `getValues`, `getDisplayValues`, `getFormulas`, and any other getter whose state the
 *   execution does not change afterwards (number formats read with an input are a read, even when a rule is
 *   then set on that sheet).
 * - `write`: values and structure (`setValues`, `insertSheet`, `insertRowsAfter`, `deleteRows`, clearing).
 * - `undo`: what the add-on reads only to be able to put a sheet back: a getter of colours, notes, number
 *   formats, fonts, validation rules, widths or frozen panes whose state the same execution later changes
 *   on that sheet (`getBackgrounds` then `setBackgrounds`; anything then `clear` or inserted rows).
 *   (Values and formulas read from an output count as `read`: carrying Notes over needs them too.)
 * - `format`: colours, fonts, number formats, wrap, alignment, column widths, row heights, frozen panes, tab
 *   colours, conditional-format rules, and notes other than a marker.
 * - `validation`: data-validation rules and their builders. `chart`: embedded charts and their builders.
 * - `marker`: a note on a sheet's A1 cell (how RadList marks a sheet as its own): a note call on A1 alone,
 *   `getNote` of any range starting at A1 (it reads the top-left cell), `getNotes` / `setNotes` of a range
 *   starting at A1 (the mark with the header notes beside it); and developer metadata.
 * - `lock`: LockService. `other`: the rest (toasts, activating a sheet, the spreadsheet's URL or time zone).
 *
 * Lookups — a call that only hands back a sheet or range, or a size (`getSheetByName`, `getRange`,
 * `getDataRange`, `getLastRow`, `getMaxRows`, …) — take the purpose of the next classified call on the same
 * sheet in the same execution (else of the next classified call at all, else `other`): `getRange` before
 * `setValues` is part of writing, `getSheetByName` before `getNote` on A1 part of the marker.
 *
 * Where the method cannot tell, a purpose tag set around a phase (`CallCounter.withPurpose`) wins over all of
 * the above. These rules are a documented heuristic, not knowledge of the add-on's intent: a `getValues`
 * made only to restore a sheet counts as `read` unless tagged.
 */

/** What a call is for. */
export type CallPurpose =
  | 'read'
  | 'write'
  | 'undo'
  | 'format'
  | 'validation'
  | 'chart'
  | 'marker'
  | 'lock'
  | 'other';

/** Every purpose, in the order reports show them. */
export const CALL_PURPOSES: readonly CallPurpose[] = [
  'read',
  'write',
  'undo',
  'format',
  'validation',
  'chart',
  'marker',
  'lock',
  'other',
];

/**
 * How a method is classified before the execution is seen whole: a purpose, `lookup` (takes the next call's
 * purpose), or `state` (a getter of something the add-on could restore: `undo` when the sheet is changed
 * later in the execution, `read` otherwise).
 */
export type MethodKind = CallPurpose | 'lookup' | 'state';

/** Where a call lands, as far as the emulator knows it. */
export interface CallSite {
  /** The sheet's name (for a `getSheetByName` or `insertSheet`, the name asked for). */
  sheet?: string;
  /** The range's top-left cell and size (Range calls only). */
  row?: number;
  column?: number;
  rows?: number;
  columns?: number;
}

const table = (purpose: MethodKind, methods: string): [string, MethodKind][] =>
  methods
    .trim()
    .split(/\s+/)
    .map((method) => [method, purpose]);

/** The Spreadsheet methods by kind. Classes whose every method has one purpose are in CLASS_PURPOSE. */
const METHOD_KIND = new Map<string, MethodKind>([
  ...table(
    'lookup',
    `SpreadsheetApp.getActiveSpreadsheet SpreadsheetApp.getActive SpreadsheetApp.getActiveSheet
     SpreadsheetApp.getActiveRange SpreadsheetApp.openById SpreadsheetApp.openByUrl SpreadsheetApp.open
     Spreadsheet.getSheetByName Spreadsheet.getSheetById Spreadsheet.getSheets Spreadsheet.getNumSheets
     Spreadsheet.getActiveSheet Spreadsheet.getActiveRange Spreadsheet.getRange Spreadsheet.getId
     Spreadsheet.getName
     Sheet.getRange Sheet.getDataRange Sheet.getLastRow Sheet.getLastColumn Sheet.getMaxRows
     Sheet.getMaxColumns Sheet.getParent Sheet.getName Sheet.getIndex Sheet.getSheetId
     Range.getCell Range.offset Range.getRow Range.getColumn Range.getLastRow Range.getLastColumn
     Range.getNumRows Range.getNumColumns Range.getSheet Range.getA1Notation Range.getHeight Range.getWidth`,
  ),
  ...table(
    'read',
    `Range.getValues Range.getValue Range.getDisplayValues Range.getDisplayValue Range.getFormulas
     Range.getFormula`,
  ),
  ...table(
    'state',
    `Range.getBackgrounds Range.getBackground Range.getFontWeights Range.getFontWeight Range.getFontColors
     Range.getFontColor Range.getNumberFormats Range.getNumberFormat Range.getNotes Range.getNote
     Range.getWraps Range.getWrap Range.getHorizontalAlignments Range.getHorizontalAlignment
     Range.getVerticalAlignments Range.getVerticalAlignment
     Range.getDataValidations Range.getDataValidation
     Sheet.getColumnWidth Sheet.getRowHeight Sheet.getFrozenRows Sheet.getFrozenColumns Sheet.getTabColor
     Sheet.isSheetHidden`,
  ),
  ...table(
    'write',
    `Range.setValues Range.setValue Range.setFormulas Range.setFormula Range.clear Range.clearContent
     Sheet.clear Sheet.clearContents Sheet.appendRow Sheet.insertRowsAfter Sheet.insertRowsBefore
     Sheet.insertColumnsAfter Sheet.insertColumnsBefore Sheet.deleteRows Sheet.deleteRow Sheet.deleteColumns
     Sheet.setName Spreadsheet.insertSheet Spreadsheet.deleteSheet`,
  ),
  ...table(
    'format',
    `Range.setBackgrounds Range.setBackground Range.setFontWeights Range.setFontWeight Range.setFontColor
     Range.setFontColors Range.setNumberFormats Range.setNumberFormat Range.setWrap Range.setWraps
     Range.setWrapStrategy Range.setHorizontalAlignment Range.setHorizontalAlignments
     Range.setVerticalAlignment Range.setVerticalAlignments Range.setBorder Range.clearFormat
     Range.setNotes Range.setNote Range.clearNote Range.merge
     Sheet.setColumnWidth Sheet.setColumnWidths Sheet.setRowHeight Sheet.setRowHeights Sheet.setFrozenRows
     Sheet.setFrozenColumns Sheet.autoResizeColumns Sheet.autoResizeRows Sheet.setTabColor
     Sheet.getConditionalFormatRules Sheet.setConditionalFormatRules Sheet.clearConditionalFormatRules
     Sheet.clearFormats Sheet.clearNotes SpreadsheetApp.newConditionalFormatRule`,
  ),
  ...table(
    'validation',
    `Range.setDataValidation Range.setDataValidations Range.clearDataValidations
     SpreadsheetApp.newDataValidation`,
  ),
  ...table('chart', 'Sheet.newChart Sheet.insertChart Sheet.updateChart Sheet.removeChart Sheet.getCharts'),
  ...table(
    'marker',
    `Range.addDeveloperMetadata Range.getDeveloperMetadata Sheet.addDeveloperMetadata
     Sheet.getDeveloperMetadata Spreadsheet.addDeveloperMetadata Spreadsheet.getDeveloperMetadata
     Spreadsheet.createDeveloperMetadataFinder`,
  ),
  ...table(
    'other',
    `SpreadsheetApp.flush SpreadsheetApp.create Spreadsheet.getUrl Spreadsheet.getSpreadsheetTimeZone
     Spreadsheet.getSpreadsheetLocale Spreadsheet.setActiveSheet Spreadsheet.setActiveRange
     Spreadsheet.moveActiveSheet Spreadsheet.toast Spreadsheet.rename Sheet.activate Sheet.hideSheet
     Sheet.showSheet Range.activate`,
  ),
]);

/** Classes whose every method serves one purpose (builders and what they build). */
const CLASS_PURPOSE: Record<string, CallPurpose> = {
  DataValidation: 'validation',
  DataValidationBuilder: 'validation',
  EmbeddedChart: 'chart',
  EmbeddedChartBuilder: 'chart',
  ContainerInfo: 'chart',
  ChartOptions: 'chart',
  DeveloperMetadata: 'marker',
};

/** Note methods that are a marker when they touch A1 alone. */
const NOTE_METHODS = new Set(['Range.getNote', 'Range.setNote', 'Range.clearNote']);
/** Note methods that read or write A1's note (the mark) whenever their range starts at A1. */
const MARK_METHODS = new Set(['Range.getNote', 'Range.getNotes', 'Range.setNotes']);

/**
 * Whether the table names this method (a test keeps every method the emulator counts in it).
 *
 * @param method - `Class.method`
 * @returns true when `methodKind` does not fall back to `other` for it
 */
export function isClassified(method: string): boolean {
  return METHOD_KIND.has(method) || method.slice(0, method.indexOf('.')) in CLASS_PURPOSE;
}

/**
 * The kind of one call, from its method and where it lands (before the execution is seen whole).
 *
 * @param method - `Class.method`, e.g. `Range.getValues`
 * @param site - the sheet and range it lands on, when known
 * @returns a purpose, `lookup` or `state`; unknown methods are `other`
 * @example methodKind('Range.getNote', { sheet: 'List – Ana', row: 1, column: 1, rows: 1, columns: 1 }) // 'marker'
 */
export function methodKind(method: string, site?: CallSite): MethodKind {
  const atA1 = site?.row === 1 && site.column === 1;
  if (NOTE_METHODS.has(method) && atA1 && site.rows === 1 && site.columns === 1) return 'marker';
  // `getNote` reads the top-left cell only; `getNotes` / `setNotes` from A1 carry the mark with row 1's notes.
  if (MARK_METHODS.has(method) && atA1) return 'marker';
  const byClass = CLASS_PURPOSE[method.slice(0, method.indexOf('.'))];
  return byClass ?? METHOD_KIND.get(method) ?? 'other';
}

/** Method names (after `Class.`) that change what they are called on. */
const CHANGING_NAME = /^(set|insert|update|remove|delete|clear|append|add|merge|autoResize|hide|show)/;
/** Changes that may touch any state of the sheet (contents, formats, rules) or move it. */
const CHANGES_ALL =
  /^(clear|clearFormats?|insert(Rows|Columns)(After|Before)?|delete(Rows?|Columns?)|deleteSheet|merge)$/;

/** `Backgrounds` → `Background`, `FrozenRows` → `FrozenRow`: one name for a getter's and setter's state. */
const stateName = (name: string): string => name.replace(/s$/, '');

/**
 * The state a state getter reads (`Range.getBackgrounds` → `Background`), or undefined for other calls.
 *
 * @param method - `Class.method`
 * @example readsState('Range.getNumberFormats') // 'NumberFormat'
 */
export function readsState(method: string): string | undefined {
  if (METHOD_KIND.get(method) !== 'state') return undefined;
  const name = method.slice(method.indexOf('.') + 1);
  return name === 'isSheetHidden' ? 'SheetHidden' : stateName(name.replace(/^get/, ''));
}

/**
 * The state a call changes on its sheet: `*` for anything (clearing, inserting or deleting rows, columns or
 * the sheet), the setter's state otherwise (`Sheet.setColumnWidths` → `ColumnWidth`), undefined for calls
 * that change nothing (getters, lookups, builders' `new…`).
 *
 * @param method - `Class.method`
 * @example changedState('Range.setBackgrounds') // 'Background'
 */
export function changedState(method: string): string | undefined {
  const name = method.slice(method.indexOf('.') + 1);
  if (!CHANGING_NAME.test(name)) return undefined;
  if (CHANGES_ALL.test(name)) return '*';
  if (name === 'hideSheet' || name === 'showSheet') return 'SheetHidden';
  return stateName(name.replace(/^(set|clear|add|update|remove|append|autoResize)/, ''));
}

/** What `resolvePurposes` needs of each call. */
export interface PendingCall {
  kind: MethodKind;
  sheet?: string;
  /** For a state getter: the state it reads (`readsState`). */
  reads?: string;
  /** The state the call changes (`changedState`; `*` for anything). */
  changes?: string;
  /** A purpose tag in force when the call was made (wins over the kind). */
  tag?: CallPurpose;
}

/**
 * Settles the purpose of every call of one execution, in order: tags first, then lookups take the next
 * settled call's purpose on their sheet (else the next at all, else `other`), and state getters are `undo`
 * when the same state of their sheet is changed later in the execution (`getBackgrounds` then
 * `setBackgrounds`, or anything then `clear`), `read` otherwise.
 *
 * @param calls - one execution's calls in the order they were made
 * @returns one purpose per call
 * @example
 * resolvePurposes([
 *   { kind: 'lookup', sheet: 'List' },
 *   { kind: 'state', sheet: 'List', reads: 'Background' },
 *   { kind: 'format', sheet: 'List', changes: 'Background' },
 * ]) // ['undo', 'undo', 'format']
 */
export function resolvePurposes(calls: readonly PendingCall[]): CallPurpose[] {
  const purposes = new Array<CallPurpose>(calls.length);
  const nextOnSheet = new Map<string, CallPurpose>();
  /** `sheet\u0000state` changed later in the execution (state `*`: anything). */
  const changedLater = new Set<string>();
  const key = (sheet: string, state: string) => `${sheet}\u0000${state}`;
  let nextAny: CallPurpose | undefined;
  for (let i = calls.length - 1; i >= 0; i -= 1) {
    const call = calls[i]!;
    let purpose: CallPurpose;
    if (call.tag !== undefined) purpose = call.tag;
    else if (call.kind === 'lookup') {
      purpose = (call.sheet !== undefined ? nextOnSheet.get(call.sheet) : undefined) ?? nextAny ?? 'other';
    } else if (call.kind === 'state') {
      const changed =
        call.sheet !== undefined &&
        (changedLater.has(key(call.sheet, '*')) ||
          (call.reads !== undefined && changedLater.has(key(call.sheet, call.reads))));
      purpose = changed ? 'undo' : 'read';
    } else purpose = call.kind;
    purposes[i] = purpose;
    if (call.kind !== 'lookup' || call.tag !== undefined) {
      nextAny = purpose;
      if (call.sheet !== undefined) nextOnSheet.set(call.sheet, purpose);
    }
    if (call.sheet !== undefined && call.changes !== undefined)
      changedLater.add(key(call.sheet, call.changes));
  }
  return purposes;
}
