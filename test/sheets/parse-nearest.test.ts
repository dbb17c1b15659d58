import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, nearestChoice } from '../../src/sheets/parse-nearest.ts';

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['university', 'university', 0],
    ['univeristy', 'university', 1],
    ['univrsity', 'university', 1],
    ['universityy', 'university', 1],
    ['unversiti', 'university', 2],
    ['community', 'comunity', 1],
    ['abc', 'xyz', 3],
    ['', 'abc', 3],
  ])('counts %j → %j as %i edits', (a, b, edits) => {
    expect(editDistance(a, b, 5)).toBe(edits);
  });

  it('stops at limit + 1', () => {
    expect(editDistance('university', 'community', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 30);
        expect(d).toBe(editDistance(b, a, 30));
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});

describe('allowedEdits', () => {
  it.each([
    [4, 0],
    [5, 1],
    [7, 1],
    [8, 2],
    [20, 2],
  ])('allows a word of %i letters %i edits', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits);
  });
});

describe('nearestChoice', () => {
  const table = {
    university: 'University',
    community: 'Community',
    hybrid: 'Hybrid',
    south: 'South',
    north: 'North',
  };

  it('reads a word a letter or two off as the closest spelling', () => {
    expect(nearestChoice('univeristy', table)).toEqual({ value: 'University', spelling: 'university' });
    expect(nearestChoice('comunity', table)).toEqual({ value: 'Community', spelling: 'community' });
    expect(nearestChoice('hybird', table)).toEqual({ value: 'Hybrid', spelling: 'hybrid' });
  });

  it('never corrects a short word or one that is too far off', () => {
    expect(nearestChoice('sout', table)).toBeNull();
    expect(nearestChoice('hybd', table)).toBeNull();
    expect(nearestChoice('universe', table)).toBeNull();
    expect(nearestChoice('military', table)).toBeNull();
  });

  it('never corrects a word as close to two different values', () => {
    expect(nearestChoice('nouth', { south: 'South', north: 'North' })).toBeNull();
    expect(nearestChoice('nouth', { south: 'South', southern: 'South' })).toEqual({
      value: 'South',
      spelling: 'south',
    });
  });

  it('ignores table spellings shorter than 5 letters', () => {
    expect(nearestChoice('j1onl', { j1: 'J-1', none: 'None' })).toBeNull();
  });
});
