/**
 * The list sheet (`Application List`, `List – NAME`, and the list in a shared copy): one ranked program a
 * row under a frozen header, Below minimum rows in red and Not eligible rows in orange, people's notes and
 * added columns carried over by program key. A list shared without scores leaves out every column from
 * which the applicant's Step 2 CK could be worked out, leaves the score terms out of `Why` (saying so once)
 * and takes score numbers out of `Issues` (see docs/outputs.md).
 */
import { type Category, type RankedProgram, STATUSES, type Status } from '../core/types.ts';
import { assembleSheet, type CarryLayout, type Cell, type RowKind, readPrevious } from './carry-over.ts';
import { columnNotes, type HelpSettings } from './column-help.ts';
import { LIST_COLUMNS, listColumns, PREVIOUS_LIST_COLUMNS } from './list-columns.ts';
import { listColumnAliases, programFallbackKey, programRowKey } from './row-keys.ts';
import { AUTOMATIC_FORMAT, NEW_COLUMN_WIDTH, type SheetOutput } from './sheet-output.ts';
import { asCellText } from './text-safety.ts';

export { LIST_COLUMNS, listColumns, PREVIOUS_LIST_COLUMNS, SCORE_COLUMNS } from './list-columns.ts';

/** The columns people fill in a list: carried over by program key like Notes. */
export const LIST_PERSON_COLUMNS = ['Signal sent', 'Status'] as const;

/** What `Status` may hold (a dropdown): every status `readStatus` counts, in order. */
export const STATUS_VALUES: readonly Status[] = STATUSES;

/** What `Signal sent` may hold (a dropdown). */
export const SIGNAL_SENT_VALUES = ['Gold', 'Silver'] as const;

/** The number format of the `Chance` column: a fraction shown as a whole percent. */
export const CHANCE_FORMAT = '0%';

/** Backgrounds of list rows. */
export const LIST_COLOURS = {
  header: '#efefef',
  separator: '#f3f3f3',
  plain: '#ffffff',
  'Below minimum': '#f4cccc',
  'Not eligible': '#fce5cd',
} as const;

/**
 * Pixel widths by column name; every other column keeps Sheets' width for a new column (100 px, no call) —
 * enough for the short values of Rank, ID, City, Type, Category, the numbers and the dropdowns, with a header
 * longer than that on two lines (`headerWrap`). `Why`, `Issues` and `Notes` wrap within one shared width: with
 * `Program`, two width calls for the whole list. User columns get 140.
 */
const WIDTHS: Record<string, number> = {
  Program: 240,
  Why: 360,
  Issues: 360,
  Notes: 360,
};

/**
 * How the number columns of a list are shown: Chance as a whole percent, Margin signed (+5, −3), IMG % with
 * its sign. Fit and the scores are whole numbers, shown as they are; they sit between the formatted columns, so
 * the formats make one run (one call).
 */
export const LIST_NUMBER_FORMATS: Record<string, string> = {
  Chance: CHANCE_FORMAT,
  Margin: '+0;"−"0;0',
  'IMG %': '0"%"',
};

/** Columns whose long text wraps. */
const WRAPPED: readonly string[] = ['Why', 'Issues', 'Notes'];

/** How many columns a list freezes at the left: `Rank` and `Program`. */
export const LIST_FROZEN_COLUMNS = 2;

/**
 * The formats of a table's own columns (a list, `Cohort Lists`, `Cohort Summary`), below the header: number
 * formats over one run of neighbouring columns (a column between two formatted ones gets Automatic, so the run
 * is one call), long text wrapped, every cell at the top of its row, and a plain-words note on each header but
 * A1 (the sheet's mark). Numbers need no alignment of their own: Sheets right-aligns them (and text left).
 *
 * @param columns - the columns RadList writes, from column A (person columns such as Notes are never given a
 *   number format, so a date typed there stays a date)
 * @param numberFormats - format by column name
 * @param settings - the settings the header notes quote (default: the documented defaults)
 * @returns the format parts of a `SheetOutput`
 * @example
 * tableFormats(['Rank', 'Chance'], LIST_NUMBER_FORMATS).columnFormats // { 1: '0%' }
 */
export function tableFormats(
  columns: readonly string[],
  numberFormats: Record<string, string>,
  settings?: HelpSettings,
): Pick<SheetOutput, 'columnFormats' | 'columnWraps' | 'columnVerticalAlignments' | 'headerNotes'> {
  const formatted = columns.flatMap((column, i) => (numberFormats[column] === undefined ? [] : [i]));
  const columnFormats: Record<number, string> = {};
  if (formatted.length > 0) {
    for (let i = Math.min(...formatted); i <= Math.max(...formatted); i += 1) {
      columnFormats[i] = numberFormats[columns[i]!] ?? AUTOMATIC_FORMAT;
    }
  }
  const columnWraps: Record<number, boolean> = {};
  const columnVerticalAlignments: Record<number, 'top'> = {};
  const headerNotes: Record<number, string> = {};
  const notes = columnNotes(columns, settings);
  columns.forEach((column, i) => {
    if (WRAPPED.includes(column)) columnWraps[i] = true;
    columnVerticalAlignments[i] = 'top';
    if (notes[i]) headerNotes[i] = notes[i]!;
  });
  return { columnFormats, columnWraps, columnVerticalAlignments, headerNotes };
}

