/**
 * Colours as Sheets reports them: lower-case `#rrggbb`, short forms and a few CSS names expanded, and
 * white for "no colour".
 */
import { DEFAULT_BACKGROUND } from './sheet-model.ts';

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
};

/**
 * A CSS colour as Sheets reports it: lower-case `#rrggbb` (`#abc` expanded); null resets to white.
 *
 * @param color - the colour given to setBackground and friends
 * @returns the stored colour
 * @example
 * normalizeColor('#ABC') // '#aabbcc'
 */
export function normalizeColor(color: string | null | undefined): string {
  if (color === null || color === undefined || color === '') return DEFAULT_BACKGROUND;
  const text = String(color).trim().toLowerCase();
  const named = NAMED_COLORS[text];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return text;
}
