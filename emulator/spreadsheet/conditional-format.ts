/**
 * Emulated conditional-format rules: `SpreadsheetApp.newConditionalFormatRule()` builders (boolean
 * conditions: custom formula, number and text comparisons, empty/not empty; formats: background, font
 * colour, bold, italic; ranges) and the built rules, which expose getRanges() and getBooleanCondition().
 * Builder calls are not counted (they do not reach the spreadsheet service until the rule is set).
 */

import { normalizeColor } from './colors.ts';
import type { FakeRange } from './fake-range.ts';

/** The criteria names of `SpreadsheetApp.BooleanCriteria`. */
export const BOOLEAN_CRITERIA = [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
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
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const;

export type BooleanCriteriaName = (typeof BOOLEAN_CRITERIA)[number];

interface RuleFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ConditionalRuleData {
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  format: RuleFormat;
  ranges: FakeRange[];
}

export class BooleanCondition {
  constructor(private readonly data: ConditionalRuleData) {}
  getCriteriaType(): BooleanCriteriaName | null {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.data.values];
  }
  getBackground(): string | null {
    return this.data.format.background;
  }
  getFontColor(): string | null {
    return this.data.format.fontColor;
  }
  getBold(): boolean | null {
    return this.data.format.bold;
  }
  getItalic(): boolean | null {
    return this.data.format.italic;
  }
}

export class ConditionalFormatRule {
  constructor(private readonly data: ConditionalRuleData) {}
  getRanges(): FakeRange[] {
    return [...this.data.ranges];
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.data.criteria ? new BooleanCondition(this.data) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(cloneData(this.data));
  }
}

function cloneData(data: ConditionalRuleData): ConditionalRuleData {
  return {
    criteria: data.criteria,
    values: [...data.values],
    format: { ...data.format },
    ranges: [...data.ranges],
  };
}

export class ConditionalFormatRuleBuilder {
  private readonly data: ConditionalRuleData;

  constructor(data?: ConditionalRuleData) {
    this.data = data ?? {
      criteria: null,
      values: [],
      format: { background: null, fontColor: null, bold: null, italic: null },
      ranges: [],
    };
  }

  private when(criteria: BooleanCriteriaName, ...values: unknown[]): this {
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', start, end);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', n);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', n);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', text);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY');
  }

  setBackground(color: string | null): this {
    this.data.format.background = color === null ? null : normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.data.format.fontColor = color === null ? null : normalizeColor(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this.data.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.data.format.italic = italic;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.data.ranges = [...ranges];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this.data.ranges];
  }
  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(cloneData(this.data));
  }
}
