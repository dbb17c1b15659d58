/**
 * Issues for `Rotations` and `Ties` entries that name nothing in the `Programs` sheet (`Lakeveiw Regional
 * Radiology`, `Medical Center`, `FX-10`): such an entry counts in no Chance or Fit, so it is never lost
 * without a word. The issue is on the entry's cell and names the nearest program (or city, for a tie) when
 * one is close. Matching itself is `src/core/match-names.ts`.
 */
import { matchEntries, normalizeName } from '../core/match-names.ts';
import type { Applicant, Issue, Program } from '../core/types.ts';
import { issueAt } from './a1.ts';
import { editDistance } from './parse-nearest.ts';
import { showCell } from './parse-values.ts';

/** Where a field's cell is, for the issue. */
export interface EntryCell {
  sheet: string;
  row: number;
  column: number;
}

/** A spelling a program answers to, and how to show it in the issue. */
interface Candidate {
  text: string;
  shown: string;
}

/** The candidates an entry is compared with: each program's name, its ID, and (for a tie) its city. */
function candidatesOf(programs: readonly Program[], kind: 'rotation' | 'tie'): Candidate[] {
  const candidates: Candidate[] = [];
  for (const program of programs) {
    candidates.push({ text: normalizeName(program.name), shown: `"${program.name}"` });
    if (program.id !== '') {
      candidates.push({
        text: normalizeName(program.id).split(' ').join(''),
        shown: `"${program.name}" (ID ${program.id})`,
      });
    }
    if (kind === 'tie' && program.city !== '') {
      candidates.push({ text: normalizeName(program.city), shown: `the city "${program.city}"` });
    }
  }
  return candidates;
}

/**
 * The nearest candidate to an entry: a few letters off the whole name or ID, or off the name's first words
 * (`Lakeveiw` → Lakeview Regional Radiology). The limit is 2 edits, or a quarter of the entry's letters.
 */
function nearest(entry: string, candidates: readonly Candidate[]): string | null {
  const folded = normalizeName(entry);
  const compact = folded.split(' ').join('');
  const words = folded.split(' ').length;
  const limit = Math.max(2, Math.floor(folded.length / 4));
  let best: { shown: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const start = candidate.text.split(' ').slice(0, words).join(' ');
    const distance = Math.min(
      editDistance(folded, candidate.text, limit),
      editDistance(folded, start, limit),
      editDistance(compact, candidate.text, limit),
    );
    if (distance <= limit && (best === null || distance < best.distance))
      best = { shown: candidate.shown, distance };
  }
  return best?.shown ?? null;
}

/**
 * The issues for one applicant's Rotations and Ties entries that name nothing in the program list.
 *
 * @param applicant - the applicant as read
 * @param programs - every program read from `Programs` (none: no issue, there is nothing to match yet)
 * @param cellOf - where the applicant's `Rotations` or `Ties` cell is
 * @returns one issue per entry that names nothing
 * @example
 * entryIssues(applicant, programs, (key) => ({ sheet: 'Profile', row: key === 'rotations' ? 17 : 18, column: 2 }))
 */
export function entryIssues(
  applicant: Applicant,
  programs: readonly Program[],
  cellOf: (key: 'rotations' | 'ties') => EntryCell | undefined,
): Issue[] {
  if (programs.length === 0) return [];
  const issues: Issue[] = [];
  for (const [key, kind, label] of [
    ['rotations', 'rotation', 'Rotations'],
    ['ties', 'tie', 'Ties'],
  ] as const) {
    const entries = applicant[key];
    const cell = entries.length > 0 ? cellOf(key) : undefined;
    if (cell === undefined) continue;
    const lost = matchEntries(entries, programs, kind).filter((entry) => !entry.matched);
    if (lost.length === 0) continue;
    const candidates = candidatesOf(programs, kind);
    for (const entry of lost) {
      const what =
        kind === 'rotation'
          ? 'names no program in your Programs sheet'
          : 'names no state, and no program or city in your Programs sheet';
      const why = entry.distinctive
        ? ''
        : ' (it has only common words such as "medical", "center" or "radiology", which never match by part of a name)';
      const near = nearest(entry.text, candidates);
      const fix =
        near === null
          ? `type the ${kind === 'rotation' ? "program's name or ID" : 'state, city or program'} as in Programs`
          : `the nearest is ${near}; type it as in Programs if that is the one`;
      issues.push(
        issueAt(
          cell.sheet,
          cell.row,
          cell.column,
          `${label} "${showCell(entry.text)}" ${what}${why}, so it counts in no Chance or Fit: ${fix}.`,
        ),
      );
    }
  }
  return issues;
}
