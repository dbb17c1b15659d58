/**
 * Emulated data validation: `SpreadsheetApp.newDataValidation()` builders, the built `DataValidation` rules
 * (getters and `copy()`), and the check a cell editor makes when a person types a value. Only list rules
 * (`requireValueInList`) are modelled, the one kind RadList uses; a rule is immutable data stored on each
 * cell it covers, so it moves with inserted and deleted rows and columns as formats do. Every builder and
 * rule call is counted as a Spreadsheet call; none is refused in read-only mode (building a rule changes
 * nothing until `Range.setDataValidation` stores it).
 *
 * What Sheets does with invalid values (see emulator/README.md): a value written by a script is stored even
 * when the rule would reject it (the cell shows it as invalid); a value a person types is rejected, with the
 * help text, only when the rule does not allow invalid data (`setAllowInvalid(false)`); `allowInvalid`
 * defaults to true (Sheets' "Show a warning").
 */
import { type Access, enterCall, sheetsException } from './access.ts';
import type { CellValue } from './cell-values.ts';

/** The criteria names of `SpreadsheetApp.DataValidationCriteria`. */
export const DATA_VALIDATION_CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;

export type DataValidationCriteriaName = (typeof DATA_VALIDATION_CRITERIA)[number];

/** A rule as stored on a cell (frozen: rules are shared between cells and never change). */
export interface ValidationRule {
  readonly criteria: 'VALUE_IN_LIST';
  readonly values: readonly string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

interface Draft {
  criteria: 'VALUE_IN_LIST' | null;
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
}

function signatureError(method: string, args: unknown[]): Error {
  const types = args.map((a) => (Array.isArray(a) ? 'Object[]' : a === null ? 'null' : typeof a)).join(',');
  return sheetsException(
    `The parameters (${types}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

function freeze(draft: Draft): ValidationRule {
  if (draft.criteria === null) {
    throw sheetsException('The data validation rule has no criteria; call a require… method before build().');
  }
  return Object.freeze({
    criteria: draft.criteria,
    values: Object.freeze([...draft.values]),
    showDropdown: draft.showDropdown,
    allowInvalid: draft.allowInvalid,
    helpText: draft.helpText,
  });
}

function draftOf(rule: ValidationRule | null): Draft {
  return rule
    ? { ...rule, values: [...rule.values] }
    : { criteria: null, values: [], showDropdown: true, allowInvalid: true, helpText: null };
}

/** What `getCriteriaValues()` gives for a list rule: the values and whether a dropdown shows. */
function criteriaValues(draft: Draft): unknown[] {
  return draft.criteria === 'VALUE_IN_LIST' ? [[...draft.values], draft.showDropdown] : [];
}

/** The emulated `DataValidation`: a built rule, read-only. */
export class DataValidation {
  constructor(
    private readonly access: Access,
    /** The stored rule (internal; add-on code never sees it). */
    readonly rule: ValidationRule,
  ) {}

  private enter(method: string): ValidationRule {
    enterCall(this.access, `DataValidation.${method}`);
    return this.rule;
  }

  getCriteriaType(): DataValidationCriteriaName {
    return this.enter('getCriteriaType').criteria;
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(draftOf(this.enter('getCriteriaValues')));
  }
  getHelpText(): string | null {
    return this.enter('getHelpText').helpText;
  }
  getAllowInvalid(): boolean {
    return this.enter('getAllowInvalid').allowInvalid;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.access, this.enter('copy'));
  }
}

/** The emulated `DataValidationBuilder` (list rules only; other `require…` methods do not exist here). */
export class DataValidationBuilder {
  private readonly draft: Draft;
  /** Builders never write the document, so they work in read-only (custom-function) mode too. */
  private readonly access: Access;

  constructor(access: Access, from: ValidationRule | null = null) {
    this.access = { counter: access.counter, readOnly: false };
    this.draft = draftOf(from);
  }

  private enter(method: string): Draft {
    enterCall(this.access, `DataValidationBuilder.${method}`);
    return this.draft;
  }

  requireValueInList(values: unknown, showDropdown?: unknown): this {
    const draft = this.enter('requireValueInList');
    if (!Array.isArray(values) || (showDropdown !== undefined && typeof showDropdown !== 'boolean')) {
      throw signatureError('DataValidationBuilder.requireValueInList', [values, showDropdown]);
    }
    draft.criteria = 'VALUE_IN_LIST';
    draft.values = values.map((v) => String(v));
    draft.showDropdown = showDropdown ?? true;
    return this;
  }
  setAllowInvalid(allowInvalidData: unknown): this {
    const draft = this.enter('setAllowInvalid');
    if (typeof allowInvalidData !== 'boolean') {
      throw signatureError('DataValidationBuilder.setAllowInvalid', [allowInvalidData]);
    }
    draft.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: unknown): this {
    const draft = this.enter('setHelpText');
    if (typeof helpText !== 'string') throw signatureError('DataValidationBuilder.setHelpText', [helpText]);
    draft.helpText = helpText;
    return this;
  }
  getCriteriaType(): DataValidationCriteriaName | null {
    return this.enter('getCriteriaType').criteria;
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this.enter('getCriteriaValues'));
  }
  getHelpText(): string | null {
    return this.enter('getHelpText').helpText;
  }
  getAllowInvalid(): boolean {
    return this.enter('getAllowInvalid').allowInvalid;
  }
  copy(): DataValidationBuilder {
    const draft = this.enter('copy');
    const copy = new DataValidationBuilder(this.access);
    Object.assign(copy.draft, { ...draft, values: [...draft.values] });
    return copy;
  }
  build(): DataValidation {
    return new DataValidation(this.access, freeze(this.enter('build')));
  }
}

/**
 * The rule inside a `DataValidation` passed to `Range.setDataValidation(s)`: null clears; anything else that
 * is not a built rule (a builder, a string) throws Sheets' signature error.
 *
 * @param value - what the add-on passed
 * @param method - `Range.setDataValidation` or `Range.setDataValidations`, for the message
 * @returns the rule, or null to clear
 */
export function ruleOf(value: unknown, method: string): ValidationRule | null {
  if (value === null) return null;
  if (value instanceof DataValidation) return value.rule;
  throw signatureError(method, [value]);
}

/** Whether a shown value meets a rule: blank always does; a list rule needs one of its values exactly. */
export function meetsRule(rule: ValidationRule, value: CellValue): boolean {
  if (value === '') return true;
  const text = value instanceof Date ? value.toISOString() : String(value);
  return rule.values.includes(text);
}

/**
 * The message Sheets shows when a person's input is rejected: the rule's help text, or a sentence naming
 * the allowed values when it has none.
 *
 * @param rule - the cell's rule
 * @returns the message
 * @example rejectionMessage(rule) // 'Pick a status from the list.'
 */
export function rejectionMessage(rule: ValidationRule): string {
  return rule.helpText ?? `Input must be an item on the specified list: ${rule.values.join(', ')}.`;
}
