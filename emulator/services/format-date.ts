/**
 * `Utilities.formatDate(date, timeZone, pattern)`: the SimpleDateFormat subset RadList may use (yyyy, yy,
 * MMMM, MMM, MM, M, dd, d, HH, H, hh, h, mm, ss, SSS, EEEE, EEE, a, and 'quoted' text), with real time-zone
 * rules from Intl. Zones are IANA names (`America/New_York`) or fixed offsets (`GMT`, `UTC`, `GMT+2`,
 * `GMT-05:30`).
 */

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Wall-clock parts of `time` in `timeZone`. */
function partsIn(time: number, timeZone: string): DateParts {
  const fixed = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(timeZone);
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    const offset = sign * (Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0));
    const shifted = new Date(time + offset * 60_000);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
      weekday: shifted.getUTCDay(),
    };
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
  } catch {
    throw new Error(`Invalid argument: timeZone`);
  }
  const get = (type: string) => format.formatToParts(time).find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: DAYS.findIndex((d) => d.startsWith(get('weekday'))),
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function field(token: string, p: DateParts, millis: number): string {
  const letter = token[0]!;
  const width = token.length;
  switch (letter) {
    case 'y':
      return width === 2 ? pad(p.year % 100, 2) : pad(p.year, width);
    case 'M':
      if (width >= 4) return MONTHS[p.month - 1]!;
      if (width === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      return pad(p.month, width);
    case 'd':
      return pad(p.day, width);
    case 'H':
      return pad(p.hour, width);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, width);
    case 'm':
      return pad(p.minute, width);
    case 's':
      return pad(p.second, width);
    case 'S':
      return pad(millis, 3).slice(0, Math.max(width, 3));
    case 'E':
      return width >= 4 ? DAYS[p.weekday]! : DAYS[p.weekday]!.slice(0, 3);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats a date as Apps Script's `Utilities.formatDate` does.
 *
 * @param date - the moment (a Date of any realm, or milliseconds)
 * @param timeZone - IANA zone or `GMT±h[:mm]`
 * @param pattern - a SimpleDateFormat pattern
 * @returns the formatted text
 * @example formatDate(new Date(Date.UTC(2025, 5, 1, 14)), 'America/New_York', 'yyyy-MM-dd HH:mm') // '2025-06-01 10:00'
 */
export function formatDate(date: Date | number, timeZone: string, pattern: string): string {
  const time = typeof date === 'number' ? date : Date.prototype.getTime.call(date);
  if (Number.isNaN(time)) throw new Error('Invalid argument: date');
  const parts = partsIn(time, String(timeZone));
  const millis = ((time % 1000) + 1000) % 1000;
  let out = '';
  const tokens = String(pattern).match(/'[^']*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith("'")) out += token === "''" ? "'" : token.slice(1, -1);
    else if (/^[A-Za-z]/.test(token)) out += field(token, parts, millis);
    else out += token;
  }
  return out;
}
