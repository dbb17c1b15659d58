/**
 * Keeps user text as text when the add-on writes it with `setValues`. Sheets reads a written string as if
 * it were typed: `=…` becomes a formula, and `+1`, `-5`, `1e3`, `35%`, `$5`, `TRUE`, `2024-03-01`, `3/1/2024`
 * or `#N/A` become numbers, booleans, dates or errors. A leading apostrophe makes Sheets store the rest as
 * literal text (the apostrophe is not part of the stored value), so it is added whenever the text could be
 * read as anything but text. The rule errs on the safe side (any text starting with a digit, a sign, a
 * currency sign, `(`, `.`, `#`, `'`, `=` or `@` is escaped): an unneeded apostrophe changes nothing that is
 * stored. Text is also cleaned of control characters (newline and tab stay) and capped at Sheets' limit of
 * 50,000 characters per cell.
 */

/** Sheets' limit on the characters of one cell. */
export const CELL_TEXT_LIMIT = 50_000;

/** First characters that can make Sheets read a string as something other than text. */
const RISKY_START = /^[=+\-@'#.(0-9$€£¥₹]/;
/** Booleans, whatever their case. */
const BOOLEAN = /^(true|false)$/i;
/** Month names and abbreviations followed by a number: `March 2024`, `Mar 1`, `sept. 3`. */
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,/-]*\d/i;
/** Control characters other than tab (\u0009) and newline (\u000a), including C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * True when Sheets could read the (cleaned) text as a formula, number, percent, boolean, date or error.
 *
 * @param text - the text as it would be written
 * @returns whether a leading apostrophe is needed
 * @example
 * needsApostrophe('-5') // true
 */
export function needsApostrophe(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  return RISKY_START.test(trimmed) || BOOLEAN.test(trimmed) || MONTH_DATE.test(trimmed);
}

/**
 * Shortens text to the cell limit, ending with `…`, without splitting a surrogate pair.
 *
 * @param text - any text
 * @param limit - the most characters allowed (UTF-16 units)
 * @returns the text, shortened when over the limit
 * @example
 * capText('abcdef', 4) // 'abc…'
 */
export function capText(text: string, limit: number = CELL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = Math.max(0, limit - 1);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * Text with control characters removed as RadList writes it: `\r\n` and `\r` become a newline, other control
 * characters (NUL, vertical tab, C1 …) go; tab and newline stay. Keys are compared on this same text
 * (`foldKey`), so what is written and what is matched never differ.
 *
 * @example
 * removeControls('Ana\u0000 Li\r\n') // 'Ana Li\n'
 */
export function removeControls(text: string): string {
  return String(text).replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/**
 * Makes user text safe to write: control characters removed (`\r\n` becomes a newline), capped at 50,000
 * characters, and prefixed with an apostrophe when Sheets would otherwise not store it as this exact text.
 *
 * @param text - text that came from a user (a program name, ID, note, issue message …)
 * @returns the value to put in the `values` array
 * @example
 * asCellText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * asCellText('Lakeview Regional Radiology') // 'Lakeview Regional Radiology'
 */
export function asCellText(text: string): string {
  const cleaned = removeControls(text);
  const capped = capText(cleaned, CELL_TEXT_LIMIT);
  return needsApostrophe(capped) ? `'${capped}` : capped;
}
