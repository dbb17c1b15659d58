import { describe, expect, it } from 'vitest';
import { outcomeEntry, resultOf } from '../../src/core/season-outcomes.ts';
import { makeApplicant, makeProgram } from './fixtures.ts';

describe('resultOf', () => {
  it.each([
    ['Applied', false, null],
    ['Applied', true, 'Not invited'],
    ['Rejected', false, 'Not invited'],
    ['Invited', false, 'Invited'],
    ['Interviewed', true, 'Interviewed'],
    ['Ranked', false, 'Ranked'],
    ['Matched', false, 'Matched'],
    ['Withdrawn', true, 'Withdrawn'],
  ] as const)('%s (final %s) is saved as %s', (status, final, result) => {
    expect(resultOf(status, final)).toBe(result);
  });
});

describe('outcomeEntry with attempts RadList could not read', () => {
  it('saves Failed attempts blank (null), never 0', () => {
    const entry = outcomeEntry(
      makeApplicant({ stepOneAttempts: null }),
      makeProgram({ id: 'FX-1' }),
      { status: 'Invited', signalSent: '' },
      { cycle: 2026, final: false },
    );
    expect(entry?.failedAttempts).toBeNull();
  });
});

describe('outcomeEntry', () => {
  const applicant = makeApplicant({
    name: 'Ana Li',
    applicantType: 'Non-US IMG',
    stepTwoScore: 221,
    stepOneAttempts: 2,
    rotations: ['Lakeview'],
    ties: ['Texas'],
  });

  it('holds the model inputs as the list matched them: rotation by name, tie by state, failures counted', () => {
    const program = makeProgram({
      name: 'Lakeview Regional Radiology',
      id: 'FX-1',
      state: 'TX',
      typicalStepTwo: 227,
      minStepTwo: 215,
      imgShare: 0.35,
      type: 'Community',
    });
    expect(
      outcomeEntry(
        applicant,
        program,
        { status: 'Invited', signalSent: 'Gold' },
        { cycle: 2026, final: false },
      ),
    ).toEqual({
      cycle: 2026,
      applicant: 'Ana Li',
      applicantType: 'Non-US IMG',
      stepTwoScore: 221,
      failedAttempts: 1,
      program: 'Lakeview Regional Radiology',
      id: 'FX-1',
      typicalStepTwo: 227,
      minStepTwo: 215,
      imgShare: 0.35,
      programType: 'Community',
      state: 'TX',
      signal: 'Gold',
      rotated: true,
      ties: true,
      result: 'Invited',
    });
  });

  it('leaves rotation and tie unknown for a program no longer in Programs', () => {
    const entry = outcomeEntry(
      applicant,
      { program: 'Gone Radiology', id: '', state: 'OH' },
      { status: 'Applied', signalSent: '' },
      { cycle: 2026, final: true },
    );
    expect(entry).toMatchObject({
      program: 'Gone Radiology',
      rotated: null,
      ties: null,
      typicalStepTwo: null,
      result: 'Not invited',
    });
  });

  it('saves nothing for a status with no result yet', () => {
    expect(
      outcomeEntry(
        applicant,
        makeProgram(),
        { status: 'Applied', signalSent: '' },
        { cycle: 2026, final: false },
      ),
    ).toBeNull();
  });
});