/**
 * Columns whose width `Cohort Lists` takes from the text they hold (one `autoResizeColumns` for them all when
 * the sheet is made): every column but the long-text ones and `Status`, whose dropdown values are wider than
 * its header. (A list keeps Sheets' width for these instead: `WIDTHS`.)
 */
const SET_WIDTHS: ReadonlySet<string> = new Set(['Program', 'Status', 'Why', 'Issues', 'Notes']);

/** The 0-based indexes of a list's columns that fit their contents (`Cohort Lists` too). */
export function fittedColumns(columns: readonly string[]): number[] {
  return columns.flatMap((column, i) => (SET_WIDTHS.has(column) ? [] : [i]));
}

/**
 * The carry-over layout of a list: notes and user columns matched by program key (ID, or name + state).
 *
 * @param includeScores - whether the score columns are written
 * @returns the layout
 * @example
 * listLayout(false).columns.includes('Margin') // false
 */
export function listLayout(includeScores: boolean): CarryLayout {
  return {
    columns: listColumns(includeScores),
    ownedColumns: LIST_COLUMNS,
    notesColumn: 'Notes',
    personColumns: LIST_PERSON_COLUMNS,
    identityColumns: ['Program', 'ID', 'State'],
    knownHeaders: [LIST_COLUMNS, PREVIOUS_LIST_COLUMNS],
    aliasesOf: listColumnAliases,
    keyOf: programRowKey,
    fallbackKeyOf: programFallbackKey,
  };
}

