import { describe, expect, it } from 'vitest';
import { applicantFacts, checkEligibility, staleIssue } from '../../src/core/eligibility.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Applicant, Program } from '../../src/core/types.ts';
import { makeApplicant, makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);

function check(applicant: Partial<Applicant>, program: Partial<Program>) {
  return checkEligibility(applicantFacts(makeApplicant(applicant), s), makeProgram(program), s);
}

describe('checkEligibility', () => {
  it.each([
    [
      'graduated over the YOG cutoff',
      { graduationYear: 2019 },
      { yogCutoff: 5 },
      'you graduated 7 years ago; this program takes graduates up to 5 years out',
    ],
    [
      'more failed attempts than allowed',
      { stepOne: 'Fail' as const },
      { maxFailedAttempts: 0 },
      'at most 0 failed',
    ],
    [
      'an IMG at a program that takes none',
      { applicantType: 'Non-US IMG' as const },
      { takesImgs: false },
      'takes no IMGs',
    ],
    [
      'a visa need where none is sponsored',
      { needsVisa: true },
      { sponsorsVisa: 'None' as const },
      'sponsors no visas',
    ],
    [
      'no USCE where it is required',
      { usceWeeks: 0 },
      { usceRequired: true },
      'requires US clinical experience',
    ],
  ])('makes a program Not eligible for %s', (_name, applicant, program, issue) => {
    const result = check(applicant, program);
    expect(result.status).toBe('Not eligible');
    expect(result.issues.join('; ')).toContain(issue);
  });

  it.each([
    ['graduation exactly at the cutoff', { graduationYear: 2021 }, { yogCutoff: 5 }],
    ['failed attempts at the limit', { stepOneAttempts: 2 }, { maxFailedAttempts: 1 }],
    ['a US MD where IMGs are not taken', { applicantType: 'US MD' as const }, { takesImgs: false }],
    ['a DO where IMGs are not taken', { applicantType: 'DO' as const }, { takesImgs: false }],
    ['a visa need where J-1 is sponsored', { needsVisa: true }, { sponsorsVisa: 'J-1' as const }],
    ['a visa need where H-1B is sponsored', { needsVisa: true }, { sponsorsVisa: 'H-1B' as const }],
    ['a visa need where both are sponsored', { needsVisa: true }, { sponsorsVisa: 'Both' as const }],
    ['no visa need where none is sponsored', { needsVisa: false }, { sponsorsVisa: 'None' as const }],
    ['1 USCE week where it is required', { usceWeeks: 1 }, { usceRequired: true }],
  ])('keeps a program eligible for %s', (_name, applicant, program) => {
    expect(check(applicant, program).status).toBe('Eligible');
  });

  it.each([
    ['no Step 2 CK', { stepTwoScore: null }, { minStepTwo: 240 }, 'your Step 2 CK is unknown'],
    ['no minimum', { stepTwoScore: 200 }, { minStepTwo: null }, 'minimum score unknown'],
    [
      'no graduation year',
      { graduationYear: null },
      { yogCutoff: 5 },
      'your graduation year is unknown, so the 5-year cutoff could not be checked',
    ],
    ['no YOG cutoff', { graduationYear: 2000 }, { yogCutoff: null }, 'YOG cutoff unknown'],
    [
      'no failed-attempt limit',
      { stepTwoAttempts: 3 },
      { maxFailedAttempts: null },
      'failed-attempt limit unknown',
    ],
    [
      'unknown IMG policy',
      { applicantType: 'US IMG' as const },
      { takesImgs: null },
      'whether it takes IMGs is unknown',
    ],
    ['unknown visa sponsorship', { needsVisa: true }, { sponsorsVisa: null }, 'visa sponsorship unknown'],
    ['unknown USCE weeks', { usceWeeks: null }, { usceRequired: true }, 'your USCE weeks are unknown'],
    [
      'unknown USCE requirement',
      { usceWeeks: 0 },
      { usceRequired: null },
      'whether it requires US clinical experience is unknown',
    ],
  ])(
    'never excludes a program for an unknown value (%s) and names it',
    (_name, applicant, program, issue) => {
      const result = check(applicant, program);
      expect(result.status).toBe('Eligible');
      expect(result.issues.join('; ')).toContain(issue);
    },
  );

  it.each([
    [229, 230, 'Below minimum'],
    [230, 230, 'Eligible'],
    [231, 230, 'Eligible'],
  ])('treats a score of %i against a hard minimum of %i as %s', (stepTwoScore, minStepTwo, status) => {
    expect(check({ stepTwoScore }, { minStepTwo }).status).toBe(status);
  });

  it('makes a program Below minimum and names the other failures in Issues', () => {
    const result = check({ stepTwoScore: 220, needsVisa: true }, { minStepTwo: 225, sponsorsVisa: 'None' });
    expect(result.status).toBe('Below minimum');
    expect(result.issues).toContain('below the hard minimum Step 2 CK 225');
    expect(result.issues).toContain('sponsors no visas');
  });

  it.each([
    [229, true],
    [230, false],
  ])('caps at Reach for a score of %i against a preferred minimum of 230: %s', (stepTwoScore, capped) => {
    const result = check({ stepTwoScore }, { minStepTwo: 230, minIsHard: false });
    expect(result.status).toBe('Eligible');
    expect(result.capAtReach).toBe(capped);
    expect(result.issues.some((issue) => issue.includes('preferred minimum'))).toBe(capped);
  });

  it.each<[number, number, string]>([
    [2024, 1, 'you graduated 2 years ago; this program takes graduates up to 1 year out'],
    [2025, 0, 'you graduated 1 year ago; this program takes graduates up to 0 years out'],
    [2021, 3, 'you graduated 5 years ago; this program takes graduates up to 3 years out'],
  ])(
    'explains a graduation in %i against a cutoff of %i in plain words',
    (graduationYear, yogCutoff, issue) => {
      expect(check({ graduationYear }, { yogCutoff }).issues).toContain(issue);
    },
  );

  it.each<[string, Partial<Applicant>, string]>([
    ['an eligible program', {}, 'below the preferred minimum Step 2 CK 225, so at most a Reach'],
    ['a Not eligible program', { needsVisa: true }, 'below the preferred minimum Step 2 CK 225'],
  ])('words a missed preferred minimum on %s', (_case, applicant, issue) => {
    const result = check(
      { stepTwoScore: 214, ...applicant },
      { minStepTwo: 225, minIsHard: false, sponsorsVisa: 'None' },
    );
    expect(result.issues).toContain(issue);
    expect(result.issues.join('; ').includes('at most a Reach')).toBe(result.status === 'Eligible');
  });

  it('never names the applicant score in Issues', () => {
    const result = check({ stepTwoScore: 213 }, { minStepTwo: 230, typicalStepTwo: 240 });
    expect(result.issues.join('; ')).not.toContain('213');
  });
});

