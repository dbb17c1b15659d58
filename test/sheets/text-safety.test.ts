import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asCellText, CELL_TEXT_LIMIT, capText, needsApostrophe } from '../../src/sheets/text-safety.ts';

describe('asCellText', () => {
  it.each([
    ['=IMPORTXML("http://x")'],
    ['+1'],
    ['-5'],
    ['@mention'],
    ['1e3'],
    ['35%'],
    ['42'],
    ['3.5'],
    ['.5'],
    ['$100'],
    ['(5)'],
    ['TRUE'],
    ['false'],
    ['2024-03-01'],
    ['3/1/2024'],
    ['March 2024'],
    ['Mar 1'],
    ['#N/A'],
    ["'quoted'"],
    ['  =1'],
    ['4200311073'],
  ])('prefixes an apostrophe to %j', (text) => {
    expect(asCellText(text)).toBe(`'${text}`);
  });

  it.each([
    ['Lakeview Regional Radiology'],
    ['Rotated here +15; IMG share 35% +10'],
    ['May Valley Medical Center'],
    ['Trueblood Community Hospital'],
    ["O'Brien"],
    [''],
    ['Yes'],
  ])('leaves plain text %j as it is', (text) => {
    expect(asCellText(text)).toBe(text);
  });

  it('removes control characters but keeps newlines and tabs', () => {
    expect(asCellText('a\u0000b\u0007c\td\ne\u001bf\u0085g')).toBe('abc\td\nefg');
  });

  it('turns Windows line breaks into newlines', () => {
    expect(asCellText('line 1\r\nline 2\rline 3')).toBe('line 1\nline 2\nline 3');
  });

  it.each([
    [CELL_TEXT_LIMIT - 1, false],
    [CELL_TEXT_LIMIT, false],
    [CELL_TEXT_LIMIT + 1, true],
  ])('caps text of %i characters at the cell limit (shortened: %s)', (length, shortened) => {
    const out = asCellText('x'.repeat(length));
    expect(out.length).toBe(Math.min(length, CELL_TEXT_LIMIT));
    expect(out.endsWith('…')).toBe(shortened);
  });

  it('escapes a long text starting with = after capping it', () => {
    const out = asCellText(`=${'y'.repeat(CELL_TEXT_LIMIT + 10)}`);
    expect(out.startsWith("'=")).toBe(true);
    expect(out.length).toBe(CELL_TEXT_LIMIT + 1);
  });
});

describe('capText', () => {
  it('does not split a surrogate pair', () => {
    const out = capText(`ab${'😀'.repeat(3)}`, 4);
    expect(out).toBe('ab…');
  });
});

describe('needsApostrophe', () => {
  it.each([
    ['', false],
    ['   ', false],
    ['Community', false],
    ['-', true],
    ['Sep. 3', true],
  ])('says %j needs an apostrophe: %s', (text, expected) => {
    expect(needsApostrophe(text)).toBe(expected);
  });
});

describe('asCellText (properties)', () => {
  it('never starts with a formula or sign character, and stores exactly the cleaned text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const out = asCellText(text);
        expect(out).not.toMatch(/^[=+\-@]/);
        const stored = out.startsWith("'") ? out.slice(1) : out;
        expect(stored).toBe(
          text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''),
        );
      }),
    );
  });
});
