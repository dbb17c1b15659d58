/**
 * The `Application Plan` sheet: one applicant's plan in three readable columns (`Item`, `Value`,
 * `Details`) — who, the score and tier, how many programs to apply to and what that costs (with the PGY-1
 * applications Advanced programs need), the category counts, advice, the PGY-1 year, red flags, the
 * checklist, signal suggestions, any shortfall, and the data issues found while reading the sheets (one row
 * each: sheet, cell, problem). Section headings are shaded rows. A plan shared without scores keeps the tier
 * and the recommended count but leaves out the Step 2 CK row and the issues read from the `Profile` and
 * `Cohort` sheets (their messages can quote the score as typed), and takes any Step score number out of its
 * advice (`Your Step 3 score of 231` → `Your Step 3 score`).
 */
import { oneDecimal } from '../core/outlook.ts';
import { CATEGORIES, type Issue, type Plan } from '../core/types.ts';
import type { Cell } from './carry-over.ts';
import { SHEETS } from './sheet-names.ts';
import type { SheetOutput } from './sheet-output.ts';
import { asCellText } from './text-safety.ts';
import { withoutScoreNumbers } from './write-list.ts';

/** The plan's header row. */
export const PLAN_COLUMNS = ['Item', 'Value', 'Details'] as const;

/** Backgrounds of the plan sheet. */
export const PLAN_COLOURS = {
  header: '#efefef',
  section: '#cfe2f3',
  plain: '#ffffff',
  met: '#d9ead3',
  notMet: '#f4cccc',
  unknown: '#fff2cc',
} as const;

/** Sheets whose issues can quote the applicant's own values (left out of a plan shared without scores). */
const APPLICANT_SHEETS: readonly string[] = [SHEETS.profile, SHEETS.cohort];

/**
 * Dollars as people write them: `$797`, `$1,230`, `$12.50`.
 *
 * @param dollars - an amount
 * @returns the amount with a dollar sign and thousands separators
 * @example
 * formatDollars(1230) // '$1,230'
 */
