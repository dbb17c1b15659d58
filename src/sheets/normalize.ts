/**
 * Header and label matching: SPEC section 3 matches them case-insensitively, ignoring spaces and
 * punctuation, so `Min. Step 2 CK`, `min_step2ck` and `MIN STEP 2 CK` are the same header.
 */

/**
 * Folds a header or label to the form used for matching: lower case letters and digits only.
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
