/**
 * Columns a person adds to `Application Plan` ("My notes", "Advisor comment") are kept row by row across
 * regeneration, like user columns in a list. A plan row is known by its label (`Item`): `Tier`, `Dual
 * application`, a checklist item … A label that can repeat — a red flag, an issue row (its label is the sheet
 * it is about) or any label that appears twice — is known by its label and value together, so a note stays
 * beside its own red flag or issue. A row that is gone keeps its notes in the "no longer listed" block.
 */
import { assembleSheet, type CarryLayout, readPrevious } from './carry-over.ts';
import { foldKey } from './normalize.ts';
import { SHEETS } from './sheet-names.ts';
import type { SheetOutput } from './sheet-output.ts';
import { LIST_COLOURS } from './write-list.ts';
import { PLAN_COLUMNS } from './write-plan.ts';

/** Labels that always repeat: red flags, and issue rows (labelled with the sheet they are about). */
const REPEATING = new Set(['Red flag', ...Object.values(SHEETS), 'Outcomes'].map(foldKey));

/** A plan's row labels (column A below the header) as text. */
function labelsOf(values: readonly (readonly unknown[])[]): string[] {
  return values.slice(1).map((row) => foldKey(String(row[0] ?? '').replace(/^'/, '')));
}

/**
 * The plan's carry-over layout for this plan and the previous one: a label alone is the key unless it repeats.
 *
 * @param built - the new plan
 * @param previous - the previous plan's values, or null
 */
function planLayout(built: SheetOutput, previous: unknown[][] | null): CarryLayout {
  const repeated = new Set(REPEATING);
  for (const labels of [labelsOf(built.values), labelsOf(previous ?? [])]) {
    const seen = new Set<string>();
    for (const label of labels) {
      if (seen.has(label)) repeated.add(label);
      seen.add(label);
    }
  }
  return {
    columns: PLAN_COLUMNS,
    ownedColumns: PLAN_COLUMNS,
    identityColumns: ['Item', 'Value'],
    knownHeaders: [PLAN_COLUMNS],
    keyOf: (cell) => {
      const item = cell('Item');
      if (item === null || item === '') return '';
      if (!repeated.has(foldKey(item))) return item;
      const value = cell('Value');
      return value === null ? '' : `${item}\u0001${value}`;
    },
  };
}

/**
 * The plan with the columns a person added to the previous plan carried over, row by row.
 *
 * @param built - the plan as `buildPlanSheet` builds it
 * @param previous - the previous plan as `withFormulas` reads it, or null
 * @returns the plan with the person's columns (and a "no longer listed" block when a row they wrote beside is
 *   gone)
 * @example
 * carryPlanColumns(buildPlanSheet(plan, [], options), previousValues).values[0] // ['Item', 'Value', 'Details', 'My notes']
 */
export function carryPlanColumns(built: SheetOutput, previous: unknown[][] | null): SheetOutput {
  if (!previous || previous.length === 0) return built;
  const layout = planLayout(built, previous);
  const prior = readPrevious(previous, layout);
  const { values, kinds } = assembleSheet(layout, prior, built.values.slice(1));
  const width = values[0]?.length ?? 0;
  let body = 0;
  const backgrounds = kinds.map((kind) => {
    if (kind === 'body') {
      const own = built.backgrounds[++body] ?? [];
      return Array.from({ length: width }, (_, c) => own[c] ?? LIST_COLOURS.plain);
    }
    const colour =
      kind === 'header'
        ? (built.backgrounds[0]?.[0] ?? LIST_COLOURS.header)
        : kind === 'separator'
          ? LIST_COLOURS.separator
          : LIST_COLOURS.plain;
    return new Array<string>(width).fill(colour);
  });
  return {
    ...built,
    values,
    backgrounds,
    columnWidths: built.columnWidths && [...built.columnWidths, ...prior.userColumns.map(() => 140)],
  };
}