/** Score wording a shared copy must not keep, and what replaces it (see `withoutScoreNumbers`). */
const SCORE_WORDING: readonly [RegExp, string][] = [
  [/\bthe (hard|preferred) minimum Step 2 CK \d{1,3}\b/gi, "this program's $1 minimum Step 2 CK"],
  [/\b(Step (?:1|2 ?CK|2|3)(?: score)?)(?: of| was| is|:)? \d{1,3}\b/gi, '$1'],
  [/\(\d{1,3}, (?=below\b)/g, '('],
  [/ ?\(\d{3}\)/g, ''],
];

/**
 * Takes score numbers out of text for a copy shared without scores: a program's minimum named with its
 * score (`below the hard minimum Step 2 CK 215`) loses the number, and so does a Step score quoted in advice
 * (`Your Step 3 score of 231`, `already taken (231, below 220)`). Thresholds said in words (`below 220`) stay.
 *
 * @param text - issue or advice text
 * @returns the text with no Step score number in it
 * @example
 * withoutScoreNumbers('below the hard minimum Step 2 CK 215') // "below this program's hard minimum Step 2 CK"
 */
export function withoutScoreNumbers(text: string): string {
  return SCORE_WORDING.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/**
 * The `Why` text of a list shared without scores: no Chance or Fit figure (they would give the score away),
 * only the things that raise or lower the chance that do not depend on the score, and the preferences met.
 *
 * @param ranked - one ranked program
 * @returns e.g. `Chance not shown (it depends on your Step 2 CK). Also counted: community program; rotated here. Your preferences met: preferred region (South).`
 * @example
 * whyWithoutScores(row) // 'Chance not shown (it depends on your Step 2 CK). Also counted: rotated here. …'
 */
export function whyWithoutScores(ranked: RankedProgram): string {
  if (ranked.chance === null) return ranked.why;
  const counted = ranked.chanceSteps.slice(1).filter((step) => !step.scoreBased);
  const also = counted.length > 0 ? ` Also counted: ${counted.map((step) => step.label).join('; ')}.` : '';
  const signal = ranked.signalSent !== '' || ranked.signal !== '' ? ' A signal here raises it.' : '';
  const prefs =
    ranked.fitFactors.length > 0
      ? ` Your preferences met: ${ranked.fitFactors.map((f) => f.label).join('; ')}.`
      : '';
  return `Chance not shown (it depends on your Step 2 CK).${also}${signal}${prefs}`;
}

function blankIfNull(value: number | null): Cell {
  return value === null ? '' : value;
}

/** How each list column's cell is made from a ranked program (the person columns start blank). */
const LIST_CELLS: Record<string, (ranked: RankedProgram, includeScores: boolean) => Cell> = {
  Rank: (r) => r.rank,
  Program: (r) => asCellText(r.program.name),
  ID: (r) => asCellText(r.program.id),
  City: (r) => asCellText(r.program.city),
  State: (r) => asCellText(r.program.state),
  Type: (r) => r.program.type ?? '',
  Track: (r) => r.program.track ?? '',
  Category: (r) => r.category,
  Chance: (r) => (r.chance === null ? '' : r.chance / 100),
  Fit: (r) => blankIfNull(r.fit),
  'Min Step 2 CK': (r) => blankIfNull(r.program.minStepTwo),
  'Typical Step 2 CK': (r) => blankIfNull(r.program.typicalStepTwo),
  Margin: (r) => blankIfNull(r.margin),
  'IMG %': (r) => (r.program.imgShare === null ? '' : Math.round(r.program.imgShare * 100)),
  Signal: (r) => r.signal,
  'Signal sent': () => '',
  Apply: (r) => (r.apply ? 'Yes' : ''),
  Status: () => '',
  Why: (r, includeScores) => asCellText(includeScores ? r.why : whyWithoutScores(r)),
  Issues: (r, includeScores) => asCellText(includeScores ? r.issues : withoutScoreNumbers(r.issues)),
  Notes: () => '',
};

/**
 * How a ranked program becomes a row of these list columns, as `Application List`, `List – NAME` and
 * `Cohort Lists` write it; a column that is not a list column is left blank.
 *
 * @param columns - the columns of the row, in order
 * @param includeScores - false for a list shared without scores (`Why` and `Issues` without score figures)
 * @returns a function from a ranked program to its cells
 * @example
 * listRowCells(['Rank', 'Chance'], true)(ranked) // [1, 0.18] for the top program at 18%
 */
export function listRowCells(
  columns: readonly string[],
  includeScores: boolean,
): (ranked: RankedProgram) => Cell[] {
  const makers = columns.map((column) => LIST_CELLS[column]);
  return (ranked) => makers.map((make) => (make ? make(ranked, includeScores) : ''));
}

/**
 * Backgrounds for assembled rows: the header grey, highlighted categories across the row.
 *
 * @param kinds - each row's kind
 * @param categories - the category of each body row, in order
 * @param width - columns per row
 * @returns backgrounds the shape of the values
 */
export function rowBackgrounds(kinds: RowKind[], categories: Category[], width: number): string[][] {
  let body = 0;
  return kinds.map((kind) => {
    let colour: string = LIST_COLOURS.plain;
    if (kind === 'header') colour = LIST_COLOURS.header;
    else if (kind === 'separator') colour = LIST_COLOURS.separator;
    else if (kind === 'body') {
      const category = categories[body++];
      if (category === 'Below minimum' || category === 'Not eligible') colour = LIST_COLOURS[category];
    }
    return new Array<string>(width).fill(colour);
  });
}

/**
 * Builds a list sheet from a ranked list, carrying notes and user columns over from the previous sheet.
 *
 * @param ranked - every program, in rank order (from `rankPrograms`)
 * @param previous - `getValues()` of the sheet being replaced, or null
 * @param options - `includeScores: false` for a list shared with a mentor; `settings` the header notes quote
 *   (the Reach/Target/Safety bands, signal counts; default: the documented defaults)
 * @returns the values, backgrounds, frozen header, `Rank` and `Program`, widths, formats and header notes
 * @example
 * buildListSheet(ranked, null, { includeScores: true }).values[0][0] // 'Rank'
 */
export function buildListSheet(
  ranked: RankedProgram[],
  previous: unknown[][] | null,
  options: { includeScores: boolean; settings?: HelpSettings },
): SheetOutput {
  const layout = listLayout(options.includeScores);
  const prior = readPrevious(previous, layout);
  const body = ranked.map(listRowCells(layout.columns, options.includeScores));
  const { values, kinds } = assembleSheet(layout, prior, body);
  const width = values[0]?.length ?? 0;
  return {
    values,
    backgrounds: rowBackgrounds(
      kinds,
      ranked.map((r) => r.category),
      width,
    ),
    frozenRows: 1,
    frozenColumns: LIST_FROZEN_COLUMNS,
    columnWidths: [
      ...layout.columns.map((c) => WIDTHS[c] ?? NEW_COLUMN_WIDTH),
      ...prior.userColumns.map(() => 140),
    ],
    headerWrap: true,
    ...tableFormats(layout.columns, LIST_NUMBER_FORMATS, options.settings),
    columnDropdowns: personDropdowns(layout.columns),
  };
}

/**
 * The dropdowns of the columns people fill: `Signal sent` (Gold, Silver) and `Status`.
 *
 * @param columns - the sheet's columns, in order
 * @returns values offered by column index
 * @example
 * personDropdowns(['Signal sent'])[0] // ['Gold', 'Silver']
 */
export function personDropdowns(columns: readonly string[]): Record<number, readonly string[]> {
  const dropdowns: Record<number, readonly string[]> = {};
  const signal = columns.indexOf('Signal sent');
  const status = columns.indexOf('Status');
  if (signal >= 0) dropdowns[signal] = SIGNAL_SENT_VALUES;
  if (status >= 0) dropdowns[status] = STATUS_VALUES;
  return dropdowns;
}
