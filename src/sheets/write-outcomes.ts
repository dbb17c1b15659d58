/**
 * Where `saveOutcomes` writes in `Outcomes` (SPEC section 3.6), an input sheet that people own. RadList's
 * rows carry `Source` = `RadList`; a save for a cycle replaces RadList's rows of that cycle and nothing else:
 * a new row for the same applicant and program goes into the row it had (people's own columns in that row
 * stay), other new rows go after the last row, and a RadList row of that cycle that has no new row (its
 * status went back to blank, say) has only RadList's cells emptied. Rows people pasted or typed (any other
 * `Source`), and columns they added, are never written — not even with their own values — so formulas, links
 * and formats there are untouched. A sheet without some of the SPEC columns gets them added at the right of
 * row 1. RadList's rows follow the lists: a `Result` there that a person changed is written over with what
 * the list says (RadList keeps no copy of what it wrote, so it cannot tell an edit from an older save), and
 * each such change that is not the season moving on (`Invited` → `Interviewed`, a late invitation, a
 * withdrawal) is returned in `overwritten`, for the add-on to report at its cell. Pure: the add-on writes the
 * blocks this returns.
 */

import type { OutcomeEntry } from '../core/season-outcomes.ts';
import type { Cell } from './carry-over.ts';
import { matchFields, OUTCOME_FIELDS, type OutcomeField } from './headers.ts';
import { normalizeLabel } from './normalize.ts';
import { parseYear, showCell } from './parse-values.ts';
import { cellText, isBlankRow, sameKey } from './read-fields.ts';
import { parseResult } from './read-outcomes.ts';
import { programKey } from './read-programs.ts';
import { asCellText } from './text-safety.ts';

/** What marks a row as RadList's in `Source`. */
export const RADLIST_SOURCE = 'RadList';

/** A RadList row whose `Result` said something the lists no longer say, and not as a season moves on. */
export interface OverwrittenResult {
  /** The index of the entry written there. */
  entry: number;
  /** The 1-based sheet row and column of its `Result` cell. */
  row: number;
  column: number;
  /** The cell as it was, and what was written. */
  before: string;
  after: string;
}

/** One rectangle to write (1-based top-left). */
export interface CellBlock {
  row: number;
  column: number;
  values: Cell[][];
}

/** What a save writes, or why it cannot. */
export type OutcomesWrite =
  | {
      refused: null;
      /** The rectangles to write, header cells first. */
      blocks: CellBlock[];
      /** Rows written for the cycle (new and replaced). */
      written: number;
      /** RadList rows of the cycle that were replaced in place, and those emptied. */
      replaced: number;
      emptied: number;
      /** Replaced rows whose `Result` a person likely corrected (see the file comment). */
      overwritten: OverwrittenResult[];
      /** Rows and columns the sheet must have. */
      rows: number;
      columns: number;
    }
  | { refused: string };

/** An entry's cells by field. */
function entryCells(entry: OutcomeEntry): Record<OutcomeField, Cell> {
  const yesNo = (value: boolean | null): Cell => (value === null ? '' : value ? 'Yes' : 'No');
  return {
    cycle: entry.cycle,
    applicant: asCellText(entry.applicant),
    applicantType: entry.applicantType,
    stepTwoScore: entry.stepTwoScore ?? '',
    failedAttempts: entry.failedAttempts ?? '',
    program: asCellText(entry.program),
    id: asCellText(entry.id),
    typicalStepTwo: entry.typicalStepTwo ?? '',
    minStepTwo: entry.minStepTwo ?? '',
    imgShare: entry.imgShare === null ? '' : Math.round(entry.imgShare * 1000) / 10,
    programType: entry.programType ?? '',
    state: asCellText(entry.state),
    signal: entry.signal,
    rotated: yesNo(entry.rotated),
    ties: yesNo(entry.ties),
    result: entry.result,
    source: RADLIST_SOURCE,
  };
}

function pairKey(applicant: string, id: string, program: string, state: string): string {
  return `${sameKey(applicant)}\u0001${sameKey(programKey(id, program, state))}`;
}

/** The invited results in the order a season goes through them. */
const INVITED_ORDER: readonly string[] = ['Invited', 'Interviewed', 'Ranked', 'Matched'];

/**
 * True when a saved `Result` becoming another is the season moving on, not an edit being undone: an invited
 * result going further (`Invited` → `Interviewed` → `Ranked` → `Matched`), a late invitation after `Not
 * invited`, or a withdrawal.
 *
 * @example seasonMovesOn('Invited', 'Interviewed') // true
 * @example seasonMovesOn('Matched', 'Invited') // false
 */
export function seasonMovesOn(before: string, after: string): boolean {
  const from = before === 'Not invited' ? -1 : INVITED_ORDER.indexOf(before);
  const known = before === 'Not invited' || from >= 0;
  if (after === 'Withdrawn') return known && before !== 'Matched';
  return known && INVITED_ORDER.indexOf(after) > from;
}

/** Runs of neighbouring numbers: [1, 2, 3, 7, 8] → [[1, 3], [7, 8]]. */
function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * Plans a save of one cycle's outcomes.
 *
 * @param previous - `getDataRange().getValues()` of `Outcomes`, or null when there is no such sheet
 * @param entries - the rows to save for the cycle (each applicant–program pair once)
 * @param cycle - the cycle saved
 * @returns the blocks to write and the counts, or why nothing can be written
 * @example
 * planOutcomesWrite(null, [entry], 2026).blocks[0]?.values[0]?.[0] // 'Cycle'
 */
