/** Tests for checking every argument the sidebar sends (src/addon/validate.ts). */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/addon/validate.ts';

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('did not refuse');
}

describe('parseArgs', () => {
  it('accepts each function’s argument, undefined as {}, and trims names and addresses', () => {
    expect(parseArgs('list', 'generateList', undefined)).toEqual({});
    expect(parseArgs('list', 'generateList', { applicant: '  Ana Li ' })).toEqual({ applicant: 'Ana Li' });
    expect(parseArgs('cohort', 'generateCohort', { start: 25, size: 25 })).toEqual({ start: 25, size: 25 });
    expect(parseArgs('setup', 'setupSheets', { withSamples: true })).toEqual({ withSamples: true });
    expect(
      parseArgs('share', 'shareList', {
        email: ' mentor@example.org ',
        role: 'viewer',
        includeScores: false,
      }),
    ).toEqual({ email: 'mentor@example.org', role: 'viewer', includeScores: false });
    expect(parseArgs('cell', 'selectCell', { sheet: 'Programs', cell: 'AB12' })).toEqual({
      sheet: 'Programs',
      cell: 'AB12',
    });
  });

  it.each([
    [
      'list',
      'generateList',
      { applicant: 42 },
      'generateList: "applicant": the applicant must be a name (text).',
    ],
    ['list', 'generateList', { applicant: '   ' }, 'generateList: "applicant": the applicant name is empty.'],
    ['list', 'generateList', { who: 'x' }, 'generateList: unexpected "who".'],
    ['cohort', 'generateCohort', { start: -1 }, 'generateCohort: "start": start must be at least 0.'],
    ['cohort', 'generateCohort', { size: 1.5 }, 'generateCohort: "size": size must be a whole number.'],
    [
      'setup',
      'setupSheets',
      { withSamples: 'yes' },
      'setupSheets: "withSamples": withSamples must be true or false.',
    ],
    ['cell', 'selectCell', { sheet: 'P', cell: 'A0' }, 'selectCell: "cell": expected a cell such as B7.'],
    [
      'share',
      'shareList',
      { email: 'not an address', role: 'viewer' },
      'shareList: "email": that is not an email address (expected name@example.org).',
    ],
    [
      'share',
      'shareList',
      { email: 'a@b.org', role: 'owner' },
      'shareList: "role": the role must be "commenter" or "viewer".',
    ],
    ['list', 'generateList', 'Ana', 'generateList: expected { applicant }.'],
  ] as const)('refuses %s %j with BAD_ARGUMENT', (kind, fn, value, message) => {
    expect(refusal(() => parseArgs(kind, fn, value))).toEqual({ code: 'BAD_ARGUMENT', message });
  });
});
