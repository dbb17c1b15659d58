/** Tests for cleaning server failures into plain messages (src/sidebar/errors.ts). */
import { describe, expect, it } from 'vitest';
import { cleanErrorMessage, recoveryFor } from '../../src/sidebar/errors.ts';

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
    [
      'There is no Programs sheet. Use "Set up sheets" in the RadList sidebar or menu to create what is missing.',
      'set-up-sheets',
    ],
    [
      'The Programs sheet has no "Program" header. Use "Set up sheets" in the RadList sidebar or menu.',
      'set-up-sheets',
    ],
    ['There is no Profile sheet.', 'set-up-sheets'],
    ['  there is no cohort sheet.', 'set-up-sheets'],
    ['Another cohort run is in progress.', 'try-again'],
    ['There is no applicant named "Ana" in the Cohort sheet.', 'try-again'],
    ['Something went wrong. Please try again.', 'try-again'],
    ['', 'try-again'],
  ] as const)('offers %s → %s', (message, recovery) => {
    expect(recoveryFor(message)).toBe(recovery);
  });
});
