/**
 * Real program lists through the built add-on in the emulator: each of the four shapes of
 * test/fixtures/program-lists.ts gives a full list with few data issues, number formats are read with the
 * values (a fraction in a percent cell is a fraction; 150% is named), and counts or scores no real profile
 * has are issues by cell, never red flags or figures.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index.ts';
import { loadBundle } from '../../emulator/loader.ts';
import type { PlanSummary } from '../../src/addon/api.ts';
import { programListShapes } from '../fixtures/program-lists.ts';
import { listRows } from './harness.ts';

/** The plan's notes on whole Programs columns (`Your Programs sheet has no … column`), not about one cell. */
const isColumnNote = (issue: { message: string }) => issue.message.startsWith('Your Programs sheet has ');

const PROFILE = [
  ['Name', 'Real Lists Tester'],
  ['Applicant type', 'US IMG'],
  ['Step 2 CK', 232],
  ['Graduation year', 2022],
];

function generate(programs: unknown[][], formats?: string[][], profile: unknown[][] = PROFILE) {
  const emulator = createEmulator({ distDir: 'dist' });
  emulator.spreadsheet.seedSheet('Profile', profile);
  emulator.spreadsheet.seedSheet('Programs', programs, formats ? { numberFormats: formats } : undefined);
  const book = { emulator, bundle: loadBundle(emulator) };
  const reply = book.bundle.callServer('generateList', {});
  expect(reply.ok, JSON.stringify(reply)).toBe(true);
  return { book, summary: (reply as { result: PlanSummary }).result };
}

describe.each(programListShapes().map((shape) => [shape.name, shape] as const))(
  'generateList on the %s list',
  (_name, shape) => {
    it('lists every DR program, with at most one Programs issue per ten rows', () => {
      const { book, summary } = generate(shape.values, shape.formats);
      expect(listRows(book)).toHaveLength(shape.programCount);
      const programIssues = summary.issues.filter(
        (issue) => issue.sheet === 'Programs' && !isColumnNote(issue),
      );
      expect(programIssues.length).toBeLessThanOrEqual(Math.floor((shape.values.length - 1) / 10));
    });
  },
);

describe('number formats read with the values', () => {
  it('reads 1 in a percent cell as 100% and names 1.5 (150%) by its cell', () => {
    const programs = [
      ['Program', 'State', 'IMG %'],
      ['Alpha Fictional', 'OH', 1],
      ['Beta Fictional', 'TX', 1.5],
    ];
    const formats = [
      ['', '', ''],
      ['', '', '0%'],
      ['', '', '0%'],
    ];
    const { summary } = generate(programs, formats);
    const imgIssues = summary.issues.filter((issue) => issue.sheet === 'Programs' && !isColumnNote(issue));
    expect(imgIssues).toEqual([
      expect.objectContaining({ cell: 'C3', message: expect.stringContaining('"1.5" is not a percentage') }),
    ]);
  });
});

describe('counts and scores no real profile has', () => {
  it('are issues by cell, not red flags or scores', () => {
    const { summary } = generate(
      [
        ['Program', 'State'],
        ['Alpha Fictional', 'OH'],
      ],
      undefined,
      [
        ['Name', 'Odd Numbers'],
        ['Step 1 attempts', 999999999],
        ['Step 2 CK', '1,234'],
        ['Step 2 CK attempts', '1e9'],
        ['Radiology letters', 1e9],
      ],
    );
    expect(summary.redFlags.join(' ')).not.toMatch(/999999999|1000000000/);
    expect(summary.issues.filter((issue) => issue.sheet === 'Profile').map((issue) => issue.cell)).toEqual([
      'B2',
      'B3',
      'B4',
      'B5',
    ]);
    expect(summary.tier).toBeNull();
  });
});
