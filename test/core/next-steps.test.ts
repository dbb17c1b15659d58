import { describe, expect, it } from 'vitest';
import { type NextStepFacts, nextSteps } from '../../src/core/next-steps.ts';

function facts(overrides: Partial<NextStepFacts> = {}): NextStepFacts {
  return {
    applyCount: 28,
    erasCostInAll: 462,
    pgyOnePrograms: 14,
    signals: { gold: ['Lakeview Regional Radiology'], silver: ['Prairie Ridge Medical Center'] },
    signalSource: 'suggested',
    targetInterviews: 12,
    chanceOfTarget: 0,
    chanceOfTargetText: 'less than 1%',
    wantedChance: 90,
    shortfall: null,
    dualApply: 'Not needed: apply to DR only.',
    checklist: [
      { item: 'At least 2 radiology letters', met: false, detail: 'You have 1 radiology letter.' },
      { item: 'US clinical experience, at least 4 weeks', met: true, detail: '' },
    ],
    ...overrides,
  };
}

describe('nextSteps', () => {
  it('says the season is done after a match, instead of applying and signalling', () => {
    const steps = nextSteps(facts({ matched: ['Lakeview Regional Radiology'] }));
    expect(steps[0]).toBe('You matched at Lakeview Regional Radiology: the season is done. Congratulations!');
    expect(steps[1]).toMatch(/Save outcomes with "The season is over" ticked/);
    expect(steps.join(' ')).not.toMatch(/Apply to the|signal|chance of at least/i);
    const twice = nextSteps(facts({ matched: ['Lakeview Regional Radiology', 'Hill Medical'] }));
    expect(twice[2]).toMatch(/^2 programs are marked Matched \(Lakeview Regional Radiology, Hill Medical\)/);
    expect(nextSteps(facts({ matched: [] }))[0]).toMatch(/^Apply to the 28 programs/);
  });

  it('starts with the programs to apply to, their ERAS fees and the PGY-1 year they need', () => {
    expect(nextSteps(facts())[0]).toBe(
      'Apply to the 28 programs marked Yes in the Apply column of your list, and to about 14 preliminary or transitional-year programs for the PGY-1 year that Advanced programs need. ERAS fees: about $462.',
    );
  });

  it('names the first suggested signals, the low chance of the target and the checklist items not met', () => {
    const steps = nextSteps(facts());
    expect(steps[1]).toContain('first: Lakeview Regional Radiology and Prairie Ridge Medical Center');
    expect(steps[2]).toContain('Your chance of at least 12 interviews is less than 1%');
    expect(steps.at(-1)).toBe('Before you apply: At least 2 radiology letters.');
    expect(steps.some((s) => s.startsWith('Not needed'))).toBe(false);
  });

  it('leaves out what is already fine and keeps dual-apply advice when it is given', () => {
    const steps = nextSteps(
      facts({
        chanceOfTarget: 95,
        checklist: [],
        signalSource: 'sent',
        dualApply: 'Dual-apply: DR plus a backup.',
        pgyOnePrograms: 0,
      }),
    );
    expect(steps).toEqual([
      'Apply to the 28 programs marked Yes in the Apply column of your list. ERAS fees: about $462.',
      'Your signals in the Signal sent column are counted in the plan.',
      'Dual-apply: DR plus a backup.',
    ]);
  });

  it('puts a shortfall before the interview outlook and never gives more than six steps', () => {
    const steps = nextSteps(facts({ shortfall: 'Only 28 eligible programs for the 60 recommended.' }));
    expect(steps[2]).toBe('Only 28 eligible programs for the 60 recommended.');
    expect(steps.length).toBeLessThanOrEqual(6);
  });
});
