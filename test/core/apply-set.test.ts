import { describe, expect, it } from 'vitest';
import { chooseApplySet } from '../../src/core/apply-set.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Category } from '../../src/core/types.ts';

const s = defaultSettings(2026);

function list(counts: Partial<Record<Category, number>>): { category: Category }[] {
  const order: Category[] = ['Safety', 'Target', 'Reach', 'Below minimum', 'Not eligible'];
  return order.flatMap((category) => Array.from({ length: counts[category] ?? 0 }, () => ({ category })));
}

function chosen(items: { category: Category }[], apply: boolean[]): Record<string, number> {
  const counts: Record<string, number> = {};
  items.forEach((item, i) => {
    if (apply[i]) counts[item.category] = (counts[item.category] ?? 0) + 1;
  });
  return counts;
}

describe('chooseApplySet', () => {
  it.each([
    [10, { Safety: 20, Target: 20, Reach: 20 }, 10],
    [50, { Safety: 5, Target: 5, Reach: 5, 'Below minimum': 40 }, 15],
    [0, { Safety: 5 }, 0],
    [3, { 'Below minimum': 4, 'Not eligible': 4 }, 0],
  ])('marks min(recommended %i, eligible) programs', (recommended, counts, expected) => {
    const items = list(counts);
    expect(chooseApplySet(items, recommended, s).filter(Boolean)).toHaveLength(expected);
  });

  it('keeps the mix of reaches, targets and safeties from Settings', () => {
    const items = list({ Safety: 40, Target: 40, Reach: 40 });
    const counts = chosen(items, chooseApplySet(items, 50, s));
    const reach = Math.round((50 * s.applyShareReach) / 100);
    const safety = Math.round((50 * s.applyShareSafety) / 100);
    expect(counts).toEqual({ Reach: reach, Safety: safety, Target: 50 - reach - safety });
  });

  it('fills a short category from the best remaining programs', () => {
    const items = list({ Safety: 40, Target: 2, Reach: 1 });
    const apply = chooseApplySet(items, 20, s);
    expect(chosen(items, apply)).toEqual({ Safety: 17, Target: 2, Reach: 1 });
    expect(apply.slice(0, 17).every(Boolean)).toBe(true);
  });

  it('never marks a Below minimum or Not eligible program', () => {
    const items = list({ Target: 2, 'Below minimum': 5, 'Not eligible': 5 });
    const apply = chooseApplySet(items, 10, s);
    items.forEach((item, i) => {
      if (apply[i]) expect(['Reach', 'Target', 'Safety']).toContain(item.category);
    });
  });
});
