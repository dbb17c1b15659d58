/** The refusals a run makes before computing (src/addon/require-inputs.ts), on inputs as the readers give them. */
import { describe, expect, it } from 'vitest';
import { refuseIfMissing, requireApplicant } from '../../src/addon/require-inputs.ts';
import { readInputs } from '../../src/sheets/inputs.ts';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'none';
}

describe('refuseIfMissing', () => {
  it('refuses with MISSING_SHEET for a missing sheet, MISSING_INPUT for anything else, nothing for none', () => {
    expect(refusal(() => refuseIfMissing([{ kind: 'missing-sheet', sheet: 'Programs' }]))).toBe(
      'MISSING_SHEET',
    );
    expect(refusal(() => refuseIfMissing([{ kind: 'no-rows', sheet: 'Programs', what: 'programs' }]))).toBe(
      'MISSING_INPUT',
    );
    expect(refusal(() => refuseIfMissing([]))).toBe('none');
  });
});

describe('requireApplicant', () => {
  const inputs = readInputs(
    {
      profile: [
        ['Name', 'Sam'],
        ['Step 2 CK', 'abc'],
      ],
      cohort: [
        ['Name', 'Step 2 CK'],
        ['Ana Li', 228],
        ['Ben', 'xyz'],
      ],
    },
    2026,
  );

  it('gives the Profile applicant with the Profile’s issues when no name is given', () => {
    const { applicant, issues } = requireApplicant(inputs, undefined);
    expect(applicant.name).toBe('Sam');
    expect(issues.map((issue) => issue.cell)).toEqual(['B2']);
  });

  it('gives a cohort applicant by name with only their row’s issues', () => {
    expect(requireApplicant(inputs, 'ana li').issues).toEqual([]);
    expect(requireApplicant(inputs, 'Ben').issues.map((issue) => issue.cell)).toEqual(['B3']);
  });

  it('refuses an unknown name, a missing sheet and a Profile with nobody in it', () => {
    expect(refusal(() => requireApplicant(inputs, 'Nobody'))).toBe('UNKNOWN_APPLICANT');
    expect(refusal(() => requireApplicant(readInputs({ cohort: null }, 2026), 'Ana'))).toBe('MISSING_SHEET');
    expect(refusal(() => requireApplicant(readInputs({ profile: [['Name', '']] }, 2026), undefined))).toBe(
      'MISSING_INPUT',
    );
  });
});
