/**
 * An output sheet's layout — what RadList sets once on a sheet rather than at every run: frozen rows and
 * columns, column widths, number formats, dropdowns, wrap, alignment and the header row's notes. The sheet's
 * mark (its A1 note, src/sheets/output-marks.ts) records the layout's version as a tag, `[layout 1a2b3c4d]`;
 * a run that finds the current version on a sheet leaves its layout alone (no call, and what a person changed
 * since stays), and one that finds another version (or none) sets it again. Tags such as a cohort run's
 * progress ride on the mark the same way. Pure: src/addon/workbook.ts sets the layout.
 */
import type { SheetOutput } from './sheet-output.ts';

/**
 * A short fingerprint of some text (FNV-1a, 32 bits): enough to tell one layout, or one list of names, from
 * another; not a security measure.
 *
 * @param text - any text
 * @returns eight hex digits
 * @example
 * fingerprint('') // '811c9dc5'
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The version of an output's layout. Column widths are left out: they are set only on a sheet RadList makes
 * (people's widths are never changed on a sheet that exists), and the columns people add change nothing here.
 *
 * @param output - a finished output
 * @returns eight hex digits
 * @example
 * layoutVersion({ values: [], backgrounds: [], frozenRows: 1 }) // the same for every output laid out alike
 */
export function layoutVersion(output: SheetOutput): string {
  return fingerprint(
    JSON.stringify([
      output.frozenRows,
      output.frozenColumns ?? 0,
      output.columnFormats ?? {},
      output.columnDropdowns ?? {},
      output.columnWraps ?? {},
      output.columnAlignments ?? {},
      output.columnVerticalAlignments ?? {},
      output.cellNumberFormats ?? null,
      output.headerNotes ?? {},
    ]),
  );
}

/** A tag at the end of a note: ` [name value]`. */
const TAG = /\s*\[([a-z]+) ([^\]]*)\]$/;

/**
 * A note read apart: the mark as written, without its tags, and the tags by name.
 *
 * @param note - an A1 note
 * @returns the mark and its tags
 * @example
 * readMark('RadList: the Application List of Ana Li. … [layout 1a2b3c4d]').tags.layout // '1a2b3c4d'
 */
export function readMark(note: string): { mark: string; tags: Record<string, string> } {
  const tags: Record<string, string> = {};
  let mark = note;
  for (let match = TAG.exec(mark); match; match = TAG.exec(mark)) {
    const [, name = '', value = ''] = match;
    if (!(name in tags)) tags[name] = value;
    mark = mark.slice(0, match.index);
  }
  return { mark, tags };
}

/**
 * A mark with tags added (or replaced, by name; a tag with an empty value is dropped): the tags it had come
 * first, in their order, then the new ones.
 *
 * @param mark - a mark, with or without tags
 * @param tags - e.g. `{ layout: '1a2b3c4d' }`
 * @returns the note to write
 * @example
 * tagMark('RadList: the plan.', { layout: '1a2b3c4d' }) // 'RadList: the plan. [layout 1a2b3c4d]'
 */
export function tagMark(mark: string, tags: Record<string, string>): string {
  const read = readMark(mark);
  // readMark lists the last tag first; put them back in the order they were written.
  const all = { ...Object.fromEntries(Object.entries(read.tags).reverse()), ...tags };
  const written = Object.entries(all)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` [${name} ${value.replace(/[[\]]/g, '')}]`)
    .join('');
  return `${read.mark}${written}`;
}
