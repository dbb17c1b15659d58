/**
 * The one place RadList folds text before comparing it (issue 13's "one text-folding rule"), each fold for
 * one purpose:
 * - `normalizeLabel`: headers, labels and choice words — SPEC section 3 matches them case-insensitively,
 *   ignoring spaces and punctuation, so `Min. Step-2 CK`, `min_step2ck` and `MIN STEP 2 CK` are one header.
 * - `foldLetters`: the words that mean unknown or "no limit" (`N/A`, `n.a.`, `No-limit`), letters only.
 * - `foldKey`: names and keys compared as "the same one" (programs, applicants): case, runs of spaces and
 *   control characters (removed as RadList removes them when it writes text).
 */
import { removeControls } from './text-safety.ts';

/**
 * Folds a header or label to the form used for matching: lower case letters and digits only (accents
 * dropped).
 *
 * @example
 * normalizeLabel(' Min. Step-2 CK ') // 'minstep2ck'
 */
export function normalizeLabel(label: unknown): string {
  return String(label ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Folds short text to its lower-case letters only, for word lists such as "unknown" words.
 *
 * @example
 * foldLetters('N/A') // 'na'
 */
export function foldLetters(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * A name or key folded for "is this the same one?" checks — the one cleaning rule for keys everywhere
 * (readers, carry-over, cohort batches): control characters removed as RadList writes text (`removeControls`),
 * lower case, runs of spaces, tabs and line breaks one space, trimmed.
 *
 * @example
 * foldKey(' Mayo\t Clinic\u0000 ') // 'mayo clinic'
 */
export function foldKey(text: string): string {
  return removeControls(String(text)).toLowerCase().replace(/\s+/g, ' ').trim();
}
