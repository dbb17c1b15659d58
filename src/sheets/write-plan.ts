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
import { planNextSteps } from '../core/next-steps.ts';
import { oneDecimal } from '../core/outlook.ts';
import { CATEGORIES, type Issue, type Plan } from '../core/types.ts';
import type { Cell } from './carry-over.ts';
import { SHEETS } from './sheet-names.ts';
import { AUTOMATIC_FORMAT, type SheetOutput } from './sheet-output.ts';
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

export { formatDollars } from '../core/money.ts';

type Row = {
  cells: [Cell, Cell, Cell];
  colour: string /** The Value cell's number format. */;
  format?: string;
};

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

/** The plan's number formats: dollars as currency, one decimal for expected interviews, whole counts. */
export const PLAN_FORMATS = {
  dollars: '$#,##0',
  oneDecimal: '0.0',
  whole: '0',
} as const;

/** What a checklist item's mark says: a symbol and words, so it never relies on colour alone. */
export const CHECK_MARKS = { met: '✓ Met', notMet: '✗ Not met', unknown: '? Unknown' } as const;

/**
 * Builds the `Application Plan` sheet: the summary, the interview outlook and the category mix at the top,
 * then what to do next, the advice, the PGY-1 year, red flags, the checklist (✓ Met / ✗ Not met), signals,
 * the model and the data issues, each section under a shaded heading. Money is a number shown as dollars,
 * long advice wraps.
 *
 * @param plan - the applicant's plan (from `buildPlan`)
 * @param issues - data issues found while reading the sheets
 * @param options - `includeScores: false` for a plan shared with a mentor; `model`: which chance model is
 *   in force (the documented defaults when not given)
 * @returns the values (3 columns), backgrounds, frozen header, widths and formats
 * @example
 * buildPlanSheet(plan, [], { includeScores: true }).values[2] // ['Applicant', 'Ana Li', '']
 */
export function buildPlanSheet(
  plan: Plan,
  issues: Issue[],
  options: { includeScores: boolean; model?: PlanModel },
): SheetOutput {
  const row = rowMaker(options.includeScores);
  const section = (title: string): Row => row(title, '', '', PLAN_COLOURS.section);
  const money = (item: string, amount: number, details: string): Row => ({
    ...row(item, amount, details),
    format: PLAN_FORMATS.dollars,
  });
  const rows: Row[] = [section('Summary')];
  rows.push({ cells: [asCellText('Applicant'), asCellText(plan.applicant), ''], colour: PLAN_COLOURS.plain });
  if (options.includeScores) {
    rows.push(row('Step 2 CK', plan.stepTwoScore ?? '', plan.stepTwoScore === null ? 'No score given' : ''));
  }
  rows.push(
    plan.failedAttemptsUnknown
      ? row(
          'Failed USMLE attempts',
          plan.failedAttempts > 0 ? `At least ${plan.failedAttempts}` : 'Unknown',
          'Some attempts could not be read or are marked unknown: see the red flags and data issues',
        )
      : row('Failed USMLE attempts', plan.failedAttempts),
  );
  rows.push(
    row(
      'Tier',
      plan.tier ?? 'Unknown',
      plan.tier === null ? (plan.tierNote ?? 'Add a Step 2 CK score to see the tier') : '',
    ),
  );
  rows.push(row('Recommended applications', plan.recommended, plan.range));
  rows.push(row('Apply', plan.applyCount, 'programs marked Yes in the Apply column of the list'));
  rows.push(money('ERAS cost of the Apply set', plan.erasCost, 'Diagnostic Radiology only'));
  const pgyOne = plan.pgyOne;
  if (pgyOne.recommended > 0) {
    rows.push(
      money(
        'ERAS cost of the PGY-1 applications',
        pgyOne.erasCost,
        `${pgyOne.recommended} preliminary or transitional-year programs, priced as a specialty of their own`,
      ),
    );
    rows.push(
      money('ERAS cost in all', plan.erasCost + pgyOne.erasCost, 'Diagnostic Radiology and the PGY-1 year'),
    );
  }
  const outlook = plan.interviews;
  rows.push(section('Interviews'));
  rows.push({
    ...row(
      'Expected interviews',
      Math.round(outlook.expected * 10) / 10,
      `from ${outlook.programs} applications, counting ${signalWords(plan)}; ${oneDecimal(outlook.expectedWithoutSignals)} without signals`,
    ),
    format: PLAN_FORMATS.oneDecimal,
  });
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
    rows.push({
      ...row(
        'Invitations the chance model expected',
        Math.round(progress.expected * 10) / 10,
        'from the programs you applied to (not withdrawn): their chances added up, signalled ones at their signalled chance',
      ),
      format: PLAN_FORMATS.oneDecimal,
    });
  }
  rows.push(section('Programs by category'));
  for (const category of CATEGORIES)
    rows.push(row(category, plan.counts[category], CATEGORY_WORDS[category]));
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
  const steps = planNextSteps(plan);
  if (steps.length > 0) {
    rows.push(section('What to do next'));
    steps.forEach((step, i) => {
      rows.push(row(ORDINALS[i] ?? `Then (${i + 1})`, step));
    });
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
        ? [CHECK_MARKS.met, PLAN_COLOURS.met]
        : item.met === false
          ? [CHECK_MARKS.notMet, PLAN_COLOURS.notMet]
          : [CHECK_MARKS.unknown, PLAN_COLOURS.unknown];
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
    // No frozen header: the plan reads top to bottom like a page, and a new plan is one call cheaper.
    frozenRows: 0,
    // What, Value and Details share a width: one call for the three (Value and Details hold long text).
    columnWidths: [300, 300, 300],
    ...planFormats(rows),
  };
}

/** Labels of the "What to do next" rows (not `Step 1`, which would read as the USMLE exam). */
const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];

/** What each category means, beside its count. */
const CATEGORY_WORDS: Record<(typeof CATEGORIES)[number], string> = {
  Reach: 'a low chance of an interview (see Chance in the list)',
  Target: 'a fair chance of an interview',
  Safety: 'a good chance of an interview',
  'Below minimum': 'your Step 2 CK is under their hard minimum',
  'Not eligible': 'another hard requirement fails (see Issues in the list)',
};

/**
 * The plan's formats: the Value column's number format row by row (dollars, one decimal, whole counts, text as
 * it is), every cell wrapped and at the top of its row, and a note on the Value and Details headers.
 */
function planFormats(
  rows: Row[],
): Pick<SheetOutput, 'cellNumberFormats' | 'columnWraps' | 'columnVerticalAlignments' | 'headerNotes'> {
  return {
    // The whole A:C block from A1 (Automatic but for the Value column), so a new plan's own range carries it.
    cellNumberFormats: {
      row: 1,
      column: 1,
      cells: [
        [AUTOMATIC_FORMAT, AUTOMATIC_FORMAT, AUTOMATIC_FORMAT],
        ...rows.map((r) => [
          AUTOMATIC_FORMAT,
          r.format ?? (typeof r.cells[1] === 'number' ? PLAN_FORMATS.whole : AUTOMATIC_FORMAT),
          AUTOMATIC_FORMAT,
        ]),
      ],
    },
    columnWraps: { 0: true, 1: true, 2: true },
    columnVerticalAlignments: { 0: 'top', 1: 'top', 2: 'top' },
    headerNotes: {
      1: 'The figure, advice or mark for each item.',
      2: 'What the figure means, where it comes from, or what to do.',
    },
  };
}
