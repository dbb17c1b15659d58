/**
 * Synthetic workbooks of any size for the benchmarks, grown from the fictional sample workbook: the sample
 * programs (and cohort applicants) repeated, each copy given its own name and ID, so the data keeps the
 * sample's mix of typed values (`≥ 225`, `35%`, `N/A`, blanks) at 50, 300 or 1,000 rows.
 */
import { createEmulator, type Emulator } from '../../emulator/index.ts';
import { type Bundle, loadBundle } from '../../emulator/loader.ts';
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

/**
 * A bench workbook in a fresh emulator on the BUILT add-on: `Profile`, `Programs` of `programs` rows and a
 * `Cohort` of `applicants` rows seeded as a person would have typed them, then `setupSheets` run through
 * the bundle so the `Settings` sheet is exactly the one the add-on makes (every issue-15 figure is taken
 * with Settings present). Counts are reset afterwards.
 *
 * @param programs - rows of Programs
 * @param applicants - rows of Cohort
 * @param options - per-call emulated cost (for runs whose time budget reads the clock)
 * @returns the emulator and the loaded bundle
 * @example benchWorkbook(200, 8).bundle.callServer('generateList', {})
 */
export function benchWorkbook(
  programs: number,
  applicants: number,
  options: { compileEachExecution?: boolean; msPerCall?: number } = {},
): { emulator: Emulator; bundle: Bundle } {
  const emulator = createEmulator({
    distDir: 'dist',
    costMs: options.msPerCall === undefined ? {} : { Spreadsheet: options.msPerCall },
  });
  emulator.spreadsheet.seedSheet('Profile', BENCH_PROFILE);
  emulator.spreadsheet.seedSheet('Programs', syntheticPrograms(programs));
  emulator.spreadsheet.seedSheet('Cohort', syntheticCohort(applicants));
  const bundle = loadBundle(emulator, { compileEachExecution: options.compileEachExecution });
  const setup = bundle.callServer('setupSheets', {});
  if (!setup.ok) throw new Error(`setupSheets failed: ${setup.error.message}`);
  if (emulator.spreadsheet.inspect('Settings') === null)
    throw new Error('setupSheets made no Settings sheet');
  emulator.counter.reset();
  return { emulator, bundle };
}

/**
 * The name of the `index`th applicant of `syntheticCohort` (0-based).
 *
 * @example cohortName(0) // 'Avery Chen (sample) 1'
 */
export function cohortName(index: number): string {
  const cohort = syntheticCohort(index + 1);
  const nameCol = cohort[0]!.indexOf('Name');
  return String(cohort[index + 1]![nameCol]);
}
