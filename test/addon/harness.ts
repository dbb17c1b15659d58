/**
 * Shared set-up for end-to-end tests: the built dist/ loaded into a fresh emulator holding the given
 * sheets, and small readers for what the add-on wrote.
 */
import { createEmulator, type Emulator } from '../../emulator/index.ts';
import { type Bundle, loadBundle } from '../../emulator/loader.ts';

export interface Workbook {
  emulator: Emulator;
  bundle: Bundle;
}

/** A fresh emulator with these sheets (seeded without counting calls) and the built add-on loaded. */
export function openWorkbook(sheets: Record<string, unknown[][]>): Workbook {
  const emulator = createEmulator({ distDir: 'dist' });
  for (const [name, values] of Object.entries(sheets)) emulator.spreadsheet.seedSheet(name, values);
  return { emulator, bundle: loadBundle(emulator) };
}

/** Values of a sheet (throws when it does not exist, so a missing output fails the test clearly). */
export function valuesOf(book: Workbook, name: string): unknown[][] {
  const snapshot = book.emulator.spreadsheet.inspect(name);
  if (!snapshot) throw new Error(`no sheet named ${name}`);
  return snapshot.values;
}

/** The rows of a list sheet as objects keyed by header (rows up to the first blank row). */
export function listRows(book: Workbook, name = 'Application List'): Record<string, unknown>[] {
  const [header = [], ...rows] = valuesOf(book, name);
  const end = rows.findIndex((row) => row.every((cell) => cell === ''));
  return (end === -1 ? rows : rows.slice(0, end)).map((row) =>
    Object.fromEntries(header.map((h, i) => [String(h), row[i]])),
  );
}

/** Every sheet name, in order. */
export function sheetNames(book: Workbook): string[] {
  return book.emulator.spreadsheet.sheetNames();
}
