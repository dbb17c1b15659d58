/**
 * How every emulated Spreadsheet call starts: it is counted first (so an injected fault fires before
 * anything changes), then refused in read-only (custom-function) mode when it would change the document.
 * Also builds errors the way Apps Script shows them: `name` is `Exception`, so `String(error)` reads
 * `Exception: <message>` while `error.message` is the bare text, as in Apps Script's V8 runtime.
 */
import type { CallCounter, CallSite } from '../counter.ts';

/** What one view of the spreadsheet may do: whom it reports calls to, and whether it can write. */
export interface Access {
  counter: CallCounter;
  readOnly: boolean;
  /** The sheet this view's calls land on when the call itself does not say (charts of one sheet). */
  sheetName?: () => string;
}

/** Method names (after `Class.`) that change the document and so fail in read-only mode. */
const WRITING_METHOD =
  /^(set|insert|update|remove|delete|clear|append|hide|show|move|autoResize|activate|toast|merge|rename)/;

/**
 * An error as Apps Script throws it (`name` `Exception`).
 *
 * @param message - the bare message
 * @returns the error to throw
 * @example
 * throw sheetsException('The coordinates of the range are outside the dimensions of the sheet.');
 */
export function sheetsException(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/**
 * Counts one call and refuses it in read-only mode when it writes.
 *
 * @param access - the view's access
 * @param method - `Class.method`, e.g. `Range.setValues`
 * @param site - the sheet and range the call lands on, when known (the counter itemises calls by it)
 * @example
 * enterCall(access, 'Range.setValues', { sheet: 'Programs', row: 1, column: 1, rows: 5, columns: 3 });
 */
export function enterCall(access: Access, method: string, site?: CallSite): void {
  access.counter.record(
    'Spreadsheet',
    method,
    site ?? (access.sheetName ? { sheet: access.sheetName() } : undefined),
  );
  const name = method.slice(method.indexOf('.') + 1);
  if (access.readOnly && WRITING_METHOD.test(name)) {
    throw sheetsException(`You do not have permission to call ${method}`);
  }
}

/** Sheets' message for a range that reaches outside its sheet. */
export const OUT_OF_BOUNDS = 'The coordinates of the range are outside the dimensions of the sheet.';
