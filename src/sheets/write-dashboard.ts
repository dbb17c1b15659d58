/**
 * The `Cohort Dashboard` (SPEC section 3.5), built once at the end of a cohort run from the `Cohort Summary`:
 * three embedded charts — applicants per tier, expected interviews per applicant against the target, and the
 * category mix per applicant — over small tables RadList writes on the same sheet, and the applicants at risk
 * with the reason. RadList owns columns A to `DASHBOARD_WIDTH` of the sheet and the charts whose data starts
 * at its tables' header cells; everything else on the sheet is the advisor's. Pure: it reads the summary's
 * values and returns the grid and the chart specifications (src/addon/dashboard.ts draws them).
 */
import { normalizeLabel } from './normalize.ts';
import type { SheetOutput } from './sheet-output.ts';
import { asCellText } from './text-safety.ts';

type Cell = string | number | boolean;

/** Columns RadList writes on the dashboard (A to R). */
export const DASHBOARD_WIDTH = 18;
/** The row of the tables' headers (the charts float over the rows above). */
export const TABLE_ROW = 22;

const TIERS = ['Competitive', 'Average', 'Mildly low', 'Moderately low', 'Significantly low'] as const;
const CATEGORIES = ['Reach', 'Target', 'Safety', 'Below minimum', 'Not eligible'] as const;

/** The first column (1-based) of each table. */
export const TABLE_COLUMNS = { risk: 1, tiers: 6, expected: 9, mix: 13 } as const;

/** One chart RadList keeps on the dashboard. */
export interface DashboardChart {
  /** Which table it draws. */
  table: 'tiers' | 'expected' | 'mix';
  kind: 'column' | 'combo' | 'stackedBar';
  title: string;
  xTitle: string;
  yTitle: string;
  /** The data, 1-based, header row included. */
  range: { row: number; column: number; rows: number; columns: number };
  /** Where a new chart is put: anchored at A3, this many pixels to the right. */
  offsetX: number;
  width: number;
  height: number;
  colors: string[];
}

/** One applicant as the dashboard reads the summary. */
export interface DashboardApplicant {
  applicant: string;
  tier: string;
  recommended: number | null;
  eligible: number | null;
  counts: number[];
  expected: number | null;
  /** Whole percent. */
  chanceOfTarget: number | null;
  atRisk: boolean;
  dualApply: string;
}

export interface Dashboard {
  output: SheetOutput;
  charts: DashboardChart[];
  atRisk: number;
}

