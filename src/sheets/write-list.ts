/**
 * The list sheet (`Application List`, `List – NAME`, and the list in a shared copy): one ranked program a
 * row under a frozen header, Below minimum rows in red and Not eligible rows in orange, people's notes and
 * added columns carried over by program key. A list shared without scores leaves out every column from
 * which the applicant's Step 2 CK could be worked out, leaves the score terms out of `Why` (saying so once)
 * and takes score numbers out of `Issues` (see docs/outputs.md).
 */
import { formatPoints } from '../core/fit.ts';
import type { Category, RankedProgram } from '../core/types.ts';
import { assembleSheet, type CarryLayout, type Cell, type RowKind, readPrevious } from './carry-over.ts';
import { programKey } from './read-programs.ts';
import type { SheetOutput } from './sheet-output.ts';
import { asCellText } from './text-safety.ts';

/** Every column a list sheet can have, in order. */
export const LIST_COLUMNS = [
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
 * Columns left out of a list shared without scores: the program's score figures and margin, and `Fit`, from
 * which (with the published weights and a program's typical score) the score could be worked out.
 */
export const SCORE_COLUMNS: readonly string[] = ['Fit', 'Min Step 2 CK', 'Typical Step 2 CK', 'Margin'];

/** Backgrounds of list rows. */
export const LIST_COLOURS = {
  header: '#efefef',
  separator: '#f3f3f3',
  plain: '#ffffff',
  'Below minimum': '#f4cccc',
  'Not eligible': '#fce5cd',
} as const;

/** Pixel widths by column name; user columns get 140. */
const WIDTHS: Record<string, number> = {
  Rank: 50,
  Program: 260,
  ID: 110,
  City: 120,
  State: 55,
  Type: 95,
  Category: 110,
  Fit: 45,
  'Min Step 2 CK': 95,
  'Typical Step 2 CK': 110,
  Margin: 60,
  'IMG %': 55,
  Signal: 60,
  Apply: 55,
  Why: 420,
  Issues: 320,
  Notes: 260,
};

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
    columns: LIST_COLUMNS.filter((c) => includeScores || !SCORE_COLUMNS.includes(c)),
    ownedColumns: LIST_COLUMNS,
    notesColumn: 'Notes',
    identityColumns: ['Program', 'ID', 'State'],
    keyOf: (cell) =>
      cell('Program') === '' && cell('ID') === ''
        ? ''
        : programKey(cell('ID'), cell('Program'), cell('State')),
  };
}

/** Score wording a shared copy must not keep, and what replaces it (see `withoutScoreNumbers`). */
const SCORE_WORDING: readonly [RegExp, string][] = [
  [/\bthe (hard|preferred) minimum Step 2 CK \d{3}\b/gi, "this program's $1 minimum Step 2 CK"],
  [/\b(Step (?:1|2 ?CK|2|3)(?: score)?)(?: of| was| is|:)? \d{3}\b/gi, '$1'],
  [/\(\d{3}, /g, '('],
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

/** Terms that only bring the total back into 0–100; they would tell the hidden score terms' sum. */
const CLAMP_TERM = /^(capped at|raised to) /;

/**
 * The `Why` text of a list shared without scores: the score terms (and a cap, which would give away their
 * sum) are left out and the text says so once; every other term is shown as usual.
 *
 * @param ranked - one ranked program
 * @returns e.g. `Fit 56 (includes how your Step 2 CK compares, not shown): base 50; Rotated here +15`
 * @example
 * whyWithoutScores(row) // 'Fit 56 (includes how your Step 2 CK compares, not shown): base 50; Rotated here +15'
 */
export function whyWithoutScores(ranked: RankedProgram): string {
  const hidden = ranked.factors.some((factor) => factor.scoreBased);
  const terms = ranked.factors
    .filter((factor) => !factor.scoreBased && !(hidden && CLAMP_TERM.test(factor.label)))
    .map((factor, i) =>
      i === 0 && factor.label === 'base'
        ? `base ${factor.points}`
        : `${factor.label} ${formatPoints(factor.points)}`,
    );
  const lead = hidden
    ? 'Fit not shown (it includes how your Step 2 CK compares); its other parts:'
    : `Fit ${ranked.fit} =`;
  return `${lead} ${terms.join('; ')}`;
}

function blankIfNull(value: number | null): Cell {
  return value === null ? '' : value;
}

function rowCells(ranked: RankedProgram, includeScores: boolean): Record<string, Cell> {
  const p = ranked.program;
  return {
    Rank: ranked.rank,
    Program: asCellText(p.name),
    ID: asCellText(p.id),
    City: asCellText(p.city),
    State: asCellText(p.state),
    Type: p.type ?? '',
    Category: ranked.category,
    Fit: ranked.fit,
    'Min Step 2 CK': blankIfNull(p.minStepTwo),
    'Typical Step 2 CK': blankIfNull(p.typicalStepTwo),
    Margin: blankIfNull(ranked.margin),
    'IMG %': p.imgShare === null ? '' : Math.round(p.imgShare * 100),
    Signal: ranked.signal,
    Apply: ranked.apply ? 'Yes' : '',
    Why: asCellText(includeScores ? ranked.why : whyWithoutScores(ranked)),
    Issues: asCellText(includeScores ? ranked.issues : withoutScoreNumbers(ranked.issues)),
    Notes: '',
  };
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
 * @param options - `includeScores: false` for a list shared with a mentor
 * @returns the values, backgrounds, frozen header and column widths
 * @example
 * buildListSheet(ranked, null, { includeScores: true }).values[0][0] // 'Rank'
 */
export function buildListSheet(
  ranked: RankedProgram[],
  previous: unknown[][] | null,
  options: { includeScores: boolean },
): SheetOutput {
  const layout = listLayout(options.includeScores);
  const prior = readPrevious(previous, layout);
  const body = ranked.map((r) => {
    const cells = rowCells(r, options.includeScores);
    return layout.columns.map((column) => cells[column] ?? '');
  });
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
    columnWidths: [...layout.columns.map((c) => WIDTHS[c] ?? 140), ...prior.userColumns.map(() => 140)],
  };
}
