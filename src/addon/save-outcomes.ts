/**
 * `saveOutcomes({ cycle, final })` (SPEC sections 3.6 and 5): the season's statuses become `Outcomes` rows.
 * Reads every list once — the Profile applicant's `Application List`, each cohort applicant's `List – NAME`
 * (found by its mark) and `Cohort Lists` — takes each applicant–program pair once (the `Application List`
 * over `List – NAME` over `Cohort Lists`), builds each row with the chance model's inputs as the list saw them,
 * works out the whole write (src/sheets/write-outcomes.ts), and only then writes it, undoing every write if
 * one fails. RadList's rows of the cycle are replaced; rows and columns people pasted or added are never
 * written. A status that is not one of the dropdown's words is an issue by cell, and so is every unreadable
 * cell of a pasted row; a status still `Applied` is saved as `Not invited` only with `final`. RadList's rows
 * follow the lists: a `Result` a person changed in one of them is written over, and when that undoes more
 * than the season moving on (`Matched` back to `Invited`), it is an issue at the `Result` cell naming the
 * list's `Status` cell to correct instead.
 */
import { firstIssues } from '../core/plan-summary.ts';
import { type OutcomeEntry, outcomeEntry } from '../core/season-outcomes.ts';
import { type Applicant, type Issue, type Program, STATUSES } from '../core/types.ts';
import { cellName, issueAt } from '../sheets/a1.ts';
import type { CarryLayout } from '../sheets/carry-over.ts';
import { normalizeKey } from '../sheets/carry-over.ts';
import { restoreGrid } from '../sheets/grid.ts';
import { type MarkedRow, markedRows } from '../sheets/list-statuses.ts';
import { applicantListTarget, cohortListsTarget, listTarget } from '../sheets/output-marks.ts';
import { sameKey } from '../sheets/read-fields.ts';
import { programKey } from '../sheets/read-programs.ts';
import { readMark } from '../sheets/sheet-layout.ts';
import { LIST_SHEET_PREFIX, SHEETS } from '../sheets/sheet-names.ts';
import { COHORT_LIST_LAYOUT } from '../sheets/write-cohort.ts';
import { listLayout } from '../sheets/write-list.ts';
import { type CellBlock, type OverwrittenResult, planOutcomesWrite } from '../sheets/write-outcomes.ts';
import type { SaveOutcomesArgs, SaveOutcomesResult } from './api.ts';
import { failures } from './errors.ts';
import { runAction, withDocumentLock } from './execution.ts';
import { locateOutput } from './output-sheets.ts';
import { readWorkbook } from './read-workbook.ts';
import { refuseIfMissing } from './require-inputs.ts';
import { parseArgs } from './validate.ts';
import { growSheet, undoAll } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One list sheet to read, and whose list it is. */
interface ListSource {
  name: string;
  layout: CarryLayout;
  values: unknown[][];
  /** The applicant of a one-applicant list; null for `Cohort Lists` (each row names its applicant). */
  applicant: Applicant | null;
}

/** The cohort applicants' `List – NAME` sheets, found by their marks (one note read per such sheet). */
function cohortListSheets(spreadsheet: Spreadsheet, applicants: readonly Applicant[]): ListSource[] {
  const byMark = new Map(applicants.map((a) => [applicantListTarget(a.name).mark, a]));
  const sources: ListSource[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (!name.startsWith(LIST_SHEET_PREFIX)) continue;
    const owner = byMark.get(readMark(sheet.getRange(1, 1).getNote()).mark);
    if (!owner) continue;
    sources.push({
      name,
      layout: listLayout(true),
      values: sheet.getDataRange().getValues() as unknown[][],
      applicant: owner,
    });
  }
  return sources;
}

function statusWords(): string {
  return STATUSES.join(', ');
}

/** Where an entry's status was read: the list sheet and its `Status` cell. */
interface Origin {
  sheet: string;
  cell: string;
}

/** The issue for a `Result` a person changed that the save wrote over (`planOutcomesWrite`'s `overwritten`). */
function overwrittenIssue(change: OverwrittenResult, origin: Origin): Issue {
  const status = change.before === 'Not invited' ? 'Rejected' : change.before;
  const readable = ['Invited', 'Interviewed', 'Ranked', 'Matched', 'Withdrawn', 'Not invited'].includes(
    change.before,
  );
  const instead = readable
    ? `If "${change.before}" was your correction, choose ${status} in that Status cell and save again.`
    : 'If you corrected it here, correct that Status cell instead and save again.';
  return issueAt(
    SHEETS.outcomes,
    change.row,
    change.column,
    `Result here said "${change.before}"; Save outcomes wrote "${change.after}" over it, as Status in ${origin.sheet}, cell ${origin.cell}, says (RadList's rows in Outcomes follow the lists). ${instead}`,
  );
}

/**
 * Saves the season's statuses to `Outcomes`.
 *
 * @param args - `{ cycle?: number; final?: boolean }`: the cycle (default the Settings `Cycle year`) and
 *   whether the season is over (programs still `Applied` are then saved as `Not invited`)
 * @returns how many rows were saved, how many were left out as still waiting, and the issues
 * @example
 * saveOutcomes({ cycle: 2026, final: true }).rows // 412
 */
