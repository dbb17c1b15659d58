import { describe, expect, it } from 'vitest';
import {
  absentColumnNotes,
  applyFillText,
  geographicAdvice,
  interviewOutlook,
  suggestDivisions,
} from '../../src/core/outlook.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Category, Division, RankedProgram, Signal } from '../../src/core/types.ts';
import { makeApplicant, makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);

function row(
  chance: number | null,
  options: {
    apply?: boolean;
    signal?: Signal;
    signalled?: number;
    category?: Category;
    division?: Division;
  } = {},
): RankedProgram {
  return {
    program: makeProgram({ name: `P${Math.random()}`, division: options.division ?? 'Pacific' }),
    rank: 0,
    category: options.category ?? (chance === null ? 'Not eligible' : 'Reach'),
    chance,
    chanceSteps: [],
    chanceUnknown: [],
    fit: chance === null ? null : 0,
    fitFactors: [],
    margin: null,
    signal: options.signal ?? '',
    signalSent: '',
    signalledChance: options.signalled ?? null,
    apply: options.apply ?? false,
    why: '',
    issues: '',
  };
}

describe('interviewOutlook', () => {
  it('adds the Apply set chances, each signalled row at its signalled chance', () => {
    const ranked = [
      row(20, { apply: true, signal: 'Gold', signalled: 78 }),
      row(10, { apply: true }),
      row(30),
      row(null),
    ];
    const outlook = interviewOutlook(ranked, { ...s, targetInterviews: 1 }, []);
    expect(outlook.programs).toBe(2);
    expect(outlook.expected).toBeCloseTo(0.88, 10);
    expect(outlook.expectedWithoutSignals).toBeCloseTo(0.3, 10);
    // P(at least 1) = 1 − 0.22 × 0.9 = 0.802 → 80%.
    expect(outlook.chanceOfTarget).toBe(80);
    // Adding the 30% program: 1 − 0.22 × 0.9 × 0.7 = 0.8614 < 90%: none would.
    expect(outlook.programsNeeded).toBeNull();
    expect(outlook.chanceWithAll).toBe(86);
    expect(outlook.advice).toContain('No number of the programs');
  });

  it('says how many programs reach the wanted chance, adding the highest chances first', () => {
    const ranked = [row(50, { apply: true }), row(50), row(50), row(5)];
    const outlook = interviewOutlook(ranked, { ...s, targetInterviews: 1, wantedChanceOfTarget: 85 }, []);
    expect(outlook.programsNeeded).toBe(3);
    expect(outlook.advice).toContain('Applying to 3 programs (yours plus the next 2');
  });

  it('passes on what to do when no number of programs gets there', () => {
    const outlook = interviewOutlook([row(5, { apply: true })], s, [
      'dual-apply with a backup specialty as advised',
    ]);
    expect(outlook.advice).toContain('dual-apply with a backup specialty as advised');
  });
});

describe('applyFillText', () => {
  it('says where the places of a short category went', () => {
    const ranked = Array.from({ length: 10 }, () => row(5, { apply: true }));
    expect(applyFillText(ranked, s)).toBe(
      'Too few programs for the advised mix (Target: 0 for 5 places; Safety: 0 for 3 places). The 8 places left went to the highest-Chance eligible programs not yet chosen.',
    );
  });

  it('is null when every category filled its share', () => {
    const ranked = [
      ...Array.from({ length: 2 }, () => row(5, { apply: true, category: 'Reach' })),
      ...Array.from({ length: 5 }, () => row(20, { apply: true, category: 'Target' })),
      ...Array.from({ length: 3 }, () => row(50, { apply: true, category: 'Safety' })),
    ];
    expect(applyFillText(ranked, s)).toBeNull();
  });
});

describe('suggestDivisions', () => {
  it('puts divisions with ties and rotations first, then the best chances, at most 3', () => {
    const tied = row(3, { division: 'West South Central' });
    tied.fitFactors = [{ label: 'tie (TX)', points: 25 }];
    const ranked = [
      tied,
      row(40, { division: 'Pacific' }),
      row(30, { division: 'Mountain' }),
      row(10, { division: 'New England' }),
      row(null, { division: 'Middle Atlantic' }),
    ];
    const suggested = suggestDivisions(ranked);
    expect(suggested.map((d) => d.division)).toEqual(['West South Central', 'Pacific', 'Mountain']);
    expect(suggested[0]!.reason).toBe('tie: TX; 1 eligible program, best Chance 3%');
  });
});

describe('geographicAdvice', () => {
  it("suggests divisions when the Profile names none, and counts only the Profile's own", () => {
    const suggestions = [{ division: 'Pacific' as const, reason: 'tie: CA' }];
    expect(geographicAdvice(makeApplicant({ geographicPreference: null }), suggestions, s)).toContain(
      'Consider: Pacific (tie: CA)',
    );
    expect(geographicAdvice(makeApplicant({ geographicPreference: ['Mountain'] }), [], s)).toContain(
      'Your geographic preference (Mountain) is counted',
    );
    expect(geographicAdvice(makeApplicant({ geographicPreference: [] }), [], s)).toContain('None');
  });
});

describe('absentColumnNotes', () => {
  it('says once that a missing minimum-score column means no program can be Below minimum', () => {
    expect(absentColumnNotes(new Set(['minStepTwo']), makeApplicant())).toEqual([
      'Your Programs sheet has no minimum-score column, so no program can be marked Below minimum.',
    ]);
  });

  it('leaves out notes that do not concern the applicant', () => {
    const md = makeApplicant({ applicantType: 'US MD', needsVisa: false });
    expect(absentColumnNotes(new Set(['imgShare', 'sponsorsVisa']), md)).toEqual([]);
  });
});
