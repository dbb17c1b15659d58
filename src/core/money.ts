/**
 * Dollars as RadList shows them everywhere (plan sheet text, sidebar, menu alerts, next steps): `$797`,
 * `$1,230`, `$12.50` — the same as the sheets' `$#,##0` number format shows whole dollars.
 */

/**
 * Formats an amount of dollars with a dollar sign and thousands separators; cents only when there are any.
 *
 * @param dollars - an amount
 * @returns e.g. `$1,230`; `—` when the amount is not a finite number
 * @example
 * formatDollars(1230) // '$1,230'
 * formatDollars(12.5) // '$12.50'
 */
export function formatDollars(dollars: number): string {
  if (!Number.isFinite(dollars)) return '—';
  const cents = Math.round(dollars * 100);
  const whole = Math.floor(Math.abs(cents) / 100);
  const rest = Math.abs(cents) % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${cents < 0 ? '-' : ''}$${grouped}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}
