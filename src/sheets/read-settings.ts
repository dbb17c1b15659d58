/**
 * Reads the optional `Settings` sheet (labels in column A, values in column B) over the defaults of
 * `src/core/settings.ts`. Labels match like headers and may also be the setting's key (`goldSignals`); unknown
 * labels and a header row such as `Setting | Value | What it means` are ignored, but one near a setting's label
 * (`Gold signal`, `Target interview`) with a value beside it is an issue naming the label to use. A blank value keeps the
 * default; a value that is not a number, not whole where it must be, or outside the allowed range is an
 * issue and the default is kept — one issue naming the cell (a probability outside 0–100%, an odds multiplier
 * that would turn an effect the wrong way, …). Percent settings (`kind: 'percent'`: shares, base chances,
 * bands) are read by the same rule as `IMG %` in Programs (`parsePercent`): a percent (`20`, `20%`) or a
 * fraction (`0.2`, which is what a cell formatted as `20%` holds) — a value below 1 is a fraction, so `1` is
 * 1%, except in a cell formatted as a percent, where `1` is the 100% it shows. Settings that must
 * agree with each other (see `settleSettingsOrder`) are then checked as groups: a group that contradicts itself
 * is one issue naming its cells, and that group's defaults are used.
 */
import { defaultSettings, SETTING_DEFS, type SettingDef, type Settings } from '../core/settings.ts';
import { type OrderProblem, settleSettingsOrder } from '../core/settings-order.ts';
import type { Issue } from '../core/types.ts';
import { cellName, issueAt } from './a1.ts';
import { type LabelChoice, nearestLabel } from './near-label.ts';
import { normalizeLabel } from './normalize.ts';
import {
  blankOrNa,
  formulaError,
  isDate,
  parsePercent,
  parseYear,
  parseYesNo,
  showCell,
} from './parse-values.ts';
import { cellRef, formulaErrorIssue } from './read-fields.ts';
import { SHEETS } from './sheet-names.ts';

/** Each setting by its folded label and folded key (the first setting wins a clash), made on first use. */
let byFoldedName: Map<string, SettingDef> | null = null;

function findSetting(label: unknown): SettingDef | undefined {
  if (typeof label !== 'string' || label.length > 200) return undefined;
  const folded = normalizeLabel(label);
  if (folded === '') return undefined;
  if (byFoldedName === null) {
    // Folded once per execution, not once per row looked up (a custom function reads Settings on every call).
    byFoldedName = new Map();
    for (const def of SETTING_DEFS) {
      for (const name of [normalizeLabel(def.label), normalizeLabel(def.key)]) {
        if (!byFoldedName.has(name)) byFoldedName.set(name, def);
      }
    }
  }
  return byFoldedName.get(folded);
}

/**
 * The setting labels row 1 holds when the sheet is turned sideways (labels along row 1, values below): at
 * least two, and more than column A holds below row 1. Otherwise null.
 */
function settingsAlongRow(rows: readonly unknown[][]): string[] | null {
  const first = Array.isArray(rows[0]) ? rows[0] : [];
  const along = first.filter((cell) => findSetting(cell) !== undefined);
  if (along.length < 2) return null;
  const down = rows.slice(1).filter((row) => Array.isArray(row) && findSetting(row[0]) !== undefined).length;
  return along.length > down ? along.map((cell) => showCell(cell)) : null;
}

/**
 * True when reading the sheet right needs its number formats: a percent setting holds the number 1, which is
 * 1% in a plain cell and 100% in one formatted as a percent. Any other value reads the same either way (a
 * number below 1 is a fraction in both), so the formats cost a Spreadsheet call only in this one case.
 *
 * @param values - the Settings sheet's values
 * @example
 * settingsNeedFormats([['Apply share reach %', 1]]) // true
 */
export function settingsNeedFormats(values: unknown[][]): boolean {
  if (!Array.isArray(values)) return false;
  return values.some((row) => Array.isArray(row) && row[1] === 1 && findSetting(row[0])?.kind === 'percent');
}

/** Every label and key a setting answers to, for `nearestLabel`. */
let spellings: LabelChoice<SettingDef>[] | null = null;

