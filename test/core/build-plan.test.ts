import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/build-plan.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Applicant, Category, RankedProgram, Signal } from '../../src/core/types.ts';
import { makeApplicant, makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);

/** A ranked row with only what buildPlan reads. */
function row(name: string, category: Category, apply = false, signal: Signal = ''): RankedProgram {
  return {
    program: makeProgram({ name }),
    rank: 0,
    category,
    chance: category === 'Below minimum' || category === 'Not eligible' ? null : 20,
    chanceSteps: [],
    chanceUnknown: [],
    fit: 50,
    fitFactors: [],
    margin: null,
    signal,
    signalSent: '',
    signalledChance: signal === '' ? null : 70,
    apply,
    why: '',
    issues: '',
  };
}

/** `n` eligible rows, all marked Apply. */
function eligibleRows(n: number): RankedProgram[] {
  return Array.from({ length: n }, (_, i) => row(`Program ${i + 1}`, 'Target', true));
}

describe('buildPlan', () => {
  it('counts categories, the Apply set and its ERAS cost', () => {
    const ranked = [
      row('A', 'Reach', true),
      row('B', 'Target', true),
      row('C', 'Safety', false),
      row('D', 'Below minimum'),
      row('E', 'Not eligible'),
      row('F', 'Not eligible'),
    ];
    const plan = buildPlan(makeApplicant({ stepTwoScore: 222 }), ranked, s);
    expect(plan.counts).toEqual({ Reach: 1, Target: 1, Safety: 1, 'Below minimum': 1, 'Not eligible': 2 });
    expect(plan.applyCount).toBe(2);
    expect(plan.erasCost).toBe(22);
    expect(plan.tier).toBe('Mildly low');
    expect(plan.recommended).toBe(60);
    expect(plan.range).toBe('60–80');
  });

  it.each([
    [30, 330],
    [31, 360],
    [50, 930],
  ])('prices an Apply set of %i programs at %i dollars', (n, dollars) => {
    expect(buildPlan(makeApplicant({ stepTwoScore: 240 }), eligibleRows(n), s).erasCost).toBe(dollars);
  });

  it('lists signal suggestions by program name in list order', () => {
    const ranked = [
      row('A', 'Target', true, 'Gold'),
      row('B', 'Target', true, 'Silver'),
      row('C', 'Safety', true, 'Gold'),
    ];
    expect(buildPlan(makeApplicant(), ranked, s).signals).toEqual({ gold: ['A', 'C'], silver: ['B'] });
  });

  it('says what to widen when fewer eligible programs exist than recommended', () => {
    const applicant = makeApplicant({
      stepTwoScore: 215,
      preferredRegions: ['Northeast'],
      preferredTypes: ['University'],
    });
    const plan = buildPlan(applicant, [...eligibleRows(40), row('X', 'Below minimum')], s);
    expect(plan.shortfall).toMatch(
      /^Only 40 eligible programs for the 80 recommended \(1 more is below minimum/,
    );
    expect(plan.shortfall).toMatch(/dual-apply/);
  });

  it('never suggests dual-applying in the shortfall when the advice says it is not needed', () => {
    const plan = buildPlan(makeApplicant({ stepTwoScore: 240 }), eligibleRows(10), s);
    expect(plan.dualApply).toMatch(/^Not needed/);
    expect(plan.shortfall).not.toMatch(/dual-apply/);
  });

  it.each<[string, Partial<Applicant>, string[]]>([
    [
      'preferred regions and states',
      { preferredRegions: ['Northeast'], preferredStates: ['OH'] },
      [
        'add more programs to your Programs sheet, especially outside your preferred regions (Northeast, OH)',
        'only add Fit; they never leave a program out',
      ],
    ],
    [
      'no preferences',
      {},
      [
        'add more programs to your Programs sheet, from every region',
        'add more community and hybrid programs',
      ],
    ],
    [
      'one preferred type',
      { preferredTypes: ['University'] },
      ['add more Community and Hybrid programs too, not only your preferred type (University)'],
    ],
    [
      'two preferred types',
      { preferredTypes: ['University', 'Hybrid'] },
      ['add more Community programs too, not only your preferred types (University, Hybrid)'],
    ],
  ])('words the shortfall for %s as adding programs, never as a filter', (_case, prefs, parts) => {
    const plan = buildPlan(makeApplicant({ stepTwoScore: 240, ...prefs }), eligibleRows(10), s);
    for (const part of parts) expect(plan.shortfall).toContain(part);
    expect(plan.shortfall).not.toMatch(/add programs outside|^include /);
  });

  it.each([
    [49, true],
    [50, false],
  ])('sets a shortfall for %i eligible programs against 50 recommended: %s', (n, expected) => {
    const plan = buildPlan(makeApplicant({ stepTwoScore: 240 }), eligibleRows(n), s);
    expect(plan.shortfall !== null).toBe(expected);
  });

  it('gives an unknown Step 2 CK a null tier and the most careful count', () => {
    const plan = buildPlan(makeApplicant({ stepTwoScore: null }), [], s);
    expect(plan.tier).toBeNull();
    expect(plan.recommended).toBe(80);
  });

  it.each([
    [0, 'Average', 50, 0],
    [1, 'Average', 50, 1],
    [2, 'Significantly low', 80, 1],
  ])(
    'with %i failed attempts at 235 gives %s, %i applications and %i red flags',
    (failures, tier, count, flags) => {
      const plan = buildPlan(makeApplicant({ stepTwoScore: 235, stepTwoAttempts: 1 + failures }), [], s);
      expect(plan.failedAttempts).toBe(failures);
      expect(plan.tier).toBe(tier);
      expect(plan.recommended).toBe(count);
      expect(plan.redFlags).toHaveLength(flags);
    },
  );

  it('treats unreadable attempts as unknown: no tier, the careful count, a red flag, never "0 failed attempts"', () => {
    const plan = buildPlan(makeApplicant({ stepTwoScore: 250, stepOneAttempts: null }), [], s);
    expect(plan.failedAttempts).toBe(0);
    expect(plan.failedAttemptsUnknown).toBe(true);
    expect(plan.tier).toBeNull();
    expect(plan.recommended).toBe(80);
    expect(plan.redFlags.join(' ')).toContain('Step 1 attempts unknown: fill them in');
    expect(plan.dualApply).toMatch(/^Failed USMLE attempts unknown/);
  });

  it('follows a threshold moved in Settings', () => {
    const applicant = makeApplicant({ stepTwoScore: 226 });
    expect(buildPlan(applicant, [], s).recommended).toBe(50);
    expect(buildPlan(applicant, [], { ...s, strongFrom: 230 }).recommended).toBe(60);
  });
});
