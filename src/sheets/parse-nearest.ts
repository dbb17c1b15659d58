/**
 * Reading a choice that is misspelt by a letter or two (`Univeristy`, `Pensylvania`, `No sponsorhip`) as the
 * closest accepted spelling. The distance counts one insertion, deletion, substitution or swap of two
 * neighbouring letters as one edit (optimal string alignment). A guard keeps short and ambiguous words as
 * they are: a word of fewer than 5 letters is never corrected (`Sout` could be many things), 5 to 7 letters
 * allow one edit, 8 or more allow two, and a word as close to two different values is not corrected.
 */

/** Fewest letters a folded word needs before it may be corrected. */
export const NEAREST_MIN_LENGTH = 5;

/**
 * Edits between two strings (insert, delete, substitute, or swap two neighbours), or `limit + 1` as soon as
 * it is certain to be more than `limit`.
 *
 * @param a - one string
 * @param b - the other
 * @param limit - the largest distance of interest
 * @returns the distance, capped at `limit + 1`
 * @example
 * editDistance('univeristy', 'university', 2) // 1
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many edits a folded word of this length may be away from an accepted spelling. */
export function allowedEdits(length: number): number {
  if (length < NEAREST_MIN_LENGTH) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * The value whose spelling is closest to `folded`, when the guard allows it: one clear winner within the
 * allowed edits. An exact match is not this function's business (callers look that up first).
 *
 * @param folded - the cell's text, folded like the table's keys
 * @param table - accepted spellings (folded) and the values they mean
 * @returns the value and the spelling it matched, or null
 * @example
 * nearestChoice('univeristy', { university: 'University', community: 'Community' })
 * // { value: 'University', spelling: 'university' }
 */
export function nearestChoice<T>(
  folded: string,
  table: Readonly<Record<string, T>>,
): { value: T; spelling: string } | null {
  const limit = allowedEdits(folded.length);
  if (limit === 0) return null;
  let best: { value: T; spelling: string; distance: number } | null = null;
  let tied = false;
  for (const spelling of Object.keys(table)) {
    if (spelling.length < NEAREST_MIN_LENGTH) continue;
    const distance = editDistance(folded, spelling, limit);
    if (distance > limit) continue;
    const value = table[spelling] as T;
    if (!best || distance < best.distance) {
      best = { value, spelling, distance };
      tied = false;
    } else if (distance === best.distance && value !== best.value) {
      tied = true;
    }
  }
  return best && !tied ? { value: best.value, spelling: best.spelling } : null;
}
