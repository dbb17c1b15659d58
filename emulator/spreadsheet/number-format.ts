/**
 * How Sheets shows a number under a number format, for `getDisplayValue(s)` and the playground's grid:
 * sections (`positive;negative;zero`), digit placeholders (`0`, `#`, `?`), thousands separators (`#,##0`),
 * decimals, percent (`0%`), currency and other literal characters (`$#,##0`, `+0;"−"0;0`), quoted text and
 * backslash escapes; `[Red]`-style colours and conditions are dropped, `[$€-407]` shows its symbol. The
 * "Automatic" format shows about ten significant digits, so float noise (0.30000000000000004) never shows.
 * Scientific notation and fractions are not modelled (the number is shown as Automatic would).
 */

/** Splits a format into its sections at `;` outside quotes and brackets. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i += 1) {
    const char = format[i]!;
    if (char === '\\' && !quoted && i + 1 < format.length) {
      current += char + format[i + 1];
      i += 1;
      continue;
    }
    if (char === '"' && !bracket) quoted = !quoted;
    else if (char === '[' && !quoted) bracket = true;
    else if (char === ']' && !quoted) bracket = false;
    else if (char === ';' && !quoted && !bracket) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

type Token = { kind: 'literal'; text: string } | { kind: 'digit'; char: '0' | '#' | '?' } | { kind: 'point' };

interface Section {
  tokens: Token[];
  grouped: boolean;
  percent: boolean;
  /** Each comma right after the last digit placeholder divides by 1,000. */
  scale: number;
  hasDigits: boolean;
}

function parseSection(text: string): Section {
  const tokens: Token[] = [];
  let grouped = false;
  let percent = false;
  let scale = 1;
  const literal = (value: string) => tokens.push({ kind: 'literal', text: value });
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '"') {
      const end = text.indexOf('"', i + 1);
      literal(text.slice(i + 1, end < 0 ? text.length : end));
      i = end < 0 ? text.length : end;
    } else if (char === '\\') {
      literal(text[i + 1] ?? '');
      i += 1;
    } else if (char === '_') {
      literal(' ');
      i += 1;
    } else if (char === '*') {
      i += 1;
    } else if (char === '[') {
      const end = text.indexOf(']', i + 1);
      const inside = text.slice(i + 1, end < 0 ? text.length : end);
      if (inside.startsWith('$')) literal(inside.slice(1).split('-')[0] ?? '');
      i = end < 0 ? text.length : end;
    } else if (char === '0' || char === '#' || char === '?') {
      tokens.push({ kind: 'digit', char });
    } else if (char === '.' && !tokens.some((t) => t.kind === 'point')) {
      tokens.push({ kind: 'point' });
    } else if (char === ',') {
      const before = tokens.some((t) => t.kind === 'digit');
      const after = /[0#?]/.test(text.slice(i + 1).replace(/"[^"]*"/g, ''));
      if (before && after) grouped = true;
      else if (before) scale *= 1000;
      else literal(',');
    } else if (char === '%') {
      percent = true;
      literal('%');
    } else if (char === '@') {
      // A text placeholder has no meaning for a number.
    } else {
      literal(char);
    }
  }
  return { tokens, grouped, percent, scale, hasDigits: tokens.some((t) => t.kind === 'digit') };
}

/** Numbers in the Automatic format: about ten significant digits, no float noise. */
export function automaticNumber(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Number.isInteger(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(10)));
}

function digitsFor(abs: number, section: Section): string {
  const point = section.tokens.findIndex((t) => t.kind === 'point');
  const digits = section.tokens.filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit');
  const intPlaces =
    point < 0 ? digits.length : section.tokens.slice(0, point).filter((t) => t.kind === 'digit').length;
  const decimals = digits.slice(intPlaces);
  const minDecimals = decimals.filter((d) => d.char === '0').length;
  const minInteger = digits.slice(0, intPlaces).filter((d) => d.char === '0').length;
  const fixed = abs.toFixed(decimals.length);
  let [whole = '0', fraction = ''] = fixed.split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && minInteger === 0) whole = '';
  whole = whole.padStart(minInteger, '0');
  if (section.grouped) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const showPoint = point >= 0 && (fraction !== '' || minDecimals > 0);
  return showPoint ? `${whole}.${fraction}` : whole;
}

/**
 * The text Sheets shows for a number under a number format.
 *
 * @param value - the number
 * @param format - the cell's number format (`0%`, `$#,##0`, `+0;"−"0;0`, `0.0` …)
 * @returns the display text
 * @example
 * formatNumber(0.21, '0%') // '21%'
 * formatNumber(-3, '+0;"−"0;0') // '−3'
 * formatNumber(1230, '$#,##0') // '$1,230'
 */
export function formatNumber(value: number, format: string): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const parts = sections(format);
  let text: string;
  let sign = '';
  if (value < 0 && parts.length >= 2) text = parts[1]!;
  else if (value === 0 && parts.length >= 3) text = parts[2]!;
  else {
    text = parts[0]!;
    if (value < 0) sign = '-';
  }
  const section = parseSection(text);
  if (!section.hasDigits && section.tokens.length === 0) return automaticNumber(value);
  const abs = (Math.abs(value) * (section.percent ? 100 : 1)) / section.scale;
  if (!section.hasDigits)
    return sign + section.tokens.map((t) => (t.kind === 'literal' ? t.text : '')).join('');
  const first = section.tokens.findIndex((t) => t.kind !== 'literal');
  let last = section.tokens.length - 1;
  while (section.tokens[last]?.kind === 'literal') last -= 1;
  const literals = (from: number, to: number) =>
    section.tokens
      .slice(from, to)
      .map((t) => (t.kind === 'literal' ? t.text : ''))
      .join('');
  const number = digitsFor(abs, section);
  // A value that rounds to zero shows no minus sign, as in Sheets.
  const shownSign = sign && /[1-9]/.test(number) ? sign : '';
  return `${shownSign}${literals(0, first)}${number}${literals(first, last + 1)}${literals(last + 1, section.tokens.length)}`;
}
