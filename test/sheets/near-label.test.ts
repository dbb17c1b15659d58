import { describe, expect, it } from 'vitest';
import { labelWords, nearestLabel } from '../../src/sheets/near-label.ts';

const choices = [
  { spelling: 'Step 2 CK', value: 'score' },
  { spelling: 'Step 2 CK attempts', value: 'attempts' },
  { spelling: 'Needs visa', value: 'visa' },
  { spelling: 'Visa', value: 'visa' },
  { spelling: 'Type', value: 'type' },
  { spelling: 'Graduation year', value: 'year' },
  { spelling: 'Gold signals', value: 'gold' },
  { spelling: 'Gold signal odds', value: 'goldOdds' },
];

describe('labelWords', () => {
  it('folds case, splits letters from digits, reads Roman numerals and drops filler and plurals', () => {
    expect(labelWords('S2CK')).toEqual(['2', 'ck']);
    expect(labelWords('USMLE Step II CK score')).toEqual(['2', 'ck']);
    expect(labelWords('Number of attempts, Step 1')).toEqual(['attempt', '1']);
    expect(labelWords('Visa sponsorship needed')).toEqual(['visa', 'sponsorship', 'need']);
  });
});

describe('nearestLabel', () => {
  it.each([
    ['Step 2 CK (3-digit)', 'score'],
    ['USMLE 2 CK', 'score'],
    ['Step 2 CK attempt count', 'attempts'],
    ['Visa status', 'visa'],
    ['Graduaton year', 'year'],
    ['Gold signal', 'gold'],
    ['Gold signals odds', 'goldOdds'],
  ])('reads %j as near %s', (label, value) => {
    expect(nearestLabel(label, choices)).toBe(value);
  });

  it.each([['Email'], ['Medical school'], ['Visa type'], ['Notes about my scores and my plans'], [''], [42]])(
    'suggests nothing for %j (unrelated, or as near two fields)',
    (label) => {
      expect(nearestLabel(label, choices)).toBeNull();
    },
  );
});
