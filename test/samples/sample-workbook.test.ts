import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/build-plan.ts';
import { recommendation } from '../../src/core/plan.ts';
import { rankPrograms } from '../../src/core/rank.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { countFailedAttempts } from '../../src/core/tier.ts';
import { type Applicant, CATEGORIES, type RankedProgram } from '../../src/core/types.ts';
import { SAMPLE_WORKBOOK, sampleWorkbook } from '../../src/samples/sample-workbook.ts';
import { readCohort } from '../../src/sheets/read-cohort.ts';
import { readProfile } from '../../src/sheets/read-profile.ts';
import { PROGRAM_HEADERS, programKey, readPrograms } from '../../src/sheets/read-programs.ts';

const s = defaultSettings(2026);
const programs = readPrograms(SAMPLE_WORKBOOK.Programs);
const profile = readProfile(SAMPLE_WORKBOOK.Profile);
const cohort = readCohort(SAMPLE_WORKBOOK.Cohort);

function rank(applicant: Applicant): RankedProgram[] {
  const { count } = recommendation(applicant.stepTwoScore, countFailedAttempts(applicant), s);
  return rankPrograms(applicant, programs.programs, s, { recommended: count });
}

/** Words of real institutions' names that no sample program may use. */
const REAL_NAME_WORDS = [
  'Mayo',
  'Hopkins',
  'Harvard',
  'Stanford',
  'Yale',
  'Cleveland Clinic',
  'Duke',
  'Emory',
  'Vanderbilt',
  'Kaiser',
  'Cedars',
  'Sinai',
  'Baylor',
  'Northwestern',
  'Columbia',
  'Cornell',
  'Penn',
  'Michigan',
  'UCLA',
  'UCSF',
  'University of',
  'Medical College of',
  'State University',
  'Brigham',
  'Presbyterian',
  'Methodist',
  'Kettering',
];

describe('SAMPLE_WORKBOOK', () => {
  it('reads without a single issue or missing piece', () => {
    expect([...programs.issues, ...profile.issues, ...cohort.issues]).toEqual([]);
    expect([...programs.missing, ...profile.missing, ...cohort.missing]).toEqual([]);
  });

  it('has about 40 programs, each with a unique key', () => {
    expect(programs.programs.length).toBeGreaterThanOrEqual(35);
    expect(programs.programs.length).toBe(SAMPLE_WORKBOOK.Programs.length - 1);
    const keys = programs.programs.map((p) => programKey(p.id, p.name, p.state).toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses the Programs headers and labels every program fictional', () => {
    expect(SAMPLE_WORKBOOK.Programs[0]).toEqual([...PROGRAM_HEADERS]);
    for (const program of programs.programs) expect(program.source).toBe('Fictional sample — not real data');
  });

  it('gives programs invented names and IDs', () => {
    for (const program of programs.programs) {
      for (const word of REAL_NAME_WORDS)
        expect(program.name.toLowerCase()).not.toContain(word.toLowerCase());
      expect(program.id === '' || program.id.startsWith('FX-')).toBe(true);
    }
    expect(programs.programs.some((p) => p.id === '')).toBe(true);
  });

  it('spreads programs over every region, type and track', () => {
    const seen = (pick: (p: (typeof programs.programs)[number]) => unknown) =>
      new Set(programs.programs.map(pick));
    expect(seen((p) => p.region)).toEqual(new Set(['Northeast', 'Midwest', 'South', 'West']));
    expect(seen((p) => p.type)).toEqual(new Set(['University', 'Community', 'Hybrid']));
    expect(seen((p) => p.track)).toEqual(new Set(['Advanced', 'Categorical', 'Both']));
  });

  it('types IMG shares as 35, "35%" and 0.35', () => {
    const column = PROGRAM_HEADERS.indexOf('IMG %');
    const typed = SAMPLE_WORKBOOK.Programs.slice(1).map((row) => row[column]);
    expect(typed).toContain(35);
    expect(typed).toContain('35%');
    expect(typed).toContain(0.35);
  });

  it('gives the Profile applicant every category but Safety, and a cohort applicant Safeties', () => {
    // A US IMG with 221, a failed attempt and five years out has no program at a 40% chance unsignalled:
    // the honest answer. The strong cohort applicant shows what Safety looks like.
    const ranked = rank(profile.applicant!);
    const categories = new Set(ranked.map((r) => r.category));
    for (const category of CATEGORIES.filter((c) => c !== 'Safety')) expect(categories).toContain(category);
    expect(categories).not.toContain('Safety');
    const strong = cohort.applicants.map((c) => c.applicant).find((a) => a.stepTwoScore === 252)!;
    expect(rank(strong).some((r) => r.category === 'Safety')).toBe(true);
    expect(profile.applicant!.stepTwoScore).toBe(221);
    expect(countFailedAttempts(profile.applicant!)).toBe(1);
  });

  it('shows a rotation, a tie, a new program, a preferred minimum and stale data for the Profile applicant', () => {
    const ranked = rank(profile.applicant!);
    const why = ranked.map((r) => r.why).join('\n');
    const issues = ranked.map((r) => r.issues).join('\n');
    expect(why).toContain('rotated here');
    expect(why).toContain('tie (');
    expect(why).toContain('new program');
    expect(issues).toContain('preferred minimum');
    expect(issues).toContain('data may be stale');
  });

  it('shows every Not eligible rule across the Profile and the cohort', () => {
    const everyone = [profile.applicant!, ...cohort.applicants.map((c) => c.applicant)];
    const issues = everyone
      .flatMap((a) => rank(a))
      .filter((r) => r.category === 'Not eligible')
      .map((r) => r.issues)
      .join('\n');
    for (const rule of [
      'graduated',
      'allows at most',
      'takes no IMGs',
      'sponsors no visas',
      'requires US clinical experience',
    ]) {
      expect(issues).toContain(rule);
    }
  });

  it('has eight cohort applicants across every tier', () => {
    expect(cohort.applicants).toHaveLength(8);
    const tiers = new Set(
      cohort.applicants.map(({ applicant }) => buildPlan(applicant, rank(applicant), s).tier),
    );
    expect(tiers).toEqual(
      new Set(['Competitive', 'Average', 'Mildly low', 'Moderately low', 'Significantly low']),
    );
  });

  it('puts =RAD_TIER over the Step 2 CK column of the cohort in row 2 of Tier by score alone (formula)', () => {
    const header = SAMPLE_WORKBOOK.Cohort[0]!;
    const formulaColumn = header.indexOf('Tier by score alone (formula)');
    expect(SAMPLE_WORKBOOK.Cohort[1]![formulaColumn]).toBe('=RAD_TIER(C2:C9)');
    expect(header[2]).toBe('Step 2 CK');
    expect(SAMPLE_WORKBOOK.Cohort).toHaveLength(9);
  });
});

describe('sampleWorkbook', () => {
  it('returns a copy that can change without changing the sample', () => {
    const copy = sampleWorkbook();
    copy.Programs[1]![0] = 'Changed';
    expect(SAMPLE_WORKBOOK.Programs[1]![0]).not.toBe('Changed');
    expect(copy.Profile).toEqual(SAMPLE_WORKBOOK.Profile);
  });
});
