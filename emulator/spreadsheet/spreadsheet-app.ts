/**
 * The emulated `SpreadsheetApp` global for one execution, bound to one FakeSpreadsheet (the document the
 * add-on is bound to). `readOnly: true` is custom-function mode: every set/insert/delete/clear… call
 * throws `You do not have permission to call X`; reads work. openById/openByUrl/open/create throw the
 * permission error Apps Script gives without the full spreadsheets scope. The result is a plain object, so
 * the facade can add `getUi` with a spread or Object.assign.
 */
import { type Access, enterCall, sheetsException } from './access.ts';
import { ConditionalFormatRuleBuilder } from './conditional-format.ts';
import { DataValidationBuilder } from './data-validation.ts';
import type { FakeRange } from './fake-range.ts';
import type { FakeSheet } from './fake-sheet.ts';
import type { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { spreadsheetEnums } from './spreadsheet-enums.ts';
import { activeModel } from './workbook-state.ts';

const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/**
 * Creates the SpreadsheetApp one execution sees.
 *
 * @param spreadsheet - the bound document (its full-access view)
 * @param options - `readOnly` for custom-function mode
 * @returns the SpreadsheetApp object
 * @example
 * const app = createSpreadsheetApp(new FakeSpreadsheet({ counter }), { readOnly: true });
 * app.getActiveSheet().getRange('A1').getValue();
 */
export function createSpreadsheetApp(spreadsheet: FakeSpreadsheet, options: { readOnly?: boolean } = {}) {
  const document = options.readOnly ? spreadsheet.readOnlyView() : spreadsheet;
  const access: Access = { counter: spreadsheet.counter, readOnly: !!options.readOnly };
  const enter = (method: string) => enterCall(access, `SpreadsheetApp.${method}`);
  const refuse = (method: string) => {
    enter(method);
    throw sheetsException(
      `You do not have permission to call SpreadsheetApp.${method}. Required permissions: ${SPREADSHEETS_SCOPE}`,
    );
  };
  return {
    ...spreadsheetEnums(),
    getActiveSpreadsheet(): FakeSpreadsheet {
      enter('getActiveSpreadsheet');
      return document;
    },
    getActive(): FakeSpreadsheet {
      enter('getActive');
      return document;
    },
    getActiveSheet(): FakeSheet {
      enter('getActiveSheet');
      return document.view(activeModel(document.state));
    },
    getActiveRange(): FakeRange {
      enter('getActiveRange');
      const sheet = document.view(activeModel(document.state));
      const s = document.state.selection;
      if (!s || s.sheetId !== sheet.model.id) return sheet.rangeAt(1, 1);
      return sheet.rangeAt(s.row, s.column, s.numRows, s.numColumns);
    },
    flush(): void {
      enter('flush');
    },
    newConditionalFormatRule(): ConditionalFormatRuleBuilder {
      enter('newConditionalFormatRule');
      return new ConditionalFormatRuleBuilder();
    },
    newDataValidation(): DataValidationBuilder {
      enter('newDataValidation');
      return new DataValidationBuilder(access);
    },
    openById(_id: string): never {
      return refuse('openById');
    },
    openByUrl(_url: string): never {
      return refuse('openByUrl');
    },
    open(_file: unknown): never {
      return refuse('open');
    },
    create(_name: string): never {
      return refuse('create');
    },
  };
}

/** The SpreadsheetApp object type. */
export type FakeSpreadsheetApp = ReturnType<typeof createSpreadsheetApp>;
