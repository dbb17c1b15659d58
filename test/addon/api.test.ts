/** Tests for how a failure's code travels with its message (src/addon/api.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, failureText, readFailure } from '../../src/addon/api.ts';

describe('failureText and readFailure', () => {
  it('give back the code and the message, whatever the message says', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ERROR_CODES), fc.string(), (code, message) => {
        expect(readFailure(failureText(code, message))).toEqual({ code, message });
      }),
    );
  });

  it('find the code behind a prefix and before a suffix Apps Script adds', () => {
    expect(readFailure(`Exception: ${failureText('LOCKED', 'Busy.')} (line 3, file "Code")`)).toEqual({
      code: 'LOCKED',
      message: 'Exception: Busy. (line 3, file "Code")',
    });
  });

  it('give no code for a message without one', () => {
    expect(readFailure('Authorization is required.')).toEqual({
      code: null,
      message: 'Authorization is required.',
    });
  });
});
