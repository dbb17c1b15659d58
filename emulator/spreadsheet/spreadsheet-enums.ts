/**
 * The `SpreadsheetApp` enums the add-on may touch, as plain objects whose values are their own names
 * (so `rule.getBooleanCondition().getCriteriaType() === SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA`).
 */
import { BOOLEAN_CRITERIA } from './conditional-format.ts';
import { DATA_VALIDATION_CRITERIA } from './data-validation.ts';

function enumOf<T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>);
}

/**
 * Builds a fresh set of enum objects (one per SpreadsheetApp, so no state is shared at module load).
 *
 * @returns the enums keyed by their Apps Script names
 * @example
 * spreadsheetEnums().WrapStrategy.WRAP // 'WRAP'
 */
export function spreadsheetEnums() {
  return {
    BooleanCriteria: enumOf(BOOLEAN_CRITERIA),
    WrapStrategy: enumOf(['WRAP', 'OVERFLOW', 'CLIP'] as const),
    Dimension: enumOf(['COLUMNS', 'ROWS'] as const),
    Direction: enumOf(['UP', 'DOWN', 'PREVIOUS', 'NEXT'] as const),
    BorderStyle: enumOf(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const),
    HorizontalAlignment: enumOf(['LEFT', 'CENTER', 'NORMAL', 'RIGHT'] as const),
    VerticalAlignment: enumOf(['TOP', 'MIDDLE', 'BOTTOM'] as const),
    ProtectionType: enumOf(['RANGE', 'SHEET'] as const),
    CopyPasteType: enumOf([
      'PASTE_NORMAL',
      'PASTE_NO_BORDERS',
      'PASTE_FORMAT',
      'PASTE_FORMULA',
      'PASTE_DATA_VALIDATION',
      'PASTE_VALUES',
      'PASTE_CONDITIONAL_FORMATTING',
      'PASTE_COLUMN_WIDTHS',
    ] as const),
    DataValidationCriteria: enumOf(DATA_VALIDATION_CRITERIA),
    SheetType: enumOf(['GRID', 'OBJECT', 'DATASOURCE'] as const),
    ColorType: enumOf(['UNSUPPORTED', 'RGB', 'THEME'] as const),
  };
}
