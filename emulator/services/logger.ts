/**
 * Emulated Logger and console: every line the add-on logs is kept in `emulator.logs` (source, level and
 * text), so tests can assert on it and nothing is printed to the test output.
 */

export interface LogLine {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

const show = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    return String((value as Error).message);
  }
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
};

/** Fills `%s`, `%d` and `%o` placeholders in order, as Logger.log(format, values…) does. */
function formatLine(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string' || rest.length === 0) return args.map(show).join(' ');
  let index = 0;
  const text = first.replace(/%[sdio]/g, (token) => (index < rest.length ? show(rest[index++]) : token));
  return [text, ...rest.slice(index).map(show)].join(' ');
}

/**
 * Builds Logger and console writing into one list of lines.
 *
 * @param lines - where log lines go (the emulator's `logs`)
 * @returns `{ Logger, console }` as the add-on sees them
 * @example createLogging(lines).Logger.log('%s programs', 3)
 */
export function createLogging(lines: LogLine[]) {
  const own: string[] = [];
  const Logger = {
    log(...args: unknown[]) {
      const message = formatLine(args);
      own.push(message);
      lines.push({ source: 'Logger', level: 'log', message });
      return Logger;
    },
    getLog: () => own.join('\n'),
    clear: () => {
      own.length = 0;
    },
  };
  const to =
    (level: LogLine['level']) =>
    (...args: unknown[]): void => {
      lines.push({ source: 'console', level, message: formatLine(args) });
    };
  const console = {
    log: to('log'),
    info: to('info'),
    warn: to('warn'),
    error: to('error'),
    debug: to('debug'),
  };
  return { Logger, console };
}
