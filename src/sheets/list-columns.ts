/**
 * The columns of a list sheet (`Application List`, `List – NAME`, the List of a shared file), on their own so
 * the sidebar's share preview can name them without the list builder: every column in order, the header
 * row of the previous version (for adoption), and the score columns a list shared without scores leaves out.
 */

/** Every column a list sheet can have, in order (SPEC section 3.5). */
export const LIST_COLUMNS = [
  'Rank',
  'Program',
  'ID',
  'City',
  'State',
  'Type',
  'Track',
  'Category',
  'Chance',
  'Fit',
  'Min Step 2 CK',
  'Typical Step 2 CK',
  'Margin',
  'IMG %',
  'Signal',
  'Signal sent',
  'Apply',
  'Status',
  'Why',
  'Issues',
  'Notes',
] as const;

/**
 * The header row of a list written by the previous version (before Chance, Signal sent and Status), so an
 * adoption rule can recognise an old list sheet; its Notes and user columns carry over into the new columns'
 * layout on the next regeneration. Written out in full rather than built from `LIST_COLUMNS`: it records what
 * that version wrote, and must not change when the list's columns do.
 */
export const PREVIOUS_LIST_COLUMNS = [
  'Rank',
  'Program',
  'ID',
  'City',
  'State',
  'Type',
  'Category',
  'Fit',
  'Min Step 2 CK',
  'Typical Step 2 CK',
  'Margin',
  'IMG %',
  'Signal',
  'Apply',
  'Why',
  'Issues',
  'Notes',
] as const;

/**
 * Columns left out of a list shared without scores: the program's score figures and margin, and `Chance`
 * and `Fit`, from which (with the published model and a program's typical score) the score could be worked
 * out.
 */
export const SCORE_COLUMNS: readonly string[] = [
  'Chance',
  'Fit',
  'Min Step 2 CK',
  'Typical Step 2 CK',
  'Margin',
];

/**
 * The columns a list has: all of them, or without the score columns for a list shared without scores.
 *
 * @param includeScores - whether the score columns are written
 * @returns the columns, in order
 * @example
 * listColumns(false).includes('Chance') // false
 */
export function listColumns(includeScores: boolean): string[] {
  return LIST_COLUMNS.filter((c) => includeScores || !SCORE_COLUMNS.includes(c));
}