export function planOutcomesWrite(
  previous: readonly (readonly unknown[])[] | null,
  entries: readonly OutcomeEntry[],
  cycle: number,
): OutcomesWrite {
  const existing = previous ?? [];
  const hasContent = existing.some((row) => !isBlankRow(row));
  const blocks: CellBlock[] = [];
  const positions = new Map<OutcomeField, number>();
  let width: number;
  if (!hasContent) {
    // A new (or empty) sheet: the SPEC headers in row 1.
    OUTCOME_FIELDS.forEach((field, i) => {
      positions.set(field.key, i);
    });
    width = OUTCOME_FIELDS.length;
    blocks.push({ row: 1, column: 1, values: [OUTCOME_FIELDS.map((f) => f.header)] });
  } else {
    const header = existing[0] ?? [];
    for (const [key, index] of matchFields(header, OUTCOME_FIELDS).positions) positions.set(key, index);
    const lacks = ['cycle', 'applicant', 'result'].filter((k) => !positions.has(k as OutcomeField));
    if (!positions.has('program') && !positions.has('id')) lacks.push('program');
    const dataRows = existing.slice(1).some((row) => !isBlankRow(row));
    if (lacks.length === 4 || (lacks.length > 0 && dataRows)) {
      const names = lacks.map((k) => `"${OUTCOME_FIELDS.find((f) => f.key === k)!.header}"`).join(', ');
      return {
        refused: `The Outcomes sheet's row 1 has no ${names} column, so RadList cannot tell its rows apart and changed nothing. Put the Outcomes headers in row 1 (Cycle, Applicant, Program, Result, …), or rename the sheet to keep it as it is.`,
      };
    }
    // Any SPEC column the sheet lacks is added at the right of row 1.
    width = header.length;
    const added: Cell[] = [];
    const from = width + 1;
    for (const field of OUTCOME_FIELDS) {
      if (positions.has(field.key)) continue;
      positions.set(field.key, width);
      added.push(field.header);
      width += 1;
    }
    if (added.length > 0) blocks.push({ row: 1, column: from, values: [added] });
  }
  // RadList's rows of this cycle, by applicant–program pair.
  const cell = (row: readonly unknown[], key: OutcomeField) => cellText(row[positions.get(key)!]);
  const slots = new Map<string, number>();
  const oldRows: number[] = [];
  if (hasContent) {
    existing.forEach((row, index) => {
      if (index === 0) return;
      if (normalizeLabel(row[positions.get('source')!]) !== normalizeLabel(RADLIST_SOURCE)) return;
      const year = parseYear(row[positions.get('cycle')!]);
      if (year.kind !== 'value' || year.value !== cycle) return;
      oldRows.push(index + 1);
      const pair = pairKey(cell(row, 'applicant'), cell(row, 'id'), cell(row, 'program'), cell(row, 'state'));
      if (!slots.has(pair)) slots.set(pair, index + 1);
    });
  }
  // Each new row: into its pair's old row, or after the last row.
  let next = hasContent ? existing.length + 1 : 2;
  const rowsToWrite = new Map<number, Cell[]>();
  let replaced = 0;
  const overwritten: OverwrittenResult[] = [];
  const resultAt = positions.get('result')!;
  entries.forEach((entry, index) => {
    const cells = entryCells(entry);
    const slot = slots.get(pairKey(entry.applicant, entry.id, entry.program, entry.state));
    let target: number;
    if (slot !== undefined && !rowsToWrite.has(slot)) {
      target = slot;
      replaced += 1;
      const raw = existing[slot - 1]?.[resultAt];
      const read = parseResult(raw);
      const before = read.kind === 'value' ? read.value : showCell(raw);
      const after = String(cells.result);
      if (before !== after && !seasonMovesOn(before, after)) {
        overwritten.push({ entry: index, row: slot, column: resultAt + 1, before, after });
      }
    } else target = next++;
    rowsToWrite.set(
      target,
      OUTCOME_FIELDS.map((f) => cells[f.key]),
    );
  });
  let emptied = 0;
  for (const row of oldRows) {
    if (rowsToWrite.has(row)) continue;
    rowsToWrite.set(
      row,
      OUTCOME_FIELDS.map(() => ''),
    );
    emptied += 1;
  }
  // One block per run of rows and run of neighbouring RadList columns (1-based).
  const fieldAtColumn = new Map(
    OUTCOME_FIELDS.map((_, i) => [positions.get(OUTCOME_FIELDS[i]!.key)! + 1, i]),
  );
  const columnRuns = runs([...fieldAtColumn.keys()].sort((a, b) => a - b));
  for (const [first, last] of runs([...rowsToWrite.keys()].sort((a, b) => a - b))) {
    for (const [from, to] of columnRuns) {
      const values: Cell[][] = [];
      for (let r = first; r <= last; r += 1) {
        const cells = rowsToWrite.get(r)!;
        const line: Cell[] = [];
        for (let c = from; c <= to; c += 1) line.push(cells[fieldAtColumn.get(c)!]!);
        values.push(line);
      }
      blocks.push({ row: first, column: from, values });
    }
  }
  return {
    refused: null,
    blocks,
    written: entries.length,
    replaced,
    emptied,
    overwritten,
    rows: Math.max(existing.length, next - 1, 1),
    columns: Math.max(width, 1),
  };
}
