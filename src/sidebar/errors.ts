/**
 * Turns whatever a failed server call hands the sidebar (an Error, a string, an object) into one plain
 * sentence for the alert box — no stack trace, no `Exception:` prefix, no script line numbers — and its code
 * (src/addon/api.ts), which alone decides what the alert box offers.
 */
import { type ErrorCode, readFailure } from '../addon/api.ts';

const FALLBACK = 'Something went wrong. Please try again.';
const MAX_LENGTH = 300;

/**
 * Cleans a failure into a short plain message.
 *
 * @param error - the value the failure handler received
 * @returns the first meaningful line of its message, without technical prefixes or suffixes
 * @example
 * cleanErrorMessage(new Error('Exception: The Profile sheet is missing. (line 4, file "Code")'));
 * // → 'The Profile sheet is missing.'
 */
export function cleanErrorMessage(error: unknown): string {
  const raw = readFailure(messageOf(error)).message;
  const firstLine =
    raw
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== '' && !/^at\s/.test(line)) ?? '';
  const cleaned = firstLine
    .replace(/^(?:Uncaught\s+)?(?:[A-Za-z]*Error|Exception|ScriptError)\s*:\s*/, '')
    .replace(/\s*\(line \d+, file "[^"]*"\)\s*$/, '')
    .trim();
  if (cleaned === '') return FALLBACK;
  return cleaned.length > MAX_LENGTH ? `${cleaned.slice(0, MAX_LENGTH - 1)}…` : cleaned;
}

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === 'string') return message;
  }
  return '';
}

/** A failed server call: the cleaned message, and the code the server gave (null when it gave none). */
export class ServerFailure extends Error {
  readonly code: ErrorCode | null;
  constructor(error: unknown) {
    super(cleanErrorMessage(error));
    this.name = 'ServerFailure';
    this.code = readFailure(messageOf(error)).code;
  }
}

/**
 * The code of a failure, or null for one that is not a server failure (or carries no code).
 *
 * @example
 * failureCode(new ServerFailure('There is no Programs sheet. [RadList:MISSING_SHEET]')) // 'MISSING_SHEET'
 */
export function failureCode(error: unknown): ErrorCode | null {
  return error instanceof ServerFailure ? error.code : null;
}

/** What the alert box offers after a failure. */
export type Recovery = 'set-up-sheets' | 'try-again';

/**
 * Picks the alert box's button: "Set up sheets" when an input sheet is missing (trying again would fail the
 * same way), "Try again" otherwise.
 *
 * @param code - the failure's code (null: none)
 * @returns which button to show
 * @example
 * recoveryFor('MISSING_SHEET'); // → 'set-up-sheets'
 */
export function recoveryFor(code: ErrorCode | null): Recovery {
  return code === 'MISSING_SHEET' ? 'set-up-sheets' : 'try-again';
}
