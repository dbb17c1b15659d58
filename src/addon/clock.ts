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
