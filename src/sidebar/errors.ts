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
