/**
 * Ranking properties through the readers, from random sheet values (test/core/rank.test.ts checks them on
 * well-formed records): whatever the Programs and Profile sheets hold, the list is deterministic, lists
 * every program read exactly once, marks Apply only on eligible programs and never more than recommended,
 * and a higher Step 2 CK never lowers a Chance or worsens a category.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeApplicantList } from '../../src/core/applicant-list.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Category, RankedProgram } from '../../src/core/types.ts';
import { readProfile } from '../../src/sheets/read-profile.ts';
import { PROGRAM_HEADERS, readPrograms } from '../../src/sheets/read-programs.ts';
import { cellArb, labelSheetArb } from './arbitraries.ts';

const s = defaultSettings(2026);
const ELIGIBLE: readonly Category[] = ['Reach', 'Target', 'Safety'];
/** Below minimum and Not eligible are equally out of reach (see test/core/rank.test.ts). */
const STANDING: Record<Category, number> = {
  'Not eligible': 0,
  'Below minimum': 0,
  Reach: 1,
  Target: 2,
  Safety: 3,
};

/** A Programs sheet: `Program` first, then a shuffled subset of the other headers; program names mostly set. */
const programsSheetArb = fc
  .tuple(
    fc.shuffledSubarray(
      PROGRAM_HEADERS.filter((h) => h !== 'Program'),
      { minLength: 0 },
    ),
    fc.integer({ min: 0, max: 12 }),
  )
  .chain(([others, rowCount]) => {
    const name = fc.oneof(
      { arbitrary: fc.constantFrom('Lakeview Radiology', 'Harbor Imaging', 'Cedar Hollow'), weight: 3 },
      { arbitrary: fc.string({ minLength: 1, maxLength: 12 }), weight: 2 },
      { arbitrary: cellArb, weight: 1 },
    );
    const row = fc.tuple(name, fc.array(cellArb, { minLength: others.length, maxLength: others.length }));
    return fc
      .array(row, { minLength: rowCount, maxLength: rowCount })
      .map((rows) => [['Program', ...others], ...rows.map(([n, rest]) => [n, ...rest])]);
  });

/** A Profile sheet with a known Step 2 CK (so monotonicity can be checked) and random other fields. */
const profileArb = fc.tuple(
  labelSheetArb([
    'Applicant type',
    'Graduation year',
    'Needs visa',
    'USCE weeks',
    'Rotations',
    'Ties',
    'Step 1',
  ]),
  fc.integer({ min: 180, max: 270 }),
);

function withScore(profile: unknown[][], score: number): unknown[][] {
  return [
    ['Name', 'Random Applicant'],
    ['Step 2 CK', score],
    ...profile.filter((row) => row[0] !== 'Step 2 CK'),
  ];
}

function listFor(
  profile: unknown[][],
  programs: unknown[][],
): { ranked: RankedProgram[]; recommended: number } {
  const applicant = readProfile(profile).applicant;
  if (!applicant) throw new Error('the Profile sheet with a name and score gave no applicant');
  const { ranked, plan } = makeApplicantList(applicant, readPrograms(programs).programs, s);
  return { ranked, recommended: plan.recommended };
}

describe('makeApplicantList from random sheets', () => {
  it('gives the same list when the same sheets are read again', () => {
    fc.assert(
      fc.property(profileArb, programsSheetArb, ([profile, score], programs) => {
        const first = listFor(withScore(profile, score), programs);
        const again = listFor(withScore(profile, score), programs);
        expect(again).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('lists every program read exactly once and marks at most the recommended number Apply', () => {
    fc.assert(
      fc.property(profileArb, programsSheetArb, ([profile, score], programs) => {
        const read = readPrograms(programs).programs;
        const { ranked, recommended } = listFor(withScore(profile, score), programs);
        expect(ranked).toHaveLength(read.length);
        expect(new Set(ranked.map((r) => r.program.row))).toEqual(new Set(read.map((p) => p.row)));
        const applied = ranked.filter((r) => r.apply);
        expect(applied.length).toBeLessThanOrEqual(recommended);
        for (const r of applied) expect(ELIGIBLE).toContain(r.category);
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers a Chance or worsens a category for a higher Step 2 CK', () => {
    fc.assert(
      fc.property(
        profileArb,
        programsSheetArb,
        fc.integer({ min: 1, max: 30 }),
        ([profile, score], programs, raise) => {
          const low = listFor(withScore(profile, score), programs).ranked;
          const high = listFor(withScore(profile, score + raise), programs).ranked;
          const byRow = new Map(high.map((r) => [r.program.row, r]));
          for (const before of low) {
            const after = byRow.get(before.program.row)!;
            if (before.chance !== null && after.chance !== null) {
              expect(after.chance).toBeGreaterThanOrEqual(before.chance);
            }
            expect(STANDING[after.category]).toBeGreaterThanOrEqual(STANDING[before.category]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('programsSheetArb', () => {
  it('gives sheets whose programs are read and sometimes marked Apply (the properties are not vacuous)', () => {
    const samples = fc.sample(fc.tuple(profileArb, programsSheetArb), { numRuns: 200, seed: 6 });
    const applied = samples.map(
      ([[profile, score], programs]) =>
        listFor(withScore(profile, score), programs).ranked.filter((r) => r.apply).length,
    );
    expect(applied.filter((n) => n > 0).length).toBeGreaterThan(20);
  });
});