/** Header words of a `Setting | Value | What it means` row. */
const HEADER_WORDS: readonly string[] = ['setting', 'settings', 'name', 'label', 'field', 'parameter'];

/**
 * The issue for a row whose label is no setting but is near one (`Gold signal | 7`, see `near-label.ts`) and
 * whose value is filled in: its value is not used, and the issue names the setting's label, so a misspelt
 * label never leaves the default in force without a word. Other unknown labels (notes, a header row) are
 * ignored, as SPEC section 3 says.
 */
function unknownLabelIssue(row: readonly unknown[], rowNumber: number): Issue | null {
  const label = row[0];
  const value = row[1];
  if (typeof label !== 'string' || label.trim() === '' || blankOrNa(value)?.kind === 'blank') return null;
  if (HEADER_WORDS.includes(normalizeLabel(label)) || normalizeLabel(value) === 'value') return null;
  spellings ??= SETTING_DEFS.flatMap((def) => [
    { spelling: def.label, value: def },
    { spelling: def.key, value: def },
  ]);
  const near = nearestLabel(label, spellings);
  if (near === null) return null;
  const cell = cellName(rowNumber, 1);
  return issueAt(
    SHEETS.settings,
    rowNumber,
    1,
    `"${showCell(label)}" in ${cell} is not a setting RadList knows, so ${cellName(rowNumber, 2)} is not used. If you meant ${near.label}, rename ${cell} to "${near.label}" (unless it is set in another row, its default is used until then).`,
  );
}

/** Rounds away the binary noise of `0.07 × 100` (7.000000000000001). */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * The cell as a number, or null when it is not one (`$11` and `1,000` are read as numbers; a percent as
 * 0–100, by the rule of `parsePercent`).
 */
