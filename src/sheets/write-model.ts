/**
 * The `Model` sheet (SPEC section 3.5): the chance model in force. One row per chance-model parameter —
 * its default (the documented default or the Settings value), the value fitted to `Outcomes` (when there
 * was a fit), the value used and where it comes from — then the outcomes used, the held-out scores of the
 * defaults and of the fit, the calibration table (predicted band against observed invitation rate; bands
 * drawn from fewer than 5 applicants are not shown), and the Outcomes cells that could not be read. The
 * formulas (`RAD_CHANCE`, `RAD_CATEGORY`) read the `Used` value of every row whose `Source` says fitted
 * (read-model.ts), so they always agree with the lists.
 */
import { cycleText, FITTED_SOURCE, type HeldOutScore, type ModelFit } from '../core/chance-fit.ts';
import { WITHHELD_NOTE } from '../core/outcome-privacy.ts';
import { SETTING_DEFS, type SettingKey, type Settings } from '../core/settings.ts';
import type { Issue } from '../core/types.ts';
import type { Cell } from './carry-over.ts';
import type { SheetOutput } from './sheet-output.ts';
import { asCellText } from './text-safety.ts';

/** The `Model` sheet's header row. */
export const MODEL_COLUMNS = ['Parameter', 'Default', 'Fitted', 'Used', 'Source', 'Details'] as const;

/** The most Outcomes issues the sheet lists (the sidebar says how many there are in all). */
export const MODEL_ISSUES_SHOWN = 1000;

/** Backgrounds of the Model sheet. */
export const MODEL_COLOURS = {
  header: '#efefef',
  section: '#cfe2f3',
  plain: '#ffffff',
  fitted: '#d9ead3',
  withheld: '#f3f3f3',
} as const;

/** Chance-model settings the Outcomes sheet cannot fit, and why, in plain words. */
const NOT_FITTED: readonly [SettingKey, string][] = [
  ['typicalAboveMinimum', 'Outcomes does not say which programs stated only a minimum'],
  ['chanceOddsBelowPreferred', 'Outcomes has no "Min is" column'],
  [
    'chanceOddsPerFailure',
    'kept at its Settings value: programs that limit failures rule them out, and few failures in one cohort would give a noisy value',
  ],
  ['graceYears', 'Outcomes has no graduation year'],
  ['chanceOddsPerYearAfter', 'Outcomes has no graduation year'],
  ['imgShareNeutral', 'the neutral point of the IMG share scale (the fit moves its odds)'],
  ['imgShareCountedUpTo', 'the top of the IMG share scale (the fit moves its odds)'],
  ['chanceOddsTakesImgs', 'Outcomes has no "Takes IMGs" column'],
  ['chanceOddsNewProgram', 'Outcomes has no accreditation year'],
  ['chanceOddsGeographicPreference', 'Outcomes has no geographic-preference column'],
];

/** The held-out scores shown, in order: label, score, and what it means in plain words. */
const HELD_OUT_SCORES: readonly [string, keyof HeldOutScore, string][] = [
  ['Log-loss', 'logLoss', 'the average surprise at what happened; 0 would be certain and right'],
  ['Brier score', 'brier', 'the average squared gap between the chance and what happened (0 to 1)'],
];

const DEFS = new Map(SETTING_DEFS.map((d) => [d.key, d]));

type Row = { cells: Cell[]; colour: string };

function row(cells: Cell[], colour: string = MODEL_COLOURS.plain): Row {
  const out = MODEL_COLUMNS.map((_, i) => {
    const cell = cells[i] ?? '';
    return typeof cell === 'string' ? asCellText(cell) : cell;
  });
  return { cells: out, colour };
}

function section(title: string): Row {
  return row([title], MODEL_COLOURS.section);
}

function rounded(value: number | null, digits: number): Cell {
  return value === null ? '' : Math.round(value * 10 ** digits) / 10 ** digits;
}

function percent(value: number | null): Cell {
  return value === null ? '' : Math.round(value * 1000) / 10;
}

