import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings.ts';
import { assignSignals, type SignalCandidate } from '../../src/core/signals.ts';
import type { Category, Signal } from '../../src/core/types.ts';

const s = { ...defaultSettings(2026), goldSignals: 2, silverSignals: 2 };

function candidate(category: Category, fit: number, extra: Partial<SignalCandidate> = {}): SignalCandidate {
  return {
    category,
    fit,
    apply: true,
    connected: false,
    imgShare: null,
    takesImgs: null,
    belowPreferredMinimum: false,
    ...extra,
  };
}

describe('assignSignals', () => {
  it('gives gold first to programs with a rotation or tie', () => {
    const items = [
      candidate('Target', 60, { takesImgs: true }),
      candidate('Safety', 80, { connected: true }),
      candidate('Target', 55, { takesImgs: true }),
    ];
    expect(assignSignals(items, true, s)).toEqual(['Gold', 'Gold', 'Silver']);
  });

  it('prefers IMG-friendly programs for an IMG, at an IMG share of 20% or takes IMGs', () => {
    const items = [
      candidate('Target', 60, { imgShare: 0.19 }),
      candidate('Target', 50, { imgShare: 0.2 }),
      candidate('Target', 45, { takesImgs: true }),
    ];
    expect(assignSignals(items, true, { ...s, goldSignals: 2, silverSignals: 0 })).toEqual([
      '',
      'Gold',
      'Gold',
    ]);
  });

  it('skips the IMG-friendly criterion for a non-IMG', () => {
    const items = [candidate('Target', 60, { imgShare: 0 }), candidate('Target', 50, { imgShare: 0.5 })];
    expect(assignSignals(items, false, { ...s, goldSignals: 1, silverSignals: 0 })).toEqual(['Gold', '']);
  });

  it('prefers Target, then Reach, over Safety', () => {
    const items = [candidate('Safety', 90), candidate('Target', 50), candidate('Reach', 30)];
    expect(assignSignals(items, false, { ...s, goldSignals: 1, silverSignals: 1 })).toEqual([
      '',
      'Gold',
      'Silver',
    ]);
  });

  it('signals only Apply programs, never Below minimum or Not eligible', () => {
    const items = [
      candidate('Below minimum', 90, { connected: true }),
      candidate('Not eligible', 90, { connected: true }),
      candidate('Target', 60, { apply: false, connected: true }),
      candidate('Reach', 30),
    ];
    expect(assignSignals(items, false, s)).toEqual(['', '', '', 'Gold']);
  });

  it.each<[string, Category, boolean, Signal]>([
    ['a Reach above its Preferred minimum', 'Reach', false, 'Gold'],
    ['a Reach below its Preferred minimum', 'Reach', true, ''],
    ['a connected Target below its Preferred minimum', 'Target', true, ''],
  ])('signals %s as %j', (_case, category, below, expected) => {
    const items = [candidate(category, 60, { connected: true, belowPreferredMinimum: below })];
    expect(assignSignals(items, true, { ...s, goldSignals: 1, silverSignals: 1 })).toEqual([expected]);
  });

  it('gives the next program the place a below-preferred-minimum program would have had', () => {
    const items = [
      candidate('Reach', 90, { connected: true, belowPreferredMinimum: true }),
      candidate('Target', 50),
      candidate('Reach', 40),
    ];
    expect(assignSignals(items, false, { ...s, goldSignals: 1, silverSignals: 1 })).toEqual([
      '',
      'Gold',
      'Silver',
    ]);
  });

  it('places at most the gold and silver counts from Settings', () => {
    const items = Array.from({ length: 10 }, (_, i) => candidate('Target', 60 - i));
    const signals = assignSignals(items, false, s);
    expect(signals.filter((x) => x === 'Gold')).toHaveLength(s.goldSignals);
    expect(signals.filter((x) => x === 'Silver')).toHaveLength(s.silverSignals);
    expect(signals.slice(0, 4)).toEqual(['Gold', 'Gold', 'Silver', 'Silver']);
  });
});