export function saveOutcomes(args?: SaveOutcomesArgs): SaveOutcomesResult {
  return runAction('save the outcomes', () => {
    const parsed = parseArgs('outcomes', 'saveOutcomes', args);
    return withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const { inputs, sheets } = readWorkbook(spreadsheet, ['profile', 'programs', 'cohort', 'outcomes']);
      refuseIfMissing(inputs.programs.missing);
      const cycle = parsed.cycle ?? inputs.settings.settings.cycleYear;
      const final = parsed.final ?? false;
      const programsByKey = new Map<string, Program>();
      for (const program of inputs.programs.programs) {
        programsByKey.set(normalizeKey(program.key), program);
      }
      const cohort = inputs.cohort.applicants.map((entry) => entry.applicant);
      const cohortByName = new Map(cohort.map((a) => [sameKey(a.name), a]));
      const sources: ListSource[] = [];
      const profileApplicant = inputs.profile.applicant;
      // Lists are found as a run finds them (an unmarked list from before marks is read too; nothing is written).
      const listSheet = profileApplicant
        ? locateOutput(spreadsheet, listTarget(profileApplicant.name))
        : null;
      if (listSheet?.sheet && profileApplicant) {
        sources.push({
          name: listSheet.name,
          layout: listLayout(true),
          values: listSheet.sheet.getDataRange().getValues() as unknown[][],
          applicant: profileApplicant,
        });
      }
      sources.push(...cohortListSheets(spreadsheet, cohort));
      const lists = locateOutput(spreadsheet, cohortListsTarget());
      if (lists.sheet) {
        sources.push({
          name: lists.name,
          layout: COHORT_LIST_LAYOUT,
          values: lists.sheet.getDataRange().getValues() as unknown[][],
          applicant: null,
        });
      }
      const issues: Issue[] = [];
      const entries: OutcomeEntry[] = [];
      const origins: Origin[] = [];
      const seen = new Set<string>();
      let waiting = 0;
      const take = (source: ListSource, row: MarkedRow): void => {
        const where = (message: string) =>
          issues.push(issueAt(source.name, row.row, row.statusColumn, message));
        const applicant = source.applicant ?? cohortByName.get(sameKey(row.applicant)) ?? null;
        if (row.status === null) {
          where(
            `Status "${row.statusText}" is not one of ${statusWords()}, so this application is not saved to Outcomes.`,
          );
          return;
        }
        if (applicant === null) {
          where(
            `"${row.applicant}" is not in the Cohort sheet any more, so this application is not saved to Outcomes.`,
          );
          return;
        }
        const key = normalizeKey(programKey(row.id, row.program, row.state));
        const program = programsByKey.get(normalizeKey(row.id)) ?? programsByKey.get(key);
        const pair = `${sameKey(applicant.name)}\u0001${program ? normalizeKey(program.key) : key}`;
        if (seen.has(pair)) return;
        seen.add(pair);
        const entry = outcomeEntry(
          applicant,
          program ?? { program: row.program, id: row.id, state: row.state },
          { status: row.status, signalSent: row.signalSent },
          { cycle, final },
        );
        if (entry === null) waiting += 1;
        else {
          entries.push(entry);
          origins.push({ sheet: source.name, cell: cellName(row.row, row.statusColumn) });
        }
      };
      for (const source of sources) {
        for (const row of markedRows(source.values, source.layout)) {
          if (row.key === '') continue;
          take(source, row);
        }
      }
      const previous = inputs.outcomes.missing.some((m) => m.kind === 'missing-sheet')
        ? null
        : ((sheets.outcomes?.getDataRange().getValues() as unknown[][] | undefined) ?? null);
      const plan = planOutcomesWrite(previous, entries, cycle);
      if (plan.refused !== null) throw failures.outcomesRefused(plan.refused);
      issues.push(...plan.overwritten.map((change) => overwrittenIssue(change, origins[change.entry]!)));
      writeBlocks(spreadsheet, sheets.outcomes ?? null, plan.blocks, {
        rows: plan.rows,
        columns: plan.columns,
      });
      // Cells of rows people pasted that cannot be read (rows RadList just wrote are readable by making).
      const written = new Set(plan.blocks.flatMap((b) => b.values.map((_, r) => b.row + r)));
      issues.push(...inputs.outcomes.issues.filter((issue) => !written.has(issue.row)));
      return {
        rows: plan.written,
        cycle,
        final,
        waiting,
        replaced: plan.replaced,
        emptied: plan.emptied,
        ...firstIssues(issues),
      };
    });
  });
}

/**
 * Writes the blocks into `Outcomes` (made with its header row frozen when there is none), recording how to
 * put back what each block covered; any failure undoes every write and removes a sheet made here.
 */
function writeBlocks(
  spreadsheet: Spreadsheet,
  existing: GoogleAppsScript.Spreadsheet.Sheet | null,
  blocks: readonly CellBlock[],
  size: { rows: number; columns: number },
): void {
  const undo: (() => void)[] = [];
  try {
    let sheet = existing;
    if (!sheet) {
      const made = spreadsheet.insertSheet(SHEETS.outcomes, spreadsheet.getNumSheets());
      undo.push(() => spreadsheet.deleteSheet(made));
      made.setFrozenRows(1);
      sheet = made;
    }
    growSheet(sheet, size.rows, size.columns, undo);
    for (const block of blocks) {
      const height = block.values.length;
      const width = block.values[0]?.length ?? 0;
      if (height === 0 || width === 0) continue;
      const range = sheet.getRange(block.row, block.column, height, width);
      if (existing) {
        const restore = restoreGrid(range.getValues(), range.getFormulas(), height, width);
        undo.push(() => range.setValues(restore));
      }
      range.setValues(block.values);
    }
  } catch (error) {
    throw undoAll(undo, error, [SHEETS.outcomes]);
  }
}
