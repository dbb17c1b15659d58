import { describe, expect, it } from 'vitest';
import {
  cleanSheetNamePart,
  LIST_SHEET_PREFIX,
  listSheetName,
  SHEET_NAME_LIMIT,
} from '../../src/sheets/sheet-names.ts';

describe('listSheetName', () => {
  it.each([
    ['Ana Li', [], 'List – Ana Li'],
    ['  Ana   Li  ', [], 'List – Ana Li'],
    ["Sean O'Brien", [], "List – Sean O'Brien"],
    ['A/B [x]: y*?\\z', [], 'List – A B x y z'],
    ['Ana\u0000\u0007Li\nSmith', [], 'List – Ana Li Smith'],
    ['', [], 'List – Unnamed'],
    ['[]', [], 'List – Unnamed'],
    ['Ana Li', ['List – Ana Li'], 'List – Ana Li (2)'],
    ['Ana Li', ['list – ana li'], 'List – Ana Li (2)'],
    ['Ana Li', ['List – Ana Li', 'LIST – ANA LI (2)'], 'List – Ana Li (3)'],
    ['Ana Li', ['Profile', 'Programs'], 'List – Ana Li'],
  ])('names %j with %j taken as %j', (name, taken, expected) => {
    expect(listSheetName(name, taken)).toBe(expected);
  });

  it.each([
    [SHEET_NAME_LIMIT - LIST_SHEET_PREFIX.length - 1, false],
    [SHEET_NAME_LIMIT - LIST_SHEET_PREFIX.length, false],
    [SHEET_NAME_LIMIT - LIST_SHEET_PREFIX.length + 1, true],
    [500, true],
  ])('keeps a name of %i characters within 100 (shortened: %s)', (length, shortened) => {
    const out = listSheetName('n'.repeat(length), []);
    expect(out.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
    expect(out.endsWith('…')).toBe(shortened);
  });

  it('keeps a shortened name unique and within 100 characters', () => {
    const long = 'x'.repeat(300);
    const first = listSheetName(long, []);
    const second = listSheetName(long, [first]);
    expect(second).not.toBe(first);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(second.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
  });

  it('gives distinct names to names that clean to the same text', () => {
    const taken: string[] = [];
    for (const name of ['A/B', 'A B', 'a:b']) taken.push(listSheetName(name, taken));
    expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(3);
  });
});

describe('cleanSheetNamePart', () => {
  it('does not split an emoji when shortening', () => {
    const out = listSheetName(`${'a'.repeat(91)}😀😀`, []);
    expect(out.length).toBeLessThanOrEqual(SHEET_NAME_LIMIT);
    expect(out).not.toMatch(/[\ud800-\udbff]…$/);
  });

  it.each([
    ['Ana', 'Ana'],
    ['  ', 'Unnamed'],
  ])('cleans %j to %j', (name, expected) => {
    expect(cleanSheetNamePart(name)).toBe(expected);
  });
});
