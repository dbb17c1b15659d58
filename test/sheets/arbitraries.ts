/**
 * fast-check generators of sheet values as `getValues()` hands them over: text (typed-looking and random),
 * numbers (including NaN, infinities and serial dates), Dates (valid and invalid), booleans and blanks, and
 * whole sheets whose row 1 is a shuffled subset of a reader's known headers plus an unknown one.
 */
import fc from 'fast-check';

/** Text a person might type into a field: near-valid values, markers and junk. */
const typedText = fc.constantFrom(
  '≥ 225',
  '225+',
  '230 (2nd attempt)',
  'N/A',
  'n/a',
  '35%',
  '0.35',
  'Yes',
  'no',
  '✓',
  '2024-03',
  '2024-13-45',
  'New York',
  'DC',
  'Community-based university',
  'Pass',
  'Fail',
  ' ',
  '=1+1',
  '-',
  '1e400',
  'a'.repeat(300),
);

/** Any single cell value Sheets can hand a script (and a few it cannot, to be safe). */
export const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: typedText, weight: 3 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: fc.integer({ min: -5, max: 400 }), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom('', null, undefined), weight: 2 },
);

/**
 * A header-row sheet: row 1 a shuffled subset of `headers` (plus sometimes an unknown column), then rows
 * of arbitrary cells, some of them short or blank.
 *
 * @param headers - the reader's known headers
 * @param maxRows - most data rows
 * @returns sheets as unknown[][]
 */
export function headerSheetArb(headers: readonly string[], maxRows = 6): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(
      fc.shuffledSubarray([...headers], { minLength: 1 }),
      fc.boolean(),
      fc.integer({ min: 0, max: maxRows }),
    )
    .chain(([chosen, extra, rowCount]) => {
      const header = extra ? [...chosen, 'My own column'] : chosen;
      const row = fc.array(cellArb, { minLength: 0, maxLength: header.length });
      return fc.array(row, { minLength: rowCount, maxLength: rowCount }).map((rows) => [header, ...rows]);
    });
}

/**
 * A label/value sheet (Profile, Settings): each row a known label (or junk) and an arbitrary value.
 *
 * @param labels - the reader's known labels
 * @returns sheets as unknown[][]
 */
export function labelSheetArb(labels: readonly string[]): fc.Arbitrary<unknown[][]> {
  const label = fc.oneof(
    { arbitrary: fc.constantFrom(...labels), weight: 4 },
    { arbitrary: cellArb, weight: 1 },
  );
  return fc.array(
    fc.tuple(label, cellArb).map(([l, v]) => [l, v]),
    { maxLength: labels.length + 3 },
  );
}
