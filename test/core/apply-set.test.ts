import { describe, expect, it } from 'vitest';
import { type ApplyCandidate, applyPlaces, chooseApplySet } from '../../src/core/apply-set.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Category } from '../../src/core/types.ts';

const s = defaultSettings(2026);

function rows(category: Category, count: number, chance: number, prefix: string): ApplyCandidate[] {
  return Array.from({ length: count }, (_, i) => ({
    category,
    chance: category === 'Below minimum' || category === 'Not eligible' ? null : chance,
    fit: (i * 7) % 50,
    sortKey: `${prefix}${String(i).padStart(3, '0')}`,
  }));
}

describe('applyPlaces', () => {
  it('splits the set by the Settings shares', () => {
    expect(applyPlaces(60, s)).toEqual({ Reach: 12, Target: 30, Safety: 18 });
  });
});

describe('chooseApplySet', () => {
  const all = [
    ...rows('Reach', 40, 5, 'r'),
    ...rows('Target', 40, 20, 't'),
    ...rows('Safety', 40, 50, 's'),
    ...rows('Below minimum', 5, 0, 'b'),
    ...rows('Not eligible', 5, 0, 'n'),
  ];

  it.each([0, 3, 10, 50, 200])(
    'marks min(recommended %i, eligible) programs, never an ineligible one',
    (n) => {
      const { apply } = chooseApplySet(all, n, s);
      expect(apply.filter(Boolean)).toHaveLength(Math.min(n, 120));
      all.forEach((c, i) => {
        if (c.chance === null) expect(apply[i]).toBe(false);
      });
    },
  );

  it('keeps the mix of reaches, targets and safeties from Settings', () => {
    const { apply, short } = chooseApplySet(all, 50, s);
    const count = (category: Category) => all.filter((c, i) => apply[i] && c.category === category).length;
    expect([count('Reach'), count('Target'), count('Safety')]).toEqual([10, 25, 15]);
    expect(short).toEqual([]);
  });

  it('chooses within a category by Fit, then Chance', () => {
    const set = [
      { category: 'Target' as const, chance: 30, fit: 0, sortKey: 'a' },
      { category: 'Target' as const, chance: 11, fit: 45, sortKey: 'b' },
      { category: 'Target' as const, chance: 20, fit: 45, sortKey: 'c' },
    ];
    expect(chooseApplySet(set, 2, { ...s, applyShareReach: 0, applyShareSafety: 0 }).apply).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('gives the places a category cannot fill to the highest-Chance programs left, and says how many', () => {
    const mostlyReach = [...rows('Reach', 30, 5, 'r'), ...rows('Target', 2, 15, 't')];
    mostlyReach[29]!.chance = 9;
    const { apply, short, refilled } = chooseApplySet(mostlyReach, 20, s);
    expect(apply.filter(Boolean)).toHaveLength(20);
    expect(short.map((x) => x.category)).toEqual(['Target', 'Safety']);
    expect(refilled).toBe(14);
    expect(apply[29]).toBe(true);
  });
});