describe('checkEligibility with unknown failed attempts', () => {
  it('names a stated attempt limit as not checked, never passing it silently nor failing on it', () => {
    const result = check({ stepOneAttempts: null }, { maxFailedAttempts: 0 });
    expect(result.status).toBe('Eligible');
    expect(result.issues).toContain(
      'your failed attempts are unknown, so its limit of 0 failed attempts could not be checked',
    );
    expect(check({ stepTwoAttempts: null }, { maxFailedAttempts: null }).issues).toContain(
      'failed-attempt limit unknown',
    );
    expect(check({}, { maxFailedAttempts: null }).issues).not.toContain('failed-attempt limit unknown');
  });

  it('still fails a limit the failures known for sure already pass', () => {
    const result = check({ stepOne: 'Fail', stepOneAttempts: null }, { maxFailedAttempts: 0 });
    expect(result.status).toBe('Not eligible');
    expect(result.issues[0]).toContain('at most 0 failed');
  });
});

describe('checkEligibility with an unknown visa need', () => {
  it('never reads an unknown visa need as No: a program that sponsors no visas is at most a Reach', () => {
    const result = check({ needsVisa: null }, { sponsorsVisa: 'None' });
    expect(result.status).toBe('Eligible');
    expect(result.capAtReach).toBe(true);
    expect(result.issues).toContain('visa need unknown and it sponsors no visas, so at most a Reach');
  });

  it('leaves programs that sponsor a visa alone, and fails the no-visa program once the need is known', () => {
    expect(check({ needsVisa: null }, { sponsorsVisa: 'J-1' })).toMatchObject({
      status: 'Eligible',
      capAtReach: false,
    });
    expect(check({ needsVisa: true }, { sponsorsVisa: 'None' }).status).toBe('Not eligible');
    expect(check({ needsVisa: false }, { sponsorsVisa: 'None' }).capAtReach).toBe(false);
  });

  it('says "at most a Reach" only on a program that stays eligible', () => {
    const result = check({ needsVisa: null, graduationYear: 2000 }, { sponsorsVisa: 'None', yogCutoff: 5 });
    expect(result.status).toBe('Not eligible');
    expect(result.issues.join('; ')).not.toContain('at most a Reach');
  });
});

describe('staleIssue', () => {
  it.each([
    ['2025-05-31', 2026, 12, 'data may be stale (verified May 2025)'],
    ['2025-06-01', 2026, 12, null],
    ['2025-06-30', 2026, 12, null],
    ['2024-03-10', 2026, 12, 'data may be stale (verified March 2024)'],
    ['2025-11-30', 2026, 6, 'data may be stale (verified November 2025)'],
    ['2025-12-01', 2026, 6, null],
    ['2025', 2026, 12, null],
    ['2024', 2026, 12, 'data may be stale (verified 2024)'],
    ['2024', 2025, 12, null],
    ['2025-05', 2026, 12, 'data may be stale (verified May 2025)'],
    ['2025-06', 2026, 12, null],
    ['2025-03', 2026, 6, 'data may be stale (verified March 2025)'],
    ['2025', 2026, 6, null],
    ['2025', 2026, 7, null],
    ['2024', 2026, 17, 'data may be stale (verified 2024)'],
    ['2024', 2026, 18, null],
    ['soon', 2026, 12, null],
    [null, 2026, 12, null],
  ])('flags %s for the %i cycle after %i months as %s', (lastVerified, cycleYear, staleMonths, expected) => {
    expect(staleIssue(lastVerified, { ...s, cycleYear, staleMonths })).toBe(expected);
  });
});
