/** setupSheets through the built bundle: what a new user meets first. */
import { describe, expect, it } from 'vitest';
import type { SetupResult } from '../../src/addon/api.ts';
import { listRows, openWorkbook, sheetNames, valuesOf } from './harness.ts';

describe('setupSheets', () => {
  it('creates the four input sheets with headers and every setting filled in', () => {
    const book = openWorkbook({});
    const reply = book.bundle.callServer('setupSheets', { withSamples: false });
    expect(reply.ok).toBe(true);
    expect((reply as { result: SetupResult }).result.created).toEqual([
      'Profile',
      'Programs',
      'Cohort',
      'Settings',
    ]);
    expect(valuesOf(book, 'Programs')[0]).toContain('Min Step 2 CK');
    const settings = valuesOf(book, 'Settings');
    expect(settings.some((row) => row[0] === 'Gold signals' && row[1] === 6)).toBe(true);
    expect(settings.some((row) => row[0] === 'ERAS fee after 30' && row[1] === 30)).toBe(true);
    expect(book.emulator.spreadsheet.getActiveSheet().getName()).toBe('Profile');
  });

  it('never overwrites an existing sheet', () => {
    const mine = [['Program'], ['My own program']];
    const book = openWorkbook({ Programs: mine });
    const reply = book.bundle.callServer('setupSheets', { withSamples: true });
    expect(reply.ok).toBe(true);
    expect((reply as { result: SetupResult }).result.kept).toEqual(['Programs']);
    expect(valuesOf(book, 'Programs')).toEqual(mine);
  });

  it('makes no look-alike of a sheet named with extra spaces, and says to rename it', () => {
    const book = openWorkbook({ 'Programs ': [['Program'], ['My own program']] });
    const reply = book.bundle.callServer('setupSheets', { withSamples: false });
    expect(reply.ok).toBe(true);
    const result = (reply as { result: SetupResult }).result;
    expect(result.created).toEqual(['Profile', 'Cohort', 'Settings']);
    expect(result.renameFirst).toEqual([
      "There is a sheet named 'Programs ' — rename it to 'Programs' (RadList looks for that exact name).",
    ]);
    expect(sheetNames(book).filter((name) => name.trim() === 'Programs')).toEqual(['Programs ']);
  });

  it('with samples gives a workbook that generates a list with every category a low-score IMG can have', () => {
    const book = openWorkbook({});
    expect(book.bundle.callServer('setupSheets', { withSamples: true }).ok).toBe(true);
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(true);
    const categories = new Set(listRows(book).map((row) => row.Category));
    for (const category of ['Reach', 'Target', 'Below minimum', 'Not eligible']) {
      expect(categories).toContain(category);
    }
    const programRows = valuesOf(book, 'Programs').length - 1;
    expect(listRows(book)).toHaveLength(programRows);
  });

  it('refuses a bad argument and creates nothing', () => {
    const book = openWorkbook({});
    const before = sheetNames(book);
    const reply = book.bundle.callServer('setupSheets', { withSamples: 'yes' });
    expect(reply.ok).toBe(false);
    expect(sheetNames(book)).toEqual(before);
  });

  it('removes what it created when Google Sheets fails part-way', () => {
    const book = openWorkbook({});
    const before = sheetNames(book);
    book.emulator.counter.failOnCall(6);
    const reply = book.bundle.callServer('setupSheets', { withSamples: true });
    expect(reply.ok).toBe(false);
    expect(sheetNames(book)).toEqual(before);
  });
});
