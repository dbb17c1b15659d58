import { describe, expect, it } from 'vitest';
import type { KeyCell } from '../../src/sheets/carry-over.ts';
import {
  cohortFallbackKey,
  cohortRowKey,
  listColumnAliases,
  programFallbackKey,
  programRowKey,
} from '../../src/sheets/row-keys.ts';

/** A row's cells: the columns given, every other column absent from the sheet. */
function cells(row: Record<string, string>): KeyCell {
  return (column) => row[column] ?? null;
}

describe('programRowKey and programFallbackKey', () => {
  it.each([
    [{ Program: 'Lakeview', ID: 'FX-1', State: 'OH' }, 'FX-1', 'Lakeview|OH'],
    [{ Program: 'Lakeview', ID: '', State: 'oh' }, 'Lakeview|OH', 'Lakeview|OH'],
    [{ Program: '', ID: 'FX-1', State: 'OH' }, 'FX-1', ''],
    [{ Program: '', ID: '', State: 'OH' }, '', ''],
    [{ Program: 'Lakeview', State: 'OH' }, '', 'Lakeview|OH'],
    [{ ID: '', State: 'OH' }, '', ''],
    [{ Program: 'Lakeview', ID: '' }, '', ''],
  ])('keys %j as %j, falling back to %j', (row, key, fallback) => {
    expect(programRowKey(cells(row))).toBe(key);
    expect(programFallbackKey(cells(row))).toBe(fallback);
  });
});

describe('cohortRowKey and cohortFallbackKey', () => {
  it('puts the applicant before the program key, and makes no key without an applicant', () => {
    const row = { Applicant: 'Ana Li', Program: 'Lakeview', ID: 'FX-1', State: 'OH' };
    expect(cohortRowKey(cells(row))).toBe('Ana Li\u0001FX-1');
    expect(cohortFallbackKey(cells(row))).toBe('Ana Li\u0001Lakeview|OH');
    const { Applicant: _, ...nobody } = row;
    expect(cohortRowKey(cells(nobody))).toBe('');
    expect(cohortFallbackKey(cells(nobody))).toBe('');
    expect(cohortRowKey(cells({ ...row, Applicant: '' }))).toBe('');
  });
});

describe('listColumnAliases', () => {
  it('gives the names Programs and Cohort accept, and none for a column only lists have', () => {
    expect(listColumnAliases('ID')).toContain('NRMP code');
    expect(listColumnAliases('Applicant')).toContain('Student');
    expect(listColumnAliases('Program')).toContain('Program name');
    expect(listColumnAliases('Why')).toEqual([]);
  });
});
