/**
 * Reads the optional `Settings` sheet (labels in column A, values in column B) over the defaults of
 * `src/core/settings.ts`. Labels match like headers and may also be the setting's key (`goldSignals`); unknown
 * labels and a header row such as `Setting | Value | What it means` are ignored. A blank value keeps the
 * default; a value that is not a number, not whole where it must be, or outside the allowed range is an
 * issue and the default is kept.
 */
import { defaultSettings, SETTING_DEFS, type SettingDef, type Settings } from '../core/settings.ts';
import type { Issue } from '../core/types.ts';
import { cellName } from './a1.ts';
import { normalizeLabel } from './normalize.ts';
import { blankOrNa, isDate, parseYear, showCell } from './parse-values.ts';

const SHEET = 'Settings';

function findSetting(label: unknown): SettingDef | undefined {
  if (typeof label !== 'string' || label.length > 200) return undefined;
  const folded = normalizeLabel(label);
  if (folded === '') return undefined;
  return SETTING_DEFS.find(
    (def) => normalizeLabel(def.label) === folded || normalizeLabel(def.key) === folded,
  );
}

/** The cell as a number, or null when it is not one (`$11` and `1,000` are read as numbers). */
function settingNumber(def: SettingDef, raw: unknown): number | null {
  if (def.key === 'cycleYear' && isDate(raw)) {
    const year = parseYear(raw);
    return year.kind === 'value' ? year.value : null;
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/^\$/, '').replace(/,/g, '');
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
}

function expectedText(def: SettingDef): string {
  return `${def.integer ? 'a whole number' : 'a number'} from ${def.min} to ${def.max}`;
}

/**
 * Reads the `Settings` sheet.
 *
 * @param values - `getDataRange().getValues()` of the Settings sheet (an empty array when there is none)
 * @param currentYear - the year `Cycle year` means when blank
 * @returns the settings in force, issues for values that were not used, and the keys the sheet sets
 * @example
 * readSettings([['Gold signals', 8]], 2026).settings.goldSignals // 8
 */
export function readSettings(
  values: unknown[][],
  currentYear: number,
): { settings: Settings; issues: Issue[]; overridden: (keyof Settings)[] } {
  const settings = defaultSettings(currentYear);
  const issues: Issue[] = [];
  const overridden: (keyof Settings)[] = [];
  const firstRowOf = new Map<keyof Settings, number>();
  const rows = Array.isArray(values) ? values : [];
  rows.forEach((row, index) => {
    if (!Array.isArray(row)) return;
    const rowNumber = index + 1;
    const def = findSetting(row[0]);
    if (!def) return;
    const firstRow = firstRowOf.get(def.key);
    if (firstRow !== undefined) {
      issues.push({
        sheet: SHEET,
        cell: cellName(rowNumber, 1),
        message: `"${def.label}" appears again in row ${rowNumber}; the value in row ${firstRow} is used.`,
      });
      return;
    }
    firstRowOf.set(def.key, rowNumber);
    const raw = row[1];
    if (blankOrNa(raw)) return;
    const value = settingNumber(def, raw);
    if (value === null || (def.integer && !Number.isInteger(value)) || value < def.min || value > def.max) {
      issues.push({
        sheet: SHEET,
        cell: cellName(rowNumber, 2),
        message: `${def.label} "${showCell(raw)}" is not usable; expected ${expectedText(def)}. The default (${settings[def.key]}) is used.`,
      });
      return;
    }
    settings[def.key] = value;
    overridden.push(def.key);
  });
  return { settings, issues, overridden };
}