export function formatDollars(dollars: number): string {
  const cents = Math.round(dollars * 100);
  const whole = Math.floor(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${cents < 0 ? '-' : ''}$${grouped}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}

type Row = { cells: [Cell, Cell, Cell]; colour: string };

/** The header of the plan's "Apply set by category" rows, which its chart draws (src/addon/season-charts.ts). */
export const PLAN_CHART_HEADER = ['Category', 'Programs you apply to', 'Expected interviews'] as const;

/** Which chance model the plan's chances come from (SPEC section 2): the plan's words and where to see more. */
export interface PlanModel {
  /** `chances from your outcomes (412 applications, 2022–2025)` or `chances from the documented defaults`. */
  summary: string;
  details: string;
}

/** What a plan says when nothing was fitted (and always in a copy shared with a mentor). */
export const DEFAULTS_MODEL: PlanModel = {
  summary: 'chances from the documented defaults',
  details: 'the documented defaults and your Settings values (docs/chance-model.md)',
};

/**
 * Text for a plan shared without scores: no Step score number, and no one program's chance (which, with the
 * published model, would bracket the score). Totals over the whole list (expected interviews) stay.
 */
function withoutProgramChances(text: string): string {
  return withoutScoreNumbers(text).replace(/, best Chance \d+%/g, '');
}

/** Where the plan's signals come from, in words. */
function signalWords(plan: Plan): string {
  if (plan.signalSource === 'sent') return 'the signals you sent (Signal sent column)';
  if (plan.signalSource === 'both') return 'the signals you sent, and suggestions for the rest';
  if (plan.signalSource === 'suggested') return 'the suggested signals (Signal column)';
  return 'no signals';
}
type RowMaker = (item: string, value: Cell, details?: string, colour?: string) => Row;

/** A row maker that escapes text and, for a plan shared without scores, takes score numbers out of it. */
function rowMaker(includeScores: boolean): RowMaker {
  const text = (cell: Cell): Cell =>
    typeof cell === 'string' ? asCellText(includeScores ? cell : withoutProgramChances(cell)) : cell;
  return (item, value, details = '', colour = PLAN_COLOURS.plain) => ({
    cells: [text(item), text(value), text(details)],
    colour,
  });
}

/**
 * Builds the `Application Plan` sheet.
 *
 * @param plan - the applicant's plan (from `buildPlan`)
 * @param issues - data issues found while reading the sheets
 * @param options - `includeScores: false` for a plan shared with a mentor; `model`: which chance model is
 *   in force (the documented defaults when not given)
 * @returns the values (3 columns), backgrounds, frozen header and column widths
 * @example
 * buildPlanSheet(plan, [], { includeScores: true }).values[1] // ['Applicant', 'Ana Li', '']
 */
export function buildPlanSheet(
  plan: Plan,
  issues: Issue[],
  options: { includeScores: boolean; model?: PlanModel },
): SheetOutput {
  const row = rowMaker(options.includeScores);
  const section = (title: string): Row => row(title, '', '', PLAN_COLOURS.section);
  const rows: Row[] = [
    { cells: [asCellText('Applicant'), asCellText(plan.applicant), ''], colour: PLAN_COLOURS.plain },
  ];
  if (options.includeScores) {
    rows.push(row('Step 2 CK', plan.stepTwoScore ?? '', plan.stepTwoScore === null ? 'No score given' : ''));
  }
  rows.push(row('Failed USMLE attempts', plan.failedAttempts));
  rows.push(
    row('Tier', plan.tier ?? 'Unknown', plan.tier === null ? 'Add a Step 2 CK score to see the tier' : ''),
  );
  rows.push(row('Recommended applications', plan.recommended, plan.range));
  rows.push(row('Apply', plan.applyCount, 'programs marked Yes in the Apply column of the list'));
  rows.push(row('ERAS cost of the Apply set', formatDollars(plan.erasCost), 'Diagnostic Radiology only'));
  const pgyOne = plan.pgyOne;
  if (pgyOne.recommended > 0) {
    rows.push(
      row(
        'ERAS cost of the PGY-1 applications',
        formatDollars(pgyOne.erasCost),
        `${pgyOne.recommended} preliminary or transitional-year programs, priced as a specialty of their own`,
      ),
    );
    rows.push(
      row(
        'ERAS cost in all',
        formatDollars(plan.erasCost + pgyOne.erasCost),
        'Diagnostic Radiology and the PGY-1 year',
      ),
    );
  }
  const outlook = plan.interviews;
  rows.push(section('Interviews'));
  rows.push(
    row(
      'Expected interviews',
      oneDecimal(outlook.expected),
      `from ${outlook.programs} applications, counting ${signalWords(plan)}; ${oneDecimal(outlook.expectedWithoutSignals)} without signals`,
    ),
  );
  rows.push(
    row(
      `Chance of at least ${outlook.target} interviews`,
      outlook.chanceOfTargetText,
      'exact (Poisson-binomial), from the whole-percent chances in the list; Target interviews is a Settings value',
    ),
  );
  rows.push(
    row(
      `Programs for a ${outlook.wanted}% chance of ${outlook.target}`,
      outlook.programsNeeded ?? 'None would',
      outlook.advice,
      outlook.chanceOfTarget < outlook.wanted ? PLAN_COLOURS.unknown : PLAN_COLOURS.plain,
    ),
  );
  rows.push(section('Season so far'));
  const progress = plan.progress ?? null;
  if (progress === null) {
    rows.push(
      row(
        'Applications marked',
        0,
        "Mark each program's Status in your list (Applied, Invited, Interviewed …) to follow your season here.",
      ),
    );
  } else {
    rows.push(row('Applied', progress.applied, progress.text));
    rows.push(
      row('Invited so far', progress.invited, 'Invited, Interviewed, Ranked and Matched count as invited'),
    );
    rows.push(
      row(
        'Invitations the chance model expected',
        oneDecimal(progress.expected),
        'from the programs you applied to (not withdrawn): their chances added up, signalled ones at their signalled chance',
      ),
    );
  }
  rows.push(section('Programs by category'));
  for (const category of CATEGORIES) rows.push(row(category, plan.counts[category]));
  if (plan.applyFill !== null) rows.push(row('Apply set mix', plan.applyFill));
  if (plan.applyMix) {
    rows.push(section('Apply set by category (the chart beside the plan draws these rows)'));
    rows.push(row(PLAN_CHART_HEADER[0], PLAN_CHART_HEADER[1], PLAN_CHART_HEADER[2], PLAN_COLOURS.header));
    for (const mix of plan.applyMix) {
      rows.push({
        cells: [`${mix.category} applications`, mix.programs, Math.round(mix.expected * 10) / 10],
        colour: PLAN_COLOURS.plain,
      });
    }
  }
  rows.push(section('Advice'));
  rows.push(row('Dual application', plan.dualApply));
  rows.push(row('Step 3', plan.stepThree));
  rows.push(row('Geographic preference', plan.geographicAdvice));
  if (plan.shortfall !== null) rows.push(row('Shortfall', plan.shortfall, '', PLAN_COLOURS.notMet));
  rows.push(section('PGY-1 year'));
  rows.push(
    row('Advanced programs you apply to', pgyOne.advanced, 'start in the second year of residency (PGY-2)'),
  );
  rows.push(row('Categorical programs you apply to', pgyOne.categorical, 'include the first year (PGY-1)'));
  if (pgyOne.both > 0) {
    rows.push(
      row('Programs offering both tracks', pgyOne.both, 'counted with the Advanced ones for the PGY-1 year'),
    );
  }
  if (pgyOne.unknownNote !== null) {
    rows.push(row('Programs with Track unknown', pgyOne.unknown, pgyOne.unknownNote, PLAN_COLOURS.unknown));
  }
  rows.push(row('PGY-1 applications', pgyOne.recommended, pgyOne.advice));
  rows.push(section('Red flags to be ready to explain'));
  if (plan.redFlags.length === 0) rows.push(row('None', ''));
  for (const flag of plan.redFlags) rows.push(row('Red flag', flag));
  rows.push(section('Checklist'));
  for (const item of plan.checklist) {
    const [status, colour] =
      item.met === true
        ? ['Met', PLAN_COLOURS.met]
        : item.met === false
          ? ['Not met', PLAN_COLOURS.notMet]
          : ['Unknown', PLAN_COLOURS.unknown];
    rows.push(row(item.item, status, item.detail, colour));
  }
  rows.push(section('Signals'));
  if (plan.signals.gold.length + plan.signals.silver.length === 0) rows.push(row('None suggested', ''));
  else rows.push(row('Where they come from', signalWords(plan)));
  plan.signals.gold.forEach((name, i) => {
    rows.push(row(`Gold ${i + 1}`, name));
  });
  plan.signals.silver.forEach((name, i) => {
    rows.push(row(`Silver ${i + 1}`, name));
  });
  const shown = options.includeScores
    ? issues
    : issues.filter((issue) => !APPLICANT_SHEETS.includes(issue.sheet));
  rows.push(section('Model'));
  const model = options.model ?? DEFAULTS_MODEL;
  rows.push(row('Chance model', model.summary, model.details));
  rows.push(section('Data issues'));
  for (const note of plan.dataNotes) rows.push(row('Programs', 'column', note));
  if (shown.length === 0 && plan.dataNotes.length === 0) rows.push(row('No data issues', ''));
  else if (shown.length > 0) rows.push(row('Sheet', 'Cell', 'Problem', PLAN_COLOURS.header));
  for (const issue of shown) rows.push(row(issue.sheet, issue.cell, issue.message));
  return {
    values: [[...PLAN_COLUMNS], ...rows.map((r) => r.cells)],
    backgrounds: [
      [PLAN_COLOURS.header, PLAN_COLOURS.header, PLAN_COLOURS.header],
      ...rows.map((r) => [r.colour, r.colour, r.colour]),
    ],
    frozenRows: 1,
    columnWidths: [240, 320, 480],
  };
}
