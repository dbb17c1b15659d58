/**
 * The shape every output builder returns: a finished sheet as 2-D arrays, written by the add-on in a few
 * batched calls. Everything but `values` and `backgrounds` is the sheet's layout (src/sheets/sheet-layout.ts):
 * set on a sheet RadList makes, set again only when the layout changes (widths: only on a new sheet), and
 * otherwise left as people left it — so it costs nothing on a regeneration. Column indexes are 0-based
 * (0 = column A); "below the header" means from row 2 down to the last row written. Each property is set
 * with one call over the columns it names (builders keep those columns side by side), which is what makes a
 * sheet read without help: numbers as Sheets shows them (`21%`, `+5`, `$1,230`), long text wrapped, every
 * cell at the top of its row, and a note on each header (docs/outputs.md, "How the sheets read").
 */

/** The number format Sheets reports for a cell nobody formatted ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

/**
 * The width Sheets gives each column of a new sheet, in pixels: a column of a new output meant to be this
 * wide costs no width call (src/addon/layout.ts).
 */
export const NEW_COLUMN_WIDTH = 100;

/** A rectangle of per-cell formats: its top-left cell (1-based) and one entry per cell, row by row. */
export interface FormatBlock<T> {
  row: number;
  column: number;
  cells: T[][];
}
export interface SheetOutput {
  values: (string | number | boolean)[][];
  /** Same shape as `values`; `#ffffff` for no colour. */
  backgrounds: string[][];
  frozenRows: number;
  /** Columns frozen from A (0 or missing: none). */
  frozenColumns?: number;
  /** Pixel widths by column (index 0 = column A); 0 or missing leaves a column as it is. */
  columnWidths?: number[];
  /**
   * Columns sized to their contents on a new sheet (one `autoResizeColumns` over them all, then the widths
   * of `columnWidths` for the others): a cheaper way to size many short columns than a width each.
   */
  fitColumns?: readonly number[];
  /** Number formats of whole columns below the header, e.g. `{ 8: '0%' }` (index 0 = column A). */
  columnFormats?: Record<number, string>;
  /**
   * Dropdowns (list data validation) of whole columns below the header, by column index: the values offered.
   * Other values stay allowed with a warning, so nothing a person wrote is ever refused or lost.
   */
  columnDropdowns?: Record<number, readonly string[]>;
  /** Horizontal alignment of whole columns below the header, e.g. `{ 0: 'right' }`. */
  columnAlignments?: Record<number, 'left' | 'center' | 'right'>;
  /**
   * The header row wraps on a new sheet (set with the widths): a header longer than its column takes two
   * lines, so short columns can keep Sheets' width for a new column and cost no width call.
   */
  headerWrap?: boolean;
  /** Columns whose cells below the header wrap (`true`) or overflow (`false`). */
  columnWraps?: Record<number, boolean>;
  /** Vertical alignment of whole columns below the header: `top` keeps short cells beside wrapped text. */
  columnVerticalAlignments?: Record<number, 'top' | 'middle' | 'bottom'>;
  /**
   * Number formats cell by cell, for a column whose rows hold different things (the plan's Value column:
   * dollars, counts, one decimal, text): one `setNumberFormats` over the block, set with the layout.
   */
  cellNumberFormats?: FormatBlock<string>;
  /**
   * Notes on header cells (row 1) saying in plain words what a column means (src/sheets/column-help.ts).
   * Column A's note is the sheet's mark.
   */
  headerNotes?: Record<number, string>;
}
