/**
 * Synthetic workbooks of any size for the benchmarks, grown from the fictional sample workbook: the sample
 * programs (and cohort applicants) repeated, each copy given its own name and ID, so the data keeps the
 * sample's mix of typed values (`≥ 225`, `35%`, `N/A`, blanks) at 50, 300 or 1,000 rows.
 */
import { SAMPLE_COHORT } from '../../src/samples/sample-cohort.ts';
import { SAMPLE_PROFILE } from '../../src/samples/sample-profile.ts';
import { SAMPLE_PROGRAMS } from '../../src/samples/sample-programs.ts';

/** The sample Profile sheet (label/value rows). */
export const BENCH_PROFILE: unknown[][] = SAMPLE_PROFILE;

/** Repeats `rows` to `count` rows, renaming each copy through `rename(row, index)`. */
function grow(rows: readonly unknown[][], count: number, rename: (row: unknown[], i: number) => void) {
  return Array.from({ length: count }, (_, i) => {
    const row = [...rows[i % rows.length]!];
    rename(row, i);
    return row;
  });
}

/**
 * A `Programs` sheet of `count` programs: the sample programs repeated, each with a unique name and ID.
 *
 * @param count - number of program rows (header not counted)
 * @returns header row plus `count` rows
 * @example syntheticPrograms(300).length // 301
 */
export function syntheticPrograms(count: number): unknown[][] {
  const [header = [], ...rows] = SAMPLE_PROGRAMS;
  const nameCol = header.indexOf('Program');
  const idCol = header.indexOf('ID');
  return [
    header,
    ...grow(rows, count, (row, i) => {
      row[nameCol] = `${String(row[nameCol])} ${i + 1}`;
      row[idCol] = `FX-B${i + 1}`;
    }),
  ];
}

/**
 * A `Cohort` sheet of `count` applicants: the sample cohort repeated, each with a unique name, and without
 * the sample's formula column (a benchmark of the list, not of formulas).
 *
 * @param count - number of applicant rows (header not counted)
 * @returns header row plus `count` rows
 * @example syntheticCohort(1000)[1]![0] // 'Avery Chen (sample) 1'
 */
export function syntheticCohort(count: number): unknown[][] {
  const [header = [], ...rows] = SAMPLE_COHORT;
  const keep = header.map((h, i) => (h === 'Tier by score alone (formula)' ? -1 : i)).filter((i) => i >= 0);
  const pick = (row: readonly unknown[]) => keep.map((i) => row[i] ?? '');
  const nameCol = header.indexOf('Name');
  return [
    pick(header),
    ...grow(rows, count, (row, i) => {
      row[nameCol] = `${String(row[nameCol])} ${i + 1}`;
    }).map(pick),
  ];
}

/**
 * How many cells a sheet's values hold (rows × the widest row).
 *
 * @param values - a 2-D array of sheet values
 * @returns the cell count
 * @example cellCount([['a', 'b'], ['c']]) // 4
 */
export function cellCount(values: readonly (readonly unknown[])[]): number {
  return values.length * Math.max(0, ...values.map((row) => row.length));
}
