import { describe, expect, it } from 'vitest';
import { makeApplicantList } from '../../src/core/applicant-list.ts';
import { seasonProgress } from '../../src/core/season-progress.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Status } from '../../src/core/types.ts';
import { makeRanked } from '../sheets/write-fixtures.ts';
import { makeApplicant, makeProgram } from './fixtures.ts';

const rows = [
  makeRanked({ program: { id: 'A' }, chance: 20 }),
  makeRanked({ program: { id: 'B' }, chance: 10, signalSent: 'Gold', signalledChance: 60 }),
  makeRanked({ program: { id: 'C' }, chance: 30 }),
  makeRanked({ program: { id: 'D' }, chance: 40 }),
  makeRanked({ program: { id: 'E' }, chance: null, category: 'Below minimum' }),
  makeRanked({ program: { id: 'F' }, chance: 50 }),
];

describe('seasonProgress', () => {
  it('is null until a status is marked', () => {
    expect(seasonProgress(rows, new Map())).toBeNull();
  });

  it('counts invited statuses as invited and sums the chances of the programs applied to, signalled ones at their signalled chance', () => {
    const statuses = new Map<string, Status>([
      ['A', 'Interviewed'],
      ['B', 'Matched'],
      ['C', 'Rejected'],
      ['D', 'Applied'],
      ['E', 'Applied'],
      ['F', 'Withdrawn'],
    ]);
    const progress = seasonProgress(rows, statuses)!;
    expect(progress).toMatchObject({
      applied: 6,
      invited: 2,
      rejected: 1,
      waiting: 2,
      withdrawn: 1,
      withoutChance: 1,
      matched: [rows[1]!.program.name],
    });
    // 20 + 60 (gold) + 30 + 40 = 150 percent = 1.5 invitations; F withdrawn and E (no Chance) left out.
    expect(progress.expected).toBeCloseTo(1.5, 10);
    expect(progress.text).toBe(
      '6 applications marked, 2 invited, 1 rejected, 2 waiting, 1 withdrawn. The chance model expected 1.5 invitations in all from the 4 programs you applied to and did not withdraw from (their chances added up, signalled ones at their signalled chance); 1 below minimum or not eligible is not counted. With 2 still waiting, more invitations may come.',
    );
  });

  it('reaches the plan through makeApplicantList, by program key', () => {
    const programs = [
      makeProgram({ id: 'P1', typicalStepTwo: 230 }),
      makeProgram({ id: 'P2', name: 'Other' }),
    ];
    const s = defaultSettings(2026);
    const { plan } = makeApplicantList(makeApplicant(), programs, s, {
      statuses: new Map([['P1', 'Invited']]),
    });
    expect(plan.progress).toMatchObject({ applied: 1, invited: 1 });
    expect(makeApplicantList(makeApplicant(), programs, s).plan.progress).toBeNull();
  });
});
