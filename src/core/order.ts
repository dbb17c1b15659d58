/**
 * Sorting by whole-number keys without a comparator: each key and the item's place are packed into one
 * number and the numbers sorted as a Float64Array (native, no call back into script per comparison). The
 * ranking sorts every applicant's programs several times (Apply set, list order), so this is on its hot path.
 * The result is exactly that of a stable sort by the keys; when a key is not a whole number from 0 to
 * `MAX_KEY` the caller gets null and sorts its own way.
 */

/** Keys packed with a place must stay exact: key × count + place below 2^53. */
const SAFE = 2 ** 53;

/**
 * The items ordered by their keys, ascending; equal keys keep the order given (a stable sort).
 *
 * @param items - item numbers (e.g. indexes into a list), in their present order
 * @param keyOf - each item's key (a whole number, 0 or more)
 * @returns the items in order, or null when some key is not a whole number from 0 or the keys are too big
 * @example orderByKey([0, 1, 2], (i) => [5, 1, 5][i]!) // [1, 0, 2]
 */
export function orderByKey(items: readonly number[], keyOf: (item: number) => number): number[] | null {
  const count = items.length;
  const packed = new Float64Array(count);
  const limit = SAFE / Math.max(1, count) - 1;
  for (let place = 0; place < count; place++) {
    const key = keyOf(items[place]!);
    if (!(key >= 0 && key < limit && Number.isInteger(key))) return null;
    packed[place] = key * count + place;
  }
  packed.sort();
  const ordered = new Array<number>(count);
  for (let i = 0; i < count; i++) ordered[i] = items[packed[i]! % count]!;
  return ordered;
}

/**
 * A whole percent or score from 0 to 100 as a descending key part (100 → 0, 0 → 100), or NaN when it is not
 * one (a key with a NaN part is refused by `orderByKey`, so the caller sorts its own way).
 *
 * @example descending(70) // 30
 */
export function descending(value: number): number {
  return Number.isInteger(value) && value >= 0 && value <= 100 ? 100 - value : Number.NaN;
}
