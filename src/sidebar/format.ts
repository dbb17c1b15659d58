/**
 * Small pure formatters for the sidebar's text: dollars, counts with the right plural, the recommended
 * range, "and N more" for cut-off lists, and how long is left (or how long a run took) in plain words.
 */

export { formatDollars } from '../core/money.ts';

/**
 * Says how many of something, with the right plural.
 *
 * @param count - how many
 * @param singular - the word for one, e.g. `program`
 * @param plural - the word for several (default: singular + `s`)
 * @returns e.g. `1 program`, `12 programs`
 * @example
 * formatCount(2, 'applicant'); // → '2 applicants'
 */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * The recommendation sentence shown under the tier.
 *
 * @param recommended - the low end of the range, e.g. 60
 * @param range - the range as the server shows it, e.g. `60–80` (blank → `recommended+`)
 * @returns e.g. `Apply to 60–80 programs`
 * @example
 * formatRecommendation(80, '80+, and dual-apply'); // → 'Apply to 80+ programs, and dual-apply'
 */
export function formatRecommendation(recommended: number, range: string): string {
  const shown = range.trim() === '' ? `${recommended}+` : range.trim();
  const comma = shown.indexOf(',');
  if (comma === -1) return `Apply to ${shown} programs`;
  return `Apply to ${shown.slice(0, comma)} programs${shown.slice(comma)}`;
}

/**
 * The "and N more" note under a list the server cut short.
 *
 * @param shown - how many items are listed
 * @param total - how many there are in all
 * @returns e.g. `and 3 more`, or null when nothing was left out
 * @example
 * moreText(200, 215); // → 'and 15 more'
 */
export function moreText(shown: number, total: number): string | null {
  const hidden = total - shown;
  return hidden > 0 ? `and ${hidden} more` : null;
}

/**
 * Says a remaining time in plain words.
 *
 * @param seconds - seconds left, or null when not known yet
 * @returns e.g. `about 2 minutes left`, `a few seconds left`, or `working out the time left…`
 * @example
 * formatTimeLeft(95); // → 'about 2 minutes left'
 */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'working out the time left…';
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 60) return `about ${Math.round(seconds / 5) * 5} seconds left`;
  const minutes = Math.round(seconds / 60);
  return `about ${formatCount(minutes, 'minute')} left`;
}

/**
 * Says how long something took in plain words.
 *
 * @param millis - the time taken, in milliseconds
 * @returns `under a second` below 1 s, then e.g. `1 second`, `42 seconds`, `2 minutes 5 seconds`
 * @example
 * formatDuration(125_000); // → '2 minutes 5 seconds'
 */
export function formatDuration(millis: number): string {
  if (!Number.isFinite(millis) || millis < 1000) return 'under a second';
  const seconds = Math.round(millis / 1000);
  if (seconds < 60) return formatCount(seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const minutesText = formatCount(minutes, 'minute');
  return rest === 0 ? minutesText : `${minutesText} ${formatCount(rest, 'second')}`;
}
