/**
 * The shape every output builder returns: a finished sheet as 2-D arrays, written by the add-on in a few
 * batched calls.
 */
export interface SheetOutput {
  values: (string | number | boolean)[][];
  /** Same shape as `values`; `#ffffff` for no colour. */
  backgrounds: string[][];
  frozenRows: number;
  /** Pixel widths by column (index 0 = column A); 0 or missing leaves a column as it is. */
  columnWidths?: number[];
  /** Number formats of whole columns below the header, e.g. `{ 8: '0%' }` (index 0 = column A). */
  columnFormats?: Record<number, string>;
  /**
   * Dropdowns (list data validation) of whole columns below the header, by column index: the values offered.
   * Other values stay allowed with a warning, so nothing a person wrote is ever refused or lost.
   */
  columnDropdowns?: Record<number, readonly string[]>;
}
