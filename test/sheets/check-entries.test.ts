import { describe, expect, it } from 'vitest';
import { matchEntries } from '../../src/core/match-names.ts';
import { entryIssues } from '../../src/sheets/check-entries.ts';
import { makeApplicant, makeProgram } from '../core/fixtures.ts';

const programs = [
  makeProgram({ name: 'Lakeview Regional Radiology', id: 'FX-1001', city: 'Toledo', state: 'OH' }),
  makeProgram({ name: 'Harbor City Medical Center', id: 'FX-2002', city: 'Milwaukee', state: 'WI' }),
];
const cellOf = (key: 'rotations' | 'ties') => ({
  sheet: 'Profile',
  row: key === 'rotations' ? 17 : 18,
  column: 2,
});
const messages = (rotations: string[], ties: string[] = []) =>
  entryIssues(makeApplicant({ rotations, ties }), programs, cellOf).map(
    (issue) => `${issue.cell} ${issue.message}`,
  );

describe('matchEntries', () => {
  it('matches a rotation by name, part of a name or ID, and a tie by state, city or program', () => {
    expect(
      matchEntries(['Lakeview', 'FX-2002', 'Lakeveiw', 'Radiology', 'OH'], programs, 'rotation').map(
        (e) => e.matched,
      ),
    ).toEqual([true, true, false, false, false]);
    expect(
      matchEntries(['Texas', 'Milwaukee', 'Harbor City', 'Springfield'], programs, 'tie').map(
        (e) => e.matched,
      ),
    ).toEqual([true, true, true, false]);
  });
});

describe('entryIssues', () => {
  it('names a mistyped rotation at its cell with the nearest program', () => {
    expect(messages(['Lakeveiw Regional Radiology'])).toEqual([
      'B17 Rotations "Lakeveiw Regional Radiology" names no program in your Programs sheet, so it counts in no Chance or Fit: the nearest is "Lakeview Regional Radiology"; type it as in Programs if that is the one.',
    ]);
    expect(messages(['FX-10'])[0]).toContain('the nearest is "Lakeview Regional Radiology" (ID FX-1001)');
    expect(messages(['Lakeveiw'])[0]).toContain('the nearest is "Lakeview Regional Radiology"');
  });

  it('says why an entry of common words alone matches nothing', () => {
    expect(messages(['Medical Center'])).toEqual([
      'B17 Rotations "Medical Center" names no program in your Programs sheet (it has only common words such as "medical", "center" or "radiology", which never match by part of a name), so it counts in no Chance or Fit: type the program\'s name or ID as in Programs.',
    ]);
    expect(messages([], ['Radiology'])[0]).toMatch(/^B18 Ties "Radiology" names no state/);
  });

  it('names a mistyped tie with the nearest city, and leaves real states and matches alone', () => {
    expect(messages([], ['Milwaukeee'])[0]).toContain('the nearest is the city "Milwaukee"');
    expect(messages(['Lakeview', 'FX-2002'], ['Texas', 'Toledo', 'Harbor City'])).toEqual([]);
  });

  it('says nothing when there are no programs to match yet', () => {
    expect(entryIssues(makeApplicant({ rotations: ['Anything'] }), [], cellOf)).toEqual([]);
  });
});
