import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, layoutVersion, readMark, tagMark } from '../../src/sheets/sheet-layout.ts';
import type { SheetOutput } from '../../src/sheets/sheet-output.ts';

const output = (extra: Partial<SheetOutput> = {}): SheetOutput => ({
  values: [['Rank', 'Program']],
  backgrounds: [['#efefef', '#efefef']],
  frozenRows: 1,
  ...extra,
});

describe('layoutVersion', () => {
  it('changes with the formats, dropdowns, wrap, alignment, header notes and frozen panes', () => {
    const base = layoutVersion(output());
    for (const change of [
      { frozenRows: 0 },
      { frozenColumns: 2 },
      { columnFormats: { 1: '0%' } },
      { columnDropdowns: { 1: ['Yes'] } },
      { columnWraps: { 1: true } },
      { columnAlignments: { 1: 'right' as const } },
      { headerNotes: { 1: 'What this means' } },
    ]) {
      expect(layoutVersion(output(change)), JSON.stringify(change)).not.toBe(base);
    }
  });

  it('is the same whatever the values, colours and widths (people’s columns change nothing)', () => {
    const other = output({
      values: [
        ['Rank', 'Program', 'My column'],
        [1, 'A', 'x'],
      ],
      backgrounds: [
        ['#fff', '#fff', '#fff'],
        ['#f00', '#f00', '#fff'],
      ],
      columnWidths: [50, 260, 140],
      fitColumns: [0],
    });
    expect(layoutVersion(other)).toBe(layoutVersion(output()));
  });
});

describe('readMark and tagMark', () => {
  it('add, replace and read tags without changing the mark', () => {
    const mark = 'RadList: the Application List of Ana Li. Regenerating it keeps your Notes.';
    const tagged = tagMark(mark, { batch: '3 a1b2c3d4 40' });
    const twice = tagMark(tagged, { layout: '1a2b3c4d' });
    expect(twice).toBe(`${mark} [batch 3 a1b2c3d4 40] [layout 1a2b3c4d]`);
    expect(readMark(twice)).toEqual({ mark, tags: { layout: '1a2b3c4d', batch: '3 a1b2c3d4 40' } });
    expect(readMark(tagMark(twice, { layout: '99999999' })).tags.layout).toBe('99999999');
    expect(readMark(tagMark(twice, { batch: '' })).tags).toEqual({ layout: '1a2b3c4d' });
  });

  it('give back any note without tags as it is', () => {
    fc.assert(
      fc.property(fc.string(), (note) => {
        fc.pre(!/\]\s*$/.test(note));
        expect(readMark(note)).toEqual({ mark: note, tags: {} });
      }),
    );
  });

  it('keep a tag value that holds brackets readable', () => {
    expect(readMark(tagMark('m', { layout: 'a[b]c' })).tags.layout).toBe('abc');
  });
});

describe('fingerprint', () => {
  it('gives eight hex digits, the same for the same text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(fingerprint(text)).toMatch(/^[0-9a-f]{8}$/);
        expect(fingerprint(text)).toBe(fingerprint(`${text}`));
      }),
    );
    expect(fingerprint('Ana')).not.toBe(fingerprint('Ben'));
  });
});
