import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankPrograms } from '../../src/core/rank.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Applicant, Category, Program, RankedProgram } from '../../src/core/types.ts';
import { makeApplicant, makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);
// Below minimum and Not eligible are equally out of reach: a higher score can turn a program that is both
// below its minimum and not eligible from `Below minimum` into `Not eligible` (SPEC precedence), never worse.
const RANK: Record<Category, number> = {
  'Not eligible': 0,
  'Below minimum': 0,
  Reach: 2,
  Target: 3,
  Safety: 4,
};
const ELIGIBLE: Category[] = ['Reach', 'Target', 'Safety'];

function rankOne(applicant: Partial<Applicant>, program: Partial<Program>): RankedProgram {
  return rankPrograms(makeApplicant(applicant), [makeProgram(program)], s, { recommended: 1 })[0]!;
}

/** What must not depend on preferences or signals: chance, category, Apply and order. */
function decisions(list: RankedProgram[]) {
  return list.map((r) => [r.program.key, r.chance, r.category, r.apply]);
}

describe('rankPrograms', () => {
  it('puts the Apply set first, then other eligible programs, each by Chance; then Below minimum, then Not eligible', () => {
    const programs = [
      makeProgram({ name: 'Not Eligible One', takesImgs: false }),
      makeProgram({ name: 'Below One', minStepTwo: 240 }),
      makeProgram({ name: 'Plain', typicalStepTwo: 230 }),
      makeProgram({ name: 'Community One', type: 'Community', typicalStepTwo: 230 }),
      makeProgram({ name: 'Strong', typicalStepTwo: 210 }),
    ];
    const ranked = rankPrograms(makeApplicant(), programs, s, { recommended: 2 });
    expect(ranked.map((r) => r.program.name)).toEqual([
      'Strong',
      'Community One',
      'Plain',
      'Below One',
      'Not Eligible One',
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(ranked.map((r) => r.apply)).toEqual([true, true, false, false, false]);
  });

  it('breaks ties by program name, then key', () => {
    const programs = [
      makeProgram({ name: 'Beta', id: '2' }),
      makeProgram({ name: 'alpha', id: '3' }),
      makeProgram({ name: 'Beta', id: '1' }),
    ];
    const ranked = rankPrograms(makeApplicant(), programs, s, { recommended: 0 });
    expect(ranked.map((r) => r.program.key)).toEqual(['3', '1', '2']);
  });

  it('shows the Chance chain, the signal and the Fit in Why', () => {
    const result = rankOne(
      { stepTwoScore: 221, graduationYear: 2025, rotations: ['Lakeview'], preferredRegions: ['Midwest'] },
      { name: 'Lakeview Radiology', typicalStepTwo: 227, imgShare: 0.35, type: 'University' },
    );
    expect(result.chance).toBe(18);
    expect(result.why).toBe(
      'Chance 18%: US IMG base 5% → score 6 below typical 3% → IMG share 35% 5% → rotated here 18%. With the suggested gold signal 76%. Fit 55: preferred region (Midwest) +25; rotated here +30.',
    );
    expect(result.signalledChance).toBe(76);
  });

  it('gives Below minimum and Not eligible rows no Chance and no Fit', () => {
    const below = rankOne({ stepTwoScore: 220, preferredRegions: ['Midwest'] }, { minStepTwo: 230 });
    expect([below.category, below.chance, below.fit]).toEqual(['Below minimum', null, null]);
    expect(below.why).toContain('No Chance or Fit');
  });

  it('names every failed requirement, the ones that cannot change first and the score last', () => {
    const result = rankOne(
      { stepTwoScore: 215, needsVisa: true, stepOneAttempts: 2 },
      { minStepTwo: 220, takesImgs: false, sponsorsVisa: 'None', maxFailedAttempts: 0 },
    );
    expect(result.category).toBe('Below minimum');
    expect(result.issues).toMatch(
      /^takes no IMGs; sponsors no visas; allows at most 0 failed attempts; below the hard minimum Step 2 CK 220(;|$)/,
    );
  });

  it('caps a program at Reach when the preferred minimum is missed', () => {
    const result = rankOne(
      { stepTwoScore: 225, rotations: ['Fictional'] },
      { minStepTwo: 230, minIsHard: false, typicalStepTwo: 200, type: 'Community' },
    );
    expect(result.chance).toBeGreaterThanOrEqual(s.targetFrom);
    expect(result.category).toBe('Reach');
    expect(result.signal).toBe('');
  });

  it('sets the margin to the score minus the minimum, or null when either is unknown', () => {
    expect(rankOne({ stepTwoScore: 236 }, { minStepTwo: 230 }).margin).toBe(6);
    expect(rankOne({ stepTwoScore: null }, { minStepTwo: 230 }).margin).toBeNull();
    expect(rankOne({ stepTwoScore: 236 }, { minStepTwo: null }).margin).toBeNull();
  });

  it('lists nothing as Below minimum without a Step 2 CK and says so', () => {
    const result = rankOne({ stepTwoScore: null }, { minStepTwo: 260 });
    expect(ELIGIBLE).toContain(result.category);
    expect(result.issues).toContain('your Step 2 CK is unknown');
  });

  it.each<[string, Partial<Applicant>, Partial<Program>, Category, string]>([
    ['a known score well above typical', { stepTwoScore: 260 }, { typicalStepTwo: 210 }, 'Safety', ''],
    [
      'an unknown score',
      { stepTwoScore: null, rotations: ['Fictional'], ties: ['OH'] },
      { typicalStepTwo: 210, type: 'Community' },
      'Target',
      'your Step 2 CK is unknown, so this cannot count as a Safety',
    ],
    [
      'unknown failed attempts',
      { stepTwoScore: 260, stepTwoAttempts: null },
      { typicalStepTwo: 210 },
      'Target',
      'your failed attempts are unknown, so this cannot count as a Safety',
    ],
    [
      'typical and minimum both unknown',
      { rotations: ['Fictional'], ties: ['OH'] },
      { type: 'Community', imgShare: 0.5, takesImgs: true },
      'Target',
      'typical and minimum scores unknown, so this cannot count as a Safety',
    ],
  ])('makes a program with a Safety-band chance and %s a %s', (_case, applicant, program, category, note) => {
    const result = rankOne(applicant, program);
    expect(result.chance).toBeGreaterThanOrEqual(s.safetyFrom);
    expect(result.category).toBe(category);
    if (note !== '') expect(result.issues).toContain(note);
  });

  it('counts the signals the applicant sent instead of suggesting those', () => {
    const programs = Array.from({ length: 15 }, (_, i) =>
      makeProgram({ name: `P${String(i).padStart(2, '0')}`, id: `P${i}`, typicalStepTwo: 230 }),
    );
    const sentSignals = new Map([['P3', 'Gold' as const]]);
    const ranked = rankPrograms(makeApplicant(), programs, s, { recommended: 15, sentSignals });
    const p3 = ranked.find((r) => r.program.key === 'P3')!;
    expect([p3.signalSent, p3.signal]).toEqual(['Gold', '']);
    expect(p3.why).toContain('With your gold signal');
    expect(ranked.filter((r) => r.signal === 'Gold')).toHaveLength(5);
    expect(ranked.filter((r) => r.signal === 'Silver')).toHaveLength(6);
  });

  it('raises no per-row unknown issue for a column absent from the sheet, but Why still names the unknown', () => {
    const absentColumns = new Set<keyof Program>(['minStepTwo', 'yogCutoff']);
    const ranked = rankPrograms(makeApplicant(), [makeProgram({ typicalStepTwo: 230 })], s, {
      recommended: 1,
      absentColumns,
    });
    expect(ranked[0]!.issues).not.toMatch(/minimum score unknown|YOG cutoff unknown/);
    const typicalAbsent = rankPrograms(makeApplicant(), [makeProgram()], s, {
      recommended: 1,
      absentColumns: new Set(['typicalStepTwo', 'minStepTwo']),
    });
    expect(typicalAbsent[0]!.why).toContain('unknown: typical and minimum scores');
  });

  it.each([
    ['the program name', 'Lakeview Regional Medical Center', true],
    ['a different case and punctuation', 'lakeview regional medical-center.', true],
    ['a distinctive part of the name', 'Lakeview', true],
    ['the name with extra words', 'Lakeview Regional Medical Center (radiology elective)', true],
    ['the ID with punctuation', '420-05-11', true],
    ['only generic words', 'Medical Center', false],
    ['part of a word', 'Lake', false],
    ['another program', 'Hillcrest', false],
  ])('counts a rotation entered as %s', (_name, entry, matches) => {
    const program = { name: 'Lakeview Regional Medical Center', id: '4200511' };
    const result = rankOne({ rotations: [entry] }, program);
    expect(result.fitFactors.some((f) => f.label === 'rotated here')).toBe(matches);
    expect(result.chanceSteps.some((step) => step.label === 'rotated here')).toBe(matches);
  });

  it.each([
    ['the state code', 'oh', true],
    ['the state name', 'Ohio', true],
    ['the city', 'columbus', true],
    ['the program name', 'Fictional University Hospital', true],
    ['another state', 'Texas', false],
    ['another city', 'Dayton', false],
  ])('counts a tie entered as %s', (_name, entry, matches) => {
    const result = rankOne({ ties: [entry] }, { state: 'OH', city: 'Columbus' });
    expect(result.fitFactors.some((f) => f.label.startsWith('tie ('))).toBe(matches);
  });

  it('adds the preferred place for a preferred state or region', () => {
    expect(rankOne({ preferredStates: ['OH'] }, {}).why).toContain('preferred state (OH) +25');
    expect(rankOne({ preferredRegions: ['Midwest'] }, {}).why).toContain('preferred region (Midwest) +25');
    expect(rankOne({ preferredRegions: ['South'] }, {}).why).not.toContain('preferred region');
  });

  const programArb = fc.record({
    name: fc.constantFrom('Alpha', 'Beta', 'Gamma Medical Center', 'Delta', 'Lakeview'),
    state: fc.constantFrom('OH', 'NY', 'TX', ''),
    minStepTwo: fc.option(fc.integer({ min: 190, max: 250 }), { nil: null }),
    minIsHard: fc.boolean(),
    typicalStepTwo: fc.option(fc.integer({ min: 200, max: 260 }), { nil: null }),
    imgShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    takesImgs: fc.option(fc.boolean(), { nil: null }),
    yogCutoff: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    maxFailedAttempts: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    sponsorsVisa: fc.constantFrom('None' as const, 'J-1' as const, null),
    usceRequired: fc.option(fc.boolean(), { nil: null }),
    type: fc.constantFrom('University' as const, 'Community' as const, 'Hybrid' as const, null),
  });
  const programsArb = fc
    .array(programArb, { maxLength: 25 })
    .map((list) => list.map((p, i) => makeProgram({ ...p, id: `P${i}` })));
  const applicantArb = fc.record({
    stepTwoScore: fc.option(fc.integer({ min: 180, max: 270 }), { nil: null }),
    applicantType: fc.constantFrom('US MD' as const, 'US IMG' as const, 'Non-US IMG' as const),
    stepOne: fc.constantFrom('Pass' as const, 'Fail' as const),
    graduationYear: fc.option(fc.integer({ min: 2010, max: 2026 }), { nil: null }),
    needsVisa: fc.boolean(),
    usceWeeks: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    rotations: fc.subarray(['Lakeview', 'Beta']),
    ties: fc.subarray(['Ohio', 'Delta']),
  });
  const recommendedArb = fc.integer({ min: 0, max: 30 });

  it('lists every program exactly once, ranked 1..n, with min(recommended, eligible) marked Apply, in SPEC order', () => {
    fc.assert(
      fc.property(applicantArb, programsArb, recommendedArb, (a, programs, recommended) => {
        const ranked = rankPrograms(makeApplicant(a), programs, s, { recommended });
        expect(ranked.map((r) => r.program).sort((x, y) => (x.key < y.key ? -1 : 1))).toEqual(
          [...programs].sort((x, y) => (x.key < y.key ? -1 : 1)),
        );
        expect(ranked.map((r) => r.rank)).toEqual(programs.map((_, i) => i + 1));
        const eligible = ranked.filter((r) => ELIGIBLE.includes(r.category)).length;
        expect(ranked.filter((r) => r.apply)).toHaveLength(Math.min(recommended, eligible));
        for (const r of ranked) {
          if (!ELIGIBLE.includes(r.category)) {
            expect([r.apply, r.signal, r.chance, r.fit]).toEqual([false, '', null, null]);
          }
          if (r.signal !== '') expect(r.apply).toBe(true);
          if (r.signalledChance !== null) expect(r.signalledChance).toBeGreaterThanOrEqual(r.chance!);
        }
        const groups = ranked.map((r) =>
          r.apply ? 0 : ELIGIBLE.includes(r.category) ? 1 : r.category === 'Below minimum' ? 2 : 3,
        );
        expect([...groups].sort()).toEqual(groups);
        for (let i = 1; i < ranked.length; i++) {
          if (groups[i] === groups[i - 1] && groups[i]! <= 1) {
            expect(ranked[i - 1]!.chance!).toBeGreaterThanOrEqual(ranked[i]!.chance!);
          }
        }
      }),
    );
  });

  it('gives the same list for the same input, whatever the program order', () => {
    fc.assert(
      fc.property(applicantArb, programsArb, recommendedArb, (a, programs, recommended) => {
        const first = rankPrograms(makeApplicant(a), programs, s, { recommended });
        const again = rankPrograms(makeApplicant(a), [...programs].reverse(), s, { recommended });
        expect(again).toEqual(first);
      }),
    );
  });

  it('never changes Chance, category, Apply or order for preferences or signals', () => {
    fc.assert(
      fc.property(
        applicantArb,
        programsArb,
        recommendedArb,
        fc.subarray(['Northeast', 'Midwest', 'South', 'West'] as const),
        fc.subarray(['University', 'Community', 'Hybrid'] as const),
        fc.integer({ min: 0, max: 12 }),
        (a, programs, recommended, regions, types, golds) => {
          const plain = rankPrograms(makeApplicant(a), programs, s, { recommended });
          const preferring = rankPrograms(
            makeApplicant({
              ...a,
              preferredRegions: regions,
              preferredTypes: types,
              preferredStates: ['TX'],
            }),
            programs,
            s,
            { recommended },
          );
          const sentSignals = new Map(programs.slice(0, 3).map((p) => [p.key, 'Silver' as const]));
          const signalled = rankPrograms(
            makeApplicant(a),
            programs,
            { ...s, goldSignals: golds },
            {
              recommended,
              sentSignals,
            },
          );
          const byChance = (list: RankedProgram[]) =>
            decisions(list).map(([key, chance, cat]) => [key, chance, cat]);
          expect(byChance(preferring).sort()).toEqual(byChance(plain).sort());
          expect(decisions(signalled)).toEqual(decisions(plain));
        },
      ),
    );
  });

  it('never lowers Chance or worsens the category for a higher Step 2 CK', () => {
    fc.assert(
      fc.property(applicantArb, programsArb, fc.integer({ min: 1, max: 30 }), (a, programs, step) => {
        const score = a.stepTwoScore ?? 200;
        const low = rankPrograms(makeApplicant({ ...a, stepTwoScore: score }), programs, s, {
          recommended: 0,
        });
        const high = rankPrograms(makeApplicant({ ...a, stepTwoScore: score + step }), programs, s, {
          recommended: 0,
        });
        const byKey = new Map(high.map((r) => [r.program.key, r]));
        for (const before of low) {
          const after = byKey.get(before.program.key)!;
          if (before.chance !== null && after.chance !== null) {
            expect(after.chance).toBeGreaterThanOrEqual(before.chance);
          }
          expect(RANK[after.category]).toBeGreaterThanOrEqual(RANK[before.category]);
        }
      }),
    );
  });

  it('never lowers Chance or Fit for an added rotation or tie', () => {
    fc.assert(
      fc.property(
        applicantArb,
        programsArb,
        fc.constantFrom('Lakeview', 'Ohio', 'Delta', 'P3'),
        (a, programs, extra) => {
          const before = rankPrograms(makeApplicant(a), programs, s, { recommended: 0 });
          const withRotation = rankPrograms(
            makeApplicant({ ...a, rotations: [...a.rotations, extra] }),
            programs,
            s,
            { recommended: 0 },
          );
          const withTie = rankPrograms(makeApplicant({ ...a, ties: [...a.ties, extra] }), programs, s, {
            recommended: 0,
          });
          const of = (list: typeof before) => new Map(list.map((r) => [r.program.key, r]));
          const [r, t] = [of(withRotation), of(withTie)];
          for (const row of before) {
            for (const other of [r.get(row.program.key)!, t.get(row.program.key)!]) {
              expect(other.chance ?? 0).toBeGreaterThanOrEqual(row.chance ?? 0);
              expect(other.fit ?? 0).toBeGreaterThanOrEqual(row.fit ?? 0);
            }
          }
        },
      ),
    );
  });

  it('lists no Safety at all for an applicant whose Step 2 CK is unknown', () => {
    fc.assert(
      fc.property(applicantArb, programsArb, (a, programs) => {
        const ranked = rankPrograms(makeApplicant({ ...a, stepTwoScore: null }), programs, s, {
          recommended: 20,
        });
        expect(ranked.filter((r) => r.category === 'Safety')).toEqual([]);
      }),
    );
  });
});
