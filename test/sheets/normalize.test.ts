import { describe, expect, it } from 'vitest';
import { foldKey, foldLetters, normalizeLabel } from '../../src/sheets/normalize.ts';

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
});