/**
 * Builds the `Model` sheet.
 *
 * @param fit - the model in force (`fitChanceModel`)
 * @param settings - the settings before the fit (the defaults of the parameters not fitted)
 * @param issues - the Outcomes sheet's issues, by cell
 * @returns the sheet (6 columns)
 * @example
 * buildModelSheet(fit, settings, []).values[0] // ['Parameter', 'Default', 'Fitted', 'Used', 'Source', 'Details']
 */
export function buildModelSheet(fit: ModelFit, settings: Settings, issues: readonly Issue[]): SheetOutput {
  const rows: Row[] = [];
  rows.push(section(fit.fitted ? 'Fitted to your outcomes' : 'The documented defaults are in force'));
  rows.push(row(['In force', fit.fitted ? 'Fitted' : 'Defaults', '', '', '', fit.reason]));
  for (const p of fit.parameters) {
    rows.push(
      row(
        [p.label, p.default, p.fitted ?? '', p.used, p.source, `${p.what}: ${p.note}`],
        p.source === FITTED_SOURCE ? MODEL_COLOURS.fitted : MODEL_COLOURS.plain,
      ),
    );
  }
  rows.push(section('Not fitted (kept at the Settings value)'));
  for (const [key, why] of NOT_FITTED) {
    const def = DEFS.get(key)!;
    const value = settings[key];
    const source = Math.abs(value - def.default) < 1e-12 ? 'Documented default' : 'Your Settings';
    rows.push(row([def.label, value, '', value, source, why]));
  }
  rows.push(section('Outcomes used'));
  rows.push(
    row([
      'Usable rows',
      fit.rows,
      '',
      '',
      '',
      'applications with a cycle, an applicant, a program and a result',
    ]),
  );
  rows.push(row(['Applicants', fit.applicants]));
  rows.push(row(['Cycles', fit.cycles.length === 0 ? 'none' : cycleText(fit.cycles)]));
  if (fit.validation) rows.push(row(['Held out', '', '', '', '', fit.validation]));
  if (fit.heldOut) {
    rows.push(section('Scores on held-out outcomes (lower is better)'));
    rows.push(
      row(['Score', 'Defaults', 'Fitted', '', '', `${fit.heldOut.rows} applications`], MODEL_COLOURS.header),
    );
    for (const [label, score, details] of HELD_OUT_SCORES) {
      rows.push(
        row([
          label,
          rounded(fit.heldOut.defaults[score], 4),
          rounded(fit.heldOut.fitted?.[score] ?? null, 4),
          '',
          '',
          details,
        ]),
      );
    }
  }
  rows.push(
    section(`Calibration: predicted chance against invitations (${fit.fitted ? 'the fit' : 'the defaults'})`),
  );
  rows.push(
    row(
      ['Predicted band', 'Mean predicted %', 'Invited %', 'Applications', '', 'Details'],
      MODEL_COLOURS.header,
    ),
  );
  for (const band of fit.calibration) {
    rows.push(
      band.withheld
        ? row([band.band, '', '', '', '', WITHHELD_NOTE], MODEL_COLOURS.withheld)
        : row([
            band.band,
            percent(band.meanPredicted),
            percent(band.observedRate),
            band.count ?? 0,
            '',
            band.count ? '' : 'no application in this band',
          ]),
    );
  }
  rows.push(section('Outcomes cells that could not be read'));
  if (issues.length === 0) rows.push(row(['None']));
  else rows.push(row(['Sheet', 'Cell', '', '', '', 'Problem'], MODEL_COLOURS.header));
  for (const issue of issues.slice(0, MODEL_ISSUES_SHOWN)) {
    rows.push(row([issue.sheet, issue.cell, '', '', '', issue.message]));
  }
  if (issues.length > MODEL_ISSUES_SHOWN) {
    rows.push(
      row([
        `… and ${issues.length - MODEL_ISSUES_SHOWN} more`,
        '',
        '',
        '',
        '',
        'fix the cells above (the same mistake is often repeated down a column), then generate again',
      ]),
    );
  }
  return {
    values: [[...MODEL_COLUMNS], ...rows.map((r) => r.cells)],
    backgrounds: [
      MODEL_COLUMNS.map(() => MODEL_COLOURS.header),
      ...rows.map((r) => MODEL_COLUMNS.map(() => r.colour)),
    ],
    frozenRows: 1,
    columnWidths: [290, 90, 90, 90, 170, 520],
  };
}