function settingNumber(def: SettingDef, raw: unknown, format: string | undefined): number | null {
  if (def.key === 'cycleYear' && isDate(raw)) {
    const year = parseYear(raw);
    return year.kind === 'value' ? year.value : null;
  }
  if (def.kind === 'yesno') {
    const choice = parseYesNo(raw);
    return choice.kind === 'value' ? (choice.value ? 1 : 0) : null;
  }
  if (def.kind === 'percent') {
    const share = parsePercent(raw, format);
    return share.kind === 'value' ? tidy(share.value * 100) : null;
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/**
 * A setting's value as the `Settings` sheet shows it: `Yes` / `No` for a choice, the number otherwise.
 *
 * @example
 * shownSetting(defOf('cohortListsApplyOnly'), 0) // 'No'
 */
export function shownSetting(def: SettingDef, value: number): string | number {
  return def.kind === 'yesno' ? (value === 1 ? 'Yes' : 'No') : value;
}

function expectedText(def: SettingDef): string {
  if (def.kind === 'percent') return `a percent from ${def.min} to ${def.max} (20, 20% or 0.2)`;
  if (def.kind === 'odds') {
    const effect =
      def.max <= 1 ? 'it can only lower the chance' : def.min >= 1 ? 'it can only raise the chance' : '';
    return `an odds multiplier from ${def.min} to ${def.max}${effect === '' ? '' : ` (${effect})`}`;
  }
  if (def.kind === 'year') return `a year from ${def.min} to ${def.max}`;
  if (def.kind === 'yesno') return 'Yes or No';
  return `${def.integer ? 'a whole number' : 'a number'} from ${def.min} to ${def.max}`;
}

/**
 * Reads the `Settings` sheet.
 *
 * @param values - `getDataRange().getValues()` of the Settings sheet (an empty array when there is none)
 * @param currentYear - the year `Cycle year` means when blank
 * @param formats - `getNumberFormats()` of the same range, when read (see `settingsNeedFormats`)
 * @returns the settings in force, issues for values that were not used, and the keys the sheet sets
 * @example
 * readSettings([['Gold signals', 8]], 2026).settings.goldSignals // 8
 */
export function readSettings(
  values: unknown[][],
  currentYear: number,
  formats?: unknown[][],
): { settings: Settings; issues: Issue[]; overridden: (keyof Settings)[] } {
  const settings = defaultSettings(currentYear);
  const issues: Issue[] = [];
  const overridden: (keyof Settings)[] = [];
  const firstRowOf = new Map<keyof Settings, number>();
  const rows = Array.isArray(values) ? values : [];
  const sideways = settingsAlongRow(rows);
  if (sideways !== null) {
    const shown = sideways.slice(0, 4).join(', ') + (sideways.length > 4 ? ', …' : '');
    issues.push(
      issueAt(
        SHEETS.settings,
        1,
        1,
        `The Settings sheet seems to be turned sideways: its labels (${shown}) run along row 1. Put the labels in column A and the values in column B; until then the defaults are used.`,
      ),
    );
    return { settings, issues, overridden };
  }
  rows.forEach((row, index) => {
    if (!Array.isArray(row)) return;
    const rowNumber = index + 1;
    const def = findSetting(row[0]);
    if (!def) {
      const unknown = unknownLabelIssue(row, rowNumber);
      if (unknown !== null) issues.push(unknown);
      return;
    }
    const firstRow = firstRowOf.get(def.key);
    if (firstRow !== undefined) {
      issues.push(
        issueAt(
          SHEETS.settings,
          rowNumber,
          1,
          `"${def.label}" appears again in row ${rowNumber}; the value in row ${firstRow} is used.`,
        ),
      );
      return;
    }
    firstRowOf.set(def.key, rowNumber);
    const raw = row[1];
    if (formulaError(raw) !== null) {
      const ref = cellRef(SHEETS.settings, rowNumber, 2, def.label);
      const kept = `The default (${shownSetting(def, settings[def.key])}) is used.`;
      issues.push(formulaErrorIssue(ref, raw, kept, 'leave the cell blank for the default'));
      return;
    }
    if (blankOrNa(raw)) return;
    const format = Array.isArray(formats) ? formats[index]?.[1] : undefined;
    const value = settingNumber(def, raw, typeof format === 'string' ? format : undefined);
    if (value === null || (def.integer && !Number.isInteger(value)) || value < def.min || value > def.max) {
      issues.push(
        issueAt(
          SHEETS.settings,
          rowNumber,
          2,
          `${def.label} "${showCell(raw)}" is not usable; expected ${expectedText(def)}. The default (${shownSetting(def, settings[def.key])}) is used.`,
        ),
      );
      return;
    }
    settings[def.key] = value;
    overridden.push(def.key);
  });
  const defaults = defaultSettings(currentYear);
  for (const problem of settleSettingsOrder(settings, defaults)) {
    issues.push(orderIssue(problem, firstRowOf, overridden, defaults));
    const kept = overridden.filter((key) => !problem.reset.includes(key));
    overridden.length = 0;
    overridden.push(...kept);
  }
  return { settings, issues, overridden };
}

function labelOf(key: keyof Settings): string {
  return SETTING_DEFS.find((def) => def.key === key)?.label ?? key;
}

/** One issue for a group of settings that contradict each other, naming each one's cell (or "default"). */
function orderIssue(
  problem: OrderProblem,
  firstRowOf: ReadonlyMap<keyof Settings, number>,
  overridden: readonly (keyof Settings)[],
  defaults: Settings,
): Issue {
  /** The row of a setting's value in the sheet, or null when it is the default. */
  const rowOf = (key: keyof Settings): number | null => {
    const row = firstRowOf.get(key);
    return row !== undefined && overridden.includes(key) ? row : null;
  };
  const found = problem.keys.map((key) => {
    const row = rowOf(key);
    return `${labelOf(key)} ${problem.found[key]} (${row === null ? 'default' : cellName(row, 2)})`;
  });
  const rows = problem.keys.map(rowOf).filter((row): row is number => row !== null);
  const first = rows.length > 0 ? Math.min(...rows) : 1;
  const fromSheet = problem.reset.filter((key) => rowOf(key) !== null);
  const reset = (fromSheet.length > 0 ? fromSheet : problem.reset)
    .map((key) => `${labelOf(key)} ${defaults[key]}`)
    .join(', ');
  return issueAt(
    SHEETS.settings,
    first,
    2,
    `These settings contradict each other: ${found.join(', ')}; expected ${problem.expected}. The defaults are used instead: ${reset}.`,
  );
}
