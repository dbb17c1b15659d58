/** Tests for cleaning server failures into plain messages (src/sidebar/errors.ts). */
import { describe, expect, it } from 'vitest';
import { failureText } from '../../src/addon/api.ts';
import { cleanErrorMessage, failureCode, recoveryFor, ServerFailure } from '../../src/sidebar/errors.ts';

const FALLBACK = 'Something went wrong. Please try again.';

describe('cleanErrorMessage', () => {
  it.each([
    [new Error('The Profile sheet is missing.'), 'The Profile sheet is missing.'],
    ['Exception: Another cohort run is in progress.', 'Another cohort run is in progress.'],
    [{ message: 'Error: Bad email (line 12, file "Code")' }, 'Bad email'],
    [{ message: 'TypeError: x is undefined\n    at foo (Code:1:2)\n    at bar' }, 'x is undefined'],
    ['ScriptError: Authorization is required.', 'Authorization is required.'],
    ['\n  \nSecond line only', 'Second line only'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('cleans %j', (error, message) => {
    expect(cleanErrorMessage(error)).toBe(message);
  });

  it.each([undefined, null, 42, {}, { message: 7 }, '', 'Error: ', '   at foo (Code:1:2)'])(
    'falls back to plain words for %j',
    (error) => {
      expect(cleanErrorMessage(error)).toBe(FALLBACK);
    },
  );

  it('cuts very long messages to 300 characters', () => {
    const message = cleanErrorMessage('x'.repeat(1000));
    expect(message).toHaveLength(300);
    expect(message.endsWith('…')).toBe(true);
  });
});

describe('recoveryFor', () => {
  it.each([
    ['MISSING_SHEET', 'set-up-sheets'],
    ['MISSING_INPUT', 'try-again'],
    ['LOCKED', 'try-again'],
    ['UNKNOWN_APPLICANT', 'try-again'],
    ['FAILED', 'try-again'],
    [null, 'try-again'],
  ] as const)('offers %s → %s', (code, recovery) => {
    expect(recoveryFor(code)).toBe(recovery);
  });
});

describe('ServerFailure', () => {
  it('takes the code off the message and keeps it apart, wherever Apps Script put prefixes', () => {
    const failure = new ServerFailure(
      new Error(
        `Exception: ${failureText('MISSING_SHEET', 'There is no Programs sheet. Use "Set up sheets".')} (line 4, file "Code")`,
      ),
    );
    expect(failure.code).toBe('MISSING_SHEET');
    expect(failure.message).toBe('There is no Programs sheet. Use "Set up sheets".');
    expect(failureCode(failure)).toBe('MISSING_SHEET');
  });

  it('keeps the code of a message too long to show whole', () => {
    const failure = new ServerFailure(failureText('LOCKED', 'x'.repeat(1000)));
    expect(failure.code).toBe('LOCKED');
    expect(failure.message).toHaveLength(300);
  });

  it('has no code for an error Google gave without one, nor for an unknown code', () => {
    expect(new ServerFailure('ScriptError: Authorization is required.').code).toBeNull();
    expect(new ServerFailure('Something [RadList:NOT_A_CODE]').code).toBeNull();
    expect(failureCode(new Error('plain'))).toBeNull();
  });

  it('does not decide anything from the words: a message that mentions a missing sheet has no code', () => {
    expect(recoveryFor(failureCode(new ServerFailure('There is no Programs sheet.')))).toBe('try-again');
  });
});
