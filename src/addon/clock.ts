/**
 * The one place the add-on reads the clock. Core and sheets never do: "now" and the year come in as
 * arguments from here.
 */

/** Milliseconds since 1970, for measuring how long a call has run. */
export function now(): number {
  return Date.now();
}

/** The calendar year today, which a blank `Cycle year` means (see `defaultSettings`). */
export function currentYear(): number {
  return new Date().getFullYear();
}

/**
 * Today's date as `YYYY-MM-DD` (the script's time zone), so readers can tell a date in the future.
 *
 * @example
 * today() // '2026-07-01'
 */
export function today(): string {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