function numberOr(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function text(value: unknown): string {
  const raw = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return (raw.startsWith("'") ? raw.slice(1) : raw).trim();
}

/**
 * The applicants of a `Cohort Summary`, by its header (columns in any order; rows without a name skipped).
 *
 * @param values - `getValues()` of the summary (or what was just written to it)
 * @returns one entry per applicant, in sheet order
 * @example
 * summaryApplicants([['Applicant', 'Tier'], ['Ana Li', 'Mildly low']])[0]?.tier // 'Mildly low'
 */
export function summaryApplicants(values: readonly (readonly unknown[])[]): DashboardApplicant[] {
  const header = values[0] ?? [];
  const at = (label: string) => header.findIndex((h) => normalizeLabel(h) === normalizeLabel(label));
  const cell = (row: readonly unknown[], label: string) => {
    const i = at(label);
    return i < 0 ? '' : row[i];
  };
  const out: DashboardApplicant[] = [];
  for (const row of values.slice(1)) {
    const applicant = text(cell(row, 'Applicant'));
    if (applicant === '') continue;
    const chance = numberOr(cell(row, 'Chance of target'));
    out.push({
      applicant,
      tier: text(cell(row, 'Tier')) || 'Unknown',
      recommended: numberOr(cell(row, 'Recommended')),
      eligible: numberOr(cell(row, 'Eligible')),
      counts: CATEGORIES.map((c) => numberOr(cell(row, c)) ?? 0),
      expected: numberOr(cell(row, 'Expected interviews')),
      chanceOfTarget: chance === null ? null : Math.round(chance * 100),
      atRisk: normalizeLabel(cell(row, 'At risk')) === 'yes',
      dualApply: text(cell(row, 'Dual-apply')),
    });
  }
  return out;
}

/**
 * Why an applicant is at risk, in plain words.
 *
 * @example
 * riskReason({ chanceOfTarget: 23, expected: 7.4, eligible: 30, recommended: 60, … }, 12, 50)
 * // 'chance of at least 12 interviews 23% (below 50%); expected 7.4 interviews; only 30 eligible programs for the 60 recommended'
 */
export function riskReason(a: DashboardApplicant, target: number, atRiskBelow: number): string {
  const parts = [
    `chance of at least ${target} interviews ${a.chanceOfTarget ?? '?'}% (below ${atRiskBelow}%)`,
  ];
  if (a.expected !== null) parts.push(`expected ${a.expected.toFixed(1)} interviews`);
  if (a.eligible !== null && a.recommended !== null && a.eligible < a.recommended) {
    parts.push(`only ${a.eligible} eligible programs for the ${a.recommended} recommended`);
  }
  if (/^dual-apply$/i.test(a.dualApply)) parts.push('dual-apply advised');
  return parts.join('; ');
}

/**
 * Builds the dashboard's tables and charts.
 *
 * @param applicants - from `summaryApplicants`
 * @param settings - `targetInterviews` and `atRiskBelow` in force
 * @returns the grid for columns A–R, the charts over it, and how many are at risk
 * @example
 * buildDashboard([], { targetInterviews: 12, atRiskBelow: 50 }).charts.length // 3
 */
export function buildDashboard(
  applicants: readonly DashboardApplicant[],
  settings: { targetInterviews: number; atRiskBelow: number },
): Dashboard {
  const target = Math.max(1, Math.round(settings.targetInterviews));
  const atRisk = applicants.filter((a) => a.atRisk);
  const tiers = [
    ...TIERS,
    ...(applicants.some((a) => !(TIERS as readonly string[]).includes(a.tier)) ? ['Unknown'] : []),
  ];
  const tables: Record<keyof typeof TABLE_COLUMNS, { title: string; rows: Cell[][] }> = {
    risk: {
      title: `Applicants at risk (${atRisk.length})`,
      rows: [
        ['Applicant', 'Chance of target', 'Expected interviews', 'Why'],
        ...(atRisk.length === 0
          ? [['No applicant is at risk', '', '', '']]
          : atRisk.map((a) => [
              asCellText(a.applicant),
              a.chanceOfTarget === null ? '' : a.chanceOfTarget / 100,
              a.expected ?? '',
              riskReason(a, target, settings.atRiskBelow),
            ])),
      ],
    },
    tiers: {
      title: 'Applicants per tier',
      rows: [
        ['Tier', 'Applicants'],
        ...tiers.map((t) => [
          t,
          applicants.filter((a) => (tiers.includes(a.tier) ? a.tier === t : t === 'Unknown')).length,
        ]),
      ],
    },
    expected: {
      title: 'Expected interviews',
      rows: [
        ['Applicant', 'Expected interviews', `Target (${target})`],
        ...applicants.map((a) => [asCellText(a.applicant), a.expected ?? '', target]),
      ],
    },
    mix: {
      title: 'Programs by category',
      rows: [['Applicant', ...CATEGORIES], ...applicants.map((a) => [asCellText(a.applicant), ...a.counts])],
    },
  };
  const height = Math.max(...Object.values(tables).map((t) => t.rows.length)) + TABLE_ROW - 1;
  const values: Cell[][] = Array.from({ length: height }, () => new Array<Cell>(DASHBOARD_WIDTH).fill(''));
  const backgrounds = values.map((row) => row.map(() => '#ffffff'));
  values[0]![0] = 'Cohort Dashboard';
  values[1]![0] =
    'RadList rewrites columns A–R and its three charts at the end of every cohort run; put your own notes and charts to the right of column R.';
  for (const [key, table] of Object.entries(tables) as [
    keyof typeof TABLE_COLUMNS,
    (typeof tables)['risk'],
  ][]) {
    const column = TABLE_COLUMNS[key] - 1;
    values[TABLE_ROW - 2]![column] = table.title;
    table.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        values[TABLE_ROW - 1 + r]![column + c] = cell;
        if (r === 0) backgrounds[TABLE_ROW - 1]![column + c] = '#efefef';
      });
    });
  }
  for (let c = 0; c < DASHBOARD_WIDTH; c += 1) backgrounds[0]![c] = '#cfe2f3';
  const range = (key: keyof typeof TABLE_COLUMNS) => ({
    row: TABLE_ROW,
    column: TABLE_COLUMNS[key],
    rows: tables[key].rows.length,
    columns: tables[key].rows[0]!.length,
  });
  const charts: DashboardChart[] = [
    {
      table: 'tiers',
      kind: 'column',
      title: 'Applicants per tier',
      xTitle: 'Step 2 CK tier',
      yTitle: 'Applicants',
      range: range('tiers'),
      offsetX: 0,
      width: 420,
      height: 300,
      colors: ['#4285f4'],
    },
    {
      table: 'expected',
      kind: 'combo',
      title: `Expected interviews per applicant (target ${target})`,
      xTitle: 'Applicant',
      yTitle: 'Interviews',
      range: range('expected'),
      offsetX: 440,
      width: 520,
      height: 300,
      colors: ['#0f9d58', '#db4437'],
    },
    {
      table: 'mix',
      kind: 'stackedBar',
      title: 'Programs by category per applicant',
      xTitle: 'Programs',
      yTitle: 'Applicant',
      range: range('mix'),
      offsetX: 980,
      width: 520,
      height: 300,
      colors: ['#f4b400', '#4285f4', '#0f9d58', '#e06666', '#f6b26b'],
    },
  ];
  const widths = new Array<number>(DASHBOARD_WIDTH).fill(100);
  Object.assign(widths, {
    0: 180,
    1: 110,
    2: 120,
    3: 420,
    4: 20,
    5: 130,
    6: 90,
    7: 20,
    8: 180,
    9: 120,
    10: 100,
    11: 20,
    12: 180,
  });
  return {
    output: {
      values,
      backgrounds,
      frozenRows: 0,
      columnWidths: widths,
      columnFormats: { [TABLE_COLUMNS.risk]: '0%' },
    },
    charts,
    atRisk: atRisk.length,
  };
}
