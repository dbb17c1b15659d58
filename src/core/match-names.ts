/**
 * Matching what applicants type in `Rotations` and `Ties` against programs. Text is compared after
 * normalising (lower case, apostrophes dropped, every other non-letter/digit a space, spaces collapsed).
 * A rotation matches a program when it equals its ID (ignoring punctuation) or when one of the two names
 * contains the other as whole words ("Lakeview" ↔ "Lakeview Regional Medical Center"), provided the entry has
 * a distinctive word (not only words like "medical", "center", "hospital"). A tie matches a program's state
 * (code or full name), its city, or its name by the same rule.
 */
import type { Program } from './types.ts';
import { US_STATES } from './us-states.ts';

const GENERIC_WORDS: readonly string[] = [
  'the',
  'of',
  'and',
  'at',
  'in',
  'for',
  'medical',
  'center',
  'centre',
  'hospital',
  'hospitals',
  'university',
  'regional',
  'health',
  'healthcare',
  'system',
  'radiology',
  'diagnostic',
  'program',
  'residency',
  'college',
  'school',
  'medicine',
  'community',
  'general',
  'clinic',
  'institute',
  'department',
  'dept',
  'st',
  'saint',
];

/** Full state names (normalised as `normalizeName` does) to their codes, from the one state table. */
let stateNames: Map<string, string> | null = null;

function stateOfName(norm: string): string | undefined {
  if (stateNames === null) {
    stateNames = new Map(US_STATES.map(([code, name]) => [normalizeName(name), code]));
    stateNames.set('washington dc', 'DC');
  }
  return stateNames.get(norm);
}

/**
 * Normalises text for matching.
 *
 * @param text - what was typed
 * @returns lower case words separated by single spaces
 * @example
 * normalizeName("St. Mary's  Hospital") // 'st marys hospital'
 */
export function normalizeName(text: string): string {
  let out = '';
  let space = false;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (ch === "'" || ch === '\u2019') continue;
    const code = ch.charCodeAt(0);
    const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
    if (wordChar) {
      if (space && out !== '') out += ' ';
      out += ch;
      space = false;
    } else space = true;
  }
  return out;
}

/** A program's names, prepared once for matching. */
export interface ProgramNames {
  /** ` lakeview regional medical center ` (padded with spaces for whole-word search). */
  paddedName: string;
  /** The ID with every space removed, or '' when blank. */
  compactId: string;
  city: string;
  state: string;
}

/** One Rotations or Ties entry, prepared once per applicant. */
export interface PreparedEntry {
  /** As typed (trimmed), for the Why text. */
  text: string;
  padded: string;
  compact: string;
  /** True when the entry has a distinctive word, so it may match by part of a name. */
  distinctive: boolean;
  /** The state code this entry names, or ''. */
  state: string;
}

/**
 * Prepares a program's names for matching.
 *
 * @param program - the program
 * @returns normalised name, ID, city and state
 * @example
 * prepareProgramNames(program).paddedName // ' lakeview regional medical center '
 */
export function prepareProgramNames(program: Program): ProgramNames {
  const id = normalizeName(program.id);
  return {
    paddedName: ` ${normalizeName(program.name)} `,
    compactId: id.split(' ').join(''),
    city: normalizeName(program.city),
    state: program.state.toUpperCase(),
  };
}

/**
 * Prepares Rotations or Ties entries.
 *
 * @param entries - the list as typed
 * @returns entries with a non-empty normalised form
 * @example
 * prepareEntries(['Lakeview', 'Ohio'])[1].state // 'OH'
 */
export function prepareEntries(entries: readonly string[]): PreparedEntry[] {
  const prepared: PreparedEntry[] = [];
  for (const entry of entries) {
    const norm = normalizeName(entry);
    if (norm === '') continue;
    const words = norm.split(' ');
    const upper = entry.trim().toUpperCase();
    const state = stateOfName(norm) ?? (/^[A-Z]{2}$/.test(upper) && upper !== 'ST' ? upper : '');
    prepared.push({
      text: entry.trim(),
      padded: ` ${norm} `,
      compact: words.join(''),
      distinctive: words.some((word) => !GENERIC_WORDS.includes(word)),
      state,
    });
  }
  return prepared;
}

