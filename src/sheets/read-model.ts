/**
 * Reads the parameters in force back from RadList's `Model` sheet (write-model.ts): the `Used` value of every
 * row whose `Source` is `Fitted to your outcomes` and whose `Parameter` is a chance-model setting. The
 * formulas (`RAD_CHANCE`, `RAD_CATEGORY`) put these over the Settings values, so they give the chances the
 * lists were made with; they never fit. A value that is not a number within the setting's range is left
 * out with an issue (the Settings value stays).
 */

import { FIT_PARAMETERS } from '../core/chance-features.ts';
import { FITTED_SOURCE } from '../core/chance-fit.ts';
import { SETTING_DEFS, type SettingKey, type Settings } from '../core/settings.ts';
import { settleSettingsOrder } from '../core/settings-order.ts';
import type { Issue } from '../core/types.ts';
import { issueAt } from './a1.ts';
import { normalizeLabel } from './normalize.ts';
import { SHEETS } from './sheet-names.ts';

const FITTABLE = new Set<string>(FIT_PARAMETERS.map((p) => p.key));
const BY_LABEL = new Map(
  SETTING_DEFS.filter((d) => FITTABLE.has(d.key)).map((d) => [normalizeLabel(d.label), d]),
);

/**
 * The fitted values a Model sheet holds, over the settings given.
 *
 * @param values - `getDataRange().getValues()` of RadList's Model sheet
 * @param settings - the settings read from `Settings`
 * @returns the settings in force and issues for values that could not be used
 * @example
 * applyModel([['Parameter', 'Default', 'Fitted', 'Used', 'Source'], ['Chance odds tie', 3, 2, 2, 'Fitted to your outcomes']], s).settings.chanceOddsTie // 2
 */
export function applyModel(
  values: readonly (readonly unknown[])[],
  settings: Settings,
): { settings: Settings; fitted: SettingKey[]; issues: Issue[] } {
  const header = values[0] ?? [];
  const at = (label: string) => header.findIndex((h) => normalizeLabel(h) === normalizeLabel(label));
  const parameter = at('Parameter');
  const used = at('Used');
  const source = at('Source');
  const next = { ...settings };
  const fitted: SettingKey[] = [];
  const issues: Issue[] = [];
  if (parameter < 0 || used < 0 || source < 0) return { settings: next, fitted, issues };
  values.forEach((row, index) => {
    if (index === 0 || normalizeLabel(row[source]) !== normalizeLabel(FITTED_SOURCE)) return;
    const def = BY_LABEL.get(normalizeLabel(row[parameter]));
    if (!def || fitted.includes(def.key)) return;
    const value = row[used];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < def.min || value > def.max) {
      issues.push(
        issueAt(
          SHEETS.model,
          index + 1,
          used + 1,
          `The fitted "${def.label}" is not a number from ${def.min} to ${def.max}, so the Settings value is used. Generate a list to rewrite the Model sheet.`,
        ),
      );
      return;
    }
    next[def.key] = value;
    fitted.push(def.key);
  });
  // An edited Model that breaks an order between settings falls back to Settings for that group.
  for (const problem of settleSettingsOrder(next, settings)) {
    for (const key of problem.reset) {
      const i = fitted.indexOf(key);
      if (i >= 0) fitted.splice(i, 1);
    }
  }
  return { settings: next, fitted, issues };
}
