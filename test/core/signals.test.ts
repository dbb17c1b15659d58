import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings.ts';
import { type SignalCandidate, suggestSignals } from '../../src/core/signals.ts';

const s = defaultSettings(2026);

function candidate(overrides: Partial<SignalCandidate> = {}): SignalCandidate {
  return {
    chance: 10,
    fit: 0,
    apply: true,
    belowPreferredMinimum: false,
    sent: '',
    sortKey: 'a',
    ...overrides,
  };
}

describe('suggestSignals', () => {
  it('places at most the gold and silver counts from Settings', () => {
    const rows = Array.from({ length: 20 }, (_, i) =>
      candidate({ sortKey: `p${String(i).padStart(2, '0')}` }),
    );
    const out = suggestSignals(rows, { ...s, goldSignals: 2, silverSignals: 3 });
    expect(out.filter((x) => x === 'Gold')).toHaveLength(2);
    expect(out.filter((x) => x === 'Silver')).toHaveLength(3);
  });

  it('never suggests two signals to one program key, even if the program is listed twice', () => {
    const rows = [
      candidate({ chance: 20, sortKey: 'a', key: 'FX-1' }),
      candidate({ chance: 20, sortKey: 'b', key: 'FX-1' }),
      candidate({ chance: 5, sortKey: 'c', key: 'FX-2' }),
    ];
    expect(suggestSignals(rows, { ...s, goldSignals: 2, silverSignals: 1 })).toEqual(['Gold', '', 'Gold']);
  });

  it('goes where a signal adds the most chance: a 20% program gains more than a 1% or a 90% one', () => {
    // Gold from 1%: 13%; from 20%: 78%; from 90%: 99%. Gains 12, 58, 9.
    const rows = [
      candidate({ chance: 1, sortKey: 'a' }),
      candidate({ chance: 20, sortKey: 'b' }),
      candidate({ chance: 90, sortKey: 'c' }),
    ];
    expect(suggestSignals(rows, { ...s, goldSignals: 1, silverSignals: 0 })).toEqual(['', 'Gold', '']);
  });

  it('weighs the gain by Fit: gain × (1 + Fit/100)', () => {
    // 10% → gold 62% (gain 52) at Fit 100 weighs 104; 20% → 78% (gain 58) at Fit 0 weighs 58.
    const rows = [
      candidate({ chance: 20, fit: 0, sortKey: 'a' }),
      candidate({ chance: 10, fit: 100, sortKey: 'b' }),
    ];
    expect(suggestSignals(rows, { ...s, goldSignals: 1, silverSignals: 0 })).toEqual(['', 'Gold']);
  });

  it('signals only Apply programs, never Below minimum, Not eligible or below a Preferred minimum', () => {
    const rows = [
      candidate({ apply: false, sortKey: 'a' }),
      candidate({ chance: null, apply: false, sortKey: 'b' }),
      candidate({ belowPreferredMinimum: true, sortKey: 'c' }),
      candidate({ sortKey: 'd' }),
    ];
    expect(suggestSignals(rows, s)).toEqual(['', '', '', 'Gold']);
  });

  it('counts the signals already sent and suggests only the ones left', () => {
    const rows = [
      candidate({ sent: 'Gold', sortKey: 'a' }),
      candidate({ sent: 'Gold', sortKey: 'b' }),
      candidate({ sortKey: 'c' }),
      candidate({ sortKey: 'd' }),
    ];
    const out = suggestSignals(rows, { ...s, goldSignals: 3, silverSignals: 1 });
    expect(out).toEqual(['', '', 'Gold', 'Silver']);
  });

  it('counts signals spent on programs no longer listed, and suggests none once all are spent', () => {
    const rows = Array.from({ length: 6 }, (_, i) => candidate({ sortKey: `p${i}` }));
    const settings = { ...s, goldSignals: 3, silverSignals: 2 };
    const out = suggestSignals(rows, settings, { gold: 2, silver: 0 });
    expect(out.filter((x) => x === 'Gold')).toHaveLength(1);
    expect(out.filter((x) => x === 'Silver')).toHaveLength(2);
    expect(suggestSignals(rows, settings, { gold: 5, silver: 2 })).toEqual(rows.map(() => ''));
  });
});
