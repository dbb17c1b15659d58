import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldLetters, normalizeLabel } from '../../src/sheets/normalize.ts';
import { asCellText } from '../../src/sheets/text-safety.ts';

describe('normalizeLabel', () => {
  it.each([
    [' Min. Step-2 CK ', 'minstep2ck'],
    ['min_step2ck', 'minstep2ck'],
    ['\uFEFFProgram', 'program'],
    ['Région', 'region'],
    [null, ''],
  ])('folds %j to %j', (label, folded) => {
    expect(normalizeLabel(label)).toBe(folded);
  });
});

describe('foldLetters', () => {
  it('keeps lower-case letters only', () => {
    expect(foldLetters('N/A')).toBe('na');
    expect(foldLetters('No-limit 2')).toBe('nolimit');
  });
});

describe('foldKey', () => {
  it('folds case and runs of spaces only', () => {
    expect(foldKey(' Mayo  Clinic ')).toBe('mayo clinic');
    expect(foldKey('Mayo-Clinic')).toBe('mayo-clinic');
  });

  it.each([
    ['Ana\tLi', 'ana li'],
    ['Ana\r\nLi', 'ana li'],
    ['Ana\u000bLi', 'anali'],
    ['B\u00001', 'b1'],
    ['  Eve', 'eve'],
  ])('cleans control characters as RadList writes text: %j → %j', (text, folded) => {
    expect(foldKey(text)).toBe(folded);
  });

  it('folds a key and the text RadList writes for it alike', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldKey(asCellText(text).replace(/^'/, ''))).toBe(foldKey(text));
      }),
    );
  });
});
