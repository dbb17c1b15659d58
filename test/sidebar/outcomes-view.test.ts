import { describe, expect, it } from 'vitest';
import type { SaveOutcomesResult, StateResult } from '../../src/addon/api.ts';
import { buildOutcomesView, cycleOf } from '../../src/sidebar/outcomes-view.ts';

function result(overrides: Partial<SaveOutcomesResult> = {}): SaveOutcomesResult {
  return {
    rows: 12,
    cycle: 2026,
    final: false,
    waiting: 0,
    replaced: 0,
    emptied: 0,
    issues: [],
    issueCount: 0,
    ...overrides,
  };
}

describe('buildOutcomesView', () => {
  it('says how many applications of which cycle were saved', () => {
    expect(buildOutcomesView(result()).sentence).toBe('Saved 12 applications of 2026 to the Outcomes sheet.');
    expect(buildOutcomesView(result({ rows: 1, replaced: 1 })).sentence).toBe(
      "Saved 1 application of 2026 to the Outcomes sheet (RadList's earlier rows of 2026 replaced).",
    );
  });

  it('says what was left out as still waiting, and how to save it when the season is over', () => {
    expect(buildOutcomesView(result()).waiting).toBeNull();
    expect(buildOutcomesView(result({ waiting: 3 })).waiting).toBe(
      '3 applications still "Applied" were left out: when the season is over, tick "The season is over" and save again to count them as not invited.',
    );
  });
});

describe('cycleOf', () => {
  it('starts the form at the Cycle year in force', () => {
    const state = {
      settings: [{ label: 'Cycle year', value: 2026, isDefault: true }],
    } as unknown as StateResult;
    expect(cycleOf(state)).toBe(2026);
    expect(cycleOf({ settings: [] } as unknown as StateResult)).toBeNull();
  });
});