/**
 * Whether an entry names the program: its ID, or its name by whole-word containment either way.
 *
 * @param entry - a prepared Rotations or Ties entry
 * @param names - the program's prepared names
 * @returns true on a match
 * @example
 * entryNamesProgram(prepareEntries(['Lakeview'])[0], prepareProgramNames(lakeview)) // true
 */
export function entryNamesProgram(entry: PreparedEntry, names: ProgramNames): boolean {
  if (names.compactId !== '' && entry.compact === names.compactId) return true;
  if (entry.padded === names.paddedName) return true;
  if (!entry.distinctive || names.paddedName.length <= 2) return false;
  // Only the longer can contain the shorter: the length check spares a search that cannot succeed.
  const name = names.paddedName;
  const padded = entry.padded;
  if (padded.length <= name.length) return name.indexOf(padded) >= 0;
  return padded.indexOf(name) >= 0;
}

/**
 * The first rotation that names the program, or null.
 *
 * @param rotations - prepared Rotations entries
 * @param names - the program's prepared names
 * @returns the matching entry as typed, or null
 * @example
 * findRotation(prepareEntries(['Lakeview']), names) // 'Lakeview'
 */
export function findRotation(rotations: readonly PreparedEntry[], names: ProgramNames): string | null {
  for (const entry of rotations) if (entryNamesProgram(entry, names)) return entry.text;
  return null;
}

/**
 * The first tie that matches the program's state, city or name, or null.
 *
 * @param ties - prepared Ties entries
 * @param names - the program's prepared names
 * @returns the matching entry as typed, or null
 * @example
 * findTie(prepareEntries(['Ohio']), prepareProgramNames(makeProgram({ state: 'OH' }))) // 'Ohio'
 */
export function findTie(ties: readonly PreparedEntry[], names: ProgramNames): string | null {
  for (const entry of ties) {
    if (entry.state !== '' && entry.state === names.state) return entry.text;
    if (names.city !== '' && entry.padded === ` ${names.city} `) return entry.text;
    if (entryNamesProgram(entry, names)) return entry.text;
  }
  return null;
}

/** One Rotations or Ties entry, and whether it names anything in the program list. */
export interface EntryMatch {
  /** As typed (trimmed). */
  text: string;
  /** True when it names a program (or, for a tie, a state or a program's city). */
  matched: boolean;
  /** False when it has only common words (`Medical Center`, `Radiology`), which never match by part of a name. */
  distinctive: boolean;
}

/**
 * Which Rotations or Ties entries name something in the program list: a rotation a program (name or ID), a
 * tie a program, a program's city, or any US state (a tie to a state with no program is still a tie). An
 * entry that names nothing counts in no Chance or Fit, so readers and the checklist say so.
 *
 * @param entries - the list as typed
 * @param programs - every program
 * @param kind - `rotation` or `tie`
 * @returns one entry per non-empty entry, in order
 * @example
 * matchEntries(['Lakeveiw Regional'], [lakeview], 'rotation')[0].matched // false
 */
export function matchEntries(
  entries: readonly string[],
  programs: readonly Program[],
  kind: 'rotation' | 'tie',
): EntryMatch[] {
  const prepared = prepareEntries(entries);
  if (prepared.length === 0) return [];
  const names = programs.map(prepareProgramNames);
  return prepared.map((entry) => {
    const matched =
      kind === 'rotation'
        ? names.some((program) => entryNamesProgram(entry, program))
        : entry.state !== '' || names.some((program) => findTie([entry], program) !== null);
    return { text: entry.text, matched, distinctive: entry.distinctive };
  });
}
