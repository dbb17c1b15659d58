/**
 * Someone else's program list: synonyms and odd headers, values typed every which way, a blank name, a
 * repeated ID and text that looks like formulas. The list must still be right, every bad cell must be named,
 * and nothing written may become a formula.
 */
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/addon/api.ts';
import { listRows, openWorkbook } from './harness.ts';

const PROFILE = [
  ['  NAME ', 'Messy Tester'],
  ['USMLE Step 2 CK', '222 (1st attempt)'],
  ['year of graduation', 2021],
  ['Needs visa?', 'n'],
  ['US clinical experience', '8 weeks'],
];

// biome-ignore format: a table reads best one row a line
const PROGRAMS = [
  ['ACGME id', 'program NAME', 'st.', 'Minimum Step-2 CK', 'median step 2 ck', 'IMG residents %', 'Accepts IMGs?', 'My own column'],
  ['A1', 'Alpha Community', 'new york', '≥ 220', 230, '35%', '✓', 'keep me'],
  ['A2', 'Beta University', 'CA', 'N/A', 240, 0.35, 'yes', ''],
  ['A3', 'Gamma Health', 'TX', 'abc', '', 35, 'TRUE', ''],
  ['A4', '', 'TX', 210, '', '', '', ''],
  ['A1', 'Alpha Again', 'OH', 200, '', '', '', ''],
  ['A6', 'Delta Hospital', 'Ohio', 230, 235, '', 'N', ''],
  ['A7', 'Epsilon Medical', 'OH', 200, '', '', 'maybe', ''],
];

describe('generateList on a messy workbook', () => {
  const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
  const reply = book.bundle.callServer('generateList', {});
  const summary = (reply as { result: PlanSummary }).result;
  const rows = listRows(book);
  const byName = Object.fromEntries(rows.map((row) => [row.Program, row]));

  it('reads the applicant and the programs through the synonyms', () => {
    expect(reply.ok).toBe(true);
    expect(summary.applicant).toBe('Messy Tester');
    expect(summary.tier).toBe('Mildly low');
    expect(byName['Alpha Community']?.State).toBe('NY');
    expect(byName['Alpha Community']?.['Min Step 2 CK']).toBe(220);
  });

  it('lists each readable program once and leaves out the blank name and the repeated ID', () => {
    expect(rows.map((row) => row.Program).sort()).toEqual(
      ['Alpha Community', 'Beta University', 'Delta Hospital', 'Epsilon Medical', 'Gamma Health'].sort(),
    );
  });

  it('treats N/A and unreadable minimums as unknown, never as 0 and never as a reason to exclude', () => {
    expect(byName['Beta University']?.Category).not.toBe('Below minimum');
    expect(String(byName['Beta University']?.Issues)).toMatch(/minimum score unknown/);
    expect(byName['Gamma Health']?.['Min Step 2 CK']).toBe('');
    expect(byName['Delta Hospital']?.Category).toBe('Below minimum');
  });

  it('names each bad cell: the unreadable score, the blank name, the repeated ID and the unclear yes/no', () => {
    const cells = summary.issues.filter((issue) => issue.sheet === 'Programs').map((issue) => issue.cell);
    expect(cells).toEqual(expect.arrayContaining(['D4', 'B5', 'A6', 'G8']));
    for (const issue of summary.issues) {
      expect(issue.cell).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
      expect(issue.message.length).toBeGreaterThan(10);
    }
    expect(summary.issues.some((issue) => issue.sheet === 'Programs' && issue.cell === 'C2')).toBe(false);
  });

  it('writes the issues into the Application Plan too', () => {
    const plan = book.emulator.spreadsheet.inspect('Application Plan')!.values.flat().join(' ');
    expect(plan).toMatch(/D4/);
  });
});
