/** Tests for the sidebar's text formatters (src/sidebar/format.ts). */
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDuration,
  formatRecommendation,
  formatTimeLeft,
  moreText,
} from '../../src/sidebar/format.ts';

describe('formatCount', () => {
  it.each([
    [0, 'program', undefined, '0 programs'],
    [1, 'program', undefined, '1 program'],
    [2, 'program', undefined, '2 programs'],
    [1, 'data issue', undefined, '1 data issue'],
    [3, 'child', 'children', '3 children'],
  ])('says %s %s', (count, singular, plural, text) => {
    expect(formatCount(count, singular, plural)).toBe(text);
  });
});

describe('formatRecommendation', () => {
  it.each([
    [50, '50+', 'Apply to 50+ programs'],
    [60, '60–80', 'Apply to 60–80 programs'],
    [80, '80+, and dual-apply', 'Apply to 80+ programs, and dual-apply'],
    [70, '', 'Apply to 70+ programs'],
    [70, '  ', 'Apply to 70+ programs'],
  ])('words %s with range "%s"', (recommended, range, text) => {
    expect(formatRecommendation(recommended, range)).toBe(text);
  });
});

describe('moreText', () => {
  it.each([
    [0, 0, null],
    [200, 200, null],
    [200, 201, 'and 1 more'],
    [200, 215, 'and 15 more'],
    [5, 3, null],
  ])('for %s shown of %s gives %s', (shown, total, text) => {
    expect(moreText(shown, total)).toBe(text);
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [null, 'working out the time left…'],
    [Number.NaN, 'working out the time left…'],
    [0, 'a few seconds left'],
    [9, 'a few seconds left'],
    [10, 'about 10 seconds left'],
    [42, 'about 40 seconds left'],
    [59, 'about 60 seconds left'],
    [60, 'about 1 minute left'],
    [89, 'about 1 minute left'],
    [95, 'about 2 minutes left'],
    [600, 'about 10 minutes left'],
  ])('says %s seconds as "%s"', (seconds, text) => {
    expect(formatTimeLeft(seconds)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, 'under a second'],
    [240, 'under a second'],
    [999, 'under a second'],
    [1000, '1 second'],
    [1499, '1 second'],
    [2000, '2 seconds'],
    [59_400, '59 seconds'],
    [59_600, '1 minute'],
    [60_000, '1 minute'],
    [61_000, '1 minute 1 second'],
    [125_000, '2 minutes 5 seconds'],
    [-5, 'under a second'],
    [Number.NaN, 'under a second'],
  ])('says %s ms as "%s"', (millis, text) => {
    expect(formatDuration(millis)).toBe(text);
  });
});
