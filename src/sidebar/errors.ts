/**
 * Turns whatever a failed server call hands the sidebar (an Error, a string, an object) into one plain
 * sentence for the alert box: no stack trace, no `Exception:` prefix, no script line numbers.
 */

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
  const raw = messageOf(error);
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

/** What the alert box offers after a failure. */
export type Recovery = 'set-up-sheets' | 'try-again';

const MISSING_INPUT = /set up sheets|^there is no (profile|programs|cohort|settings) sheet/i;

/**
 * Picks the alert box's button: "Set up sheets" when the failure says input sheets or headers are missing
 * (trying again would fail the same way), "Try again" otherwise.
 *
 * @param message - the cleaned failure message
 * @returns which button to show
 * @example
 * recoveryFor('There is no Programs sheet. Use "Set up sheets" in the RadList sidebar…'); // → 'set-up-sheets'
 */
export function recoveryFor(message: string): Recovery {
  return MISSING_INPUT.test(message.trim()) ? 'set-up-sheets' : 'try-again';
}
