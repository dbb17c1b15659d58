import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings.ts';
import { settleSettingsOrder } from '../../src/core/settings-order.ts';

const d = defaultSettings(2026);

describe('settleSettingsOrder', () => {
  it('finds nothing wrong with the defaults', () => {
    const settings = defaultSettings(2026);
    expect(settleSettingsOrder(settings, d)).toEqual([]);
    expect(settings).toEqual(d);
  });

  it.each<[string, Partial<Settings>, (keyof Settings)[]]>([
    [
      'Average at Competitive',
      { averageFrom: 245 },
      ['competitiveFrom', 'averageFrom', 'mildlyLowFrom', 'moderatelyLowFrom'],
    ],
    ['50+ from above Competitive', { strongFrom: 246 }, ['strongFrom']],
    ['50+ from below Mildly low', { strongFrom: 219 }, ['strongFrom']],
    [
      'more applications when strong',
      { countStrong: 61 },
      ['countStrong', 'countMildlyLow', 'countModeratelyLow'],
    ],
    ['Target at Safety', { targetFrom: 65 }, ['targetFrom', 'safetyFrom']],
    ['shares over 100', { applyShareReach: 71 }, ['applyShareReach', 'applyShareSafety']],
  ])('puts a group back to its defaults for %s', (_case, change, reset) => {
    const settings = { ...d, ...change };
    const problems = settleSettingsOrder(settings, d);
    expect(problems.map((p) => p.reset)).toEqual([reset]);
    expect(settings).toEqual(d);
  });

  it.each<[string, Partial<Settings>]>([
    ['50+ from at Mildly low', { strongFrom: 220 }],
    ['50+ from at Competitive', { strongFrom: 245 }],
    ['equal counts', { countStrong: 80, countMildlyLow: 80 }],
    ['Target just below Safety', { targetFrom: 39.5 }],
    ['shares of exactly 100', { applyShareReach: 70 }],
  ])('keeps %s', (_case, change) => {
    const settings = { ...d, ...change };
    expect(settleSettingsOrder(settings, d)).toEqual([]);
    expect(settings).toEqual({ ...d, ...change });
  });

  it('resets the tiers too when 50+ from cannot fit them even at its default', () => {
    const settings = { ...d, mildlyLowFrom: 228, strongFrom: 226 };
    const [problem] = settleSettingsOrder(settings, d);
    expect(problem?.found).toMatchObject({ strongFrom: 226, mildlyLowFrom: 228 });
    expect(problem?.reset).toEqual(['strongFrom', 'mildlyLowFrom', 'competitiveFrom']);
    expect(settings).toEqual(d);
  });
});
