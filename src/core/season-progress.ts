/**
 * The season so far (SPEC section 3.5): how many programs the applicant has applied to and been invited by,
 * from the `Status` they mark in their list, against what the chance model expects from those same programs
 * — the sum of their chances, each signalled one at its signalled chance (as expected interviews are summed).
 * Every status means the applicant applied; `Invited`, `Interviewed`, `Ranked` and `Matched` mean invited.
 * A withdrawn application is left out of the expectation (the program never decided).
 */
import { oneDecimal } from './outlook.ts';
import { INVITED_STATUSES, type RankedProgram, type SeasonProgress, type Status } from './types.ts';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The season's progress for one ranked list.
 *
 * @param ranked - the ranked list (programs that left it are not counted)
 * @param statuses - the status marked for each program, by program key
 * @returns the counts and the expectation, or null when no program of the list has a status yet
 * @example
 * seasonProgress(ranked, new Map([['FX-1', 'Invited']]))?.invited // 1
 */
export function seasonProgress(
  ranked: readonly RankedProgram[],
  statuses: ReadonlyMap<string, Status>,
): SeasonProgress | null {
  if (statuses.size === 0) return null;
  let applied = 0;
  let waiting = 0;
  let invited = 0;
  let rejected = 0;
  let withdrawn = 0;
  let expectedPercent = 0;
  let withoutChance = 0;
  const matched: string[] = [];
  for (const row of ranked) {
    const status = statuses.get(row.program.key);
    if (status === undefined) continue;
    applied += 1;
    if (status === 'Matched') matched.push(row.program.name);
    if (status === 'Applied') waiting += 1;
    else if (INVITED_STATUSES.includes(status)) invited += 1;
    else if (status === 'Rejected') rejected += 1;
    else withdrawn += 1;
    if (status === 'Withdrawn') continue;
    if (row.chance === null) withoutChance += 1;
    else expectedPercent += row.signalledChance ?? row.chance;
  }
  if (applied === 0) return null;
  const expected = expectedPercent / 100;
  const counted = applied - withdrawn - withoutChance;
  const parts = [
    `${plural(applied, 'application')} marked`,
    `${invited} invited`,
    `${rejected} rejected`,
    `${waiting} waiting`,
  ];
  if (withdrawn > 0) parts.push(`${withdrawn} withdrawn`);
  const compare =
    counted === 0
      ? 'None of them has a Chance to compare with.'
      : `The chance model expected ${oneDecimal(expected)} invitation${oneDecimal(expected) === '1.0' ? '' : 's'} in all from the ${plural(counted, 'program')} you applied to${withdrawn > 0 ? ' and did not withdraw from' : ''} (their chances added up, signalled ones at their signalled chance)${withoutChance > 0 ? `; ${withoutChance} below minimum or not eligible ${withoutChance === 1 ? 'is' : 'are'} not counted` : ''}.`;
  const pace =
    counted === 0 || waiting === 0 ? '' : ` With ${waiting} still waiting, more invitations may come.`;
  return {
    applied,
    waiting,
    invited,
    rejected,
    withdrawn,
    expected,
    withoutChance,
    matched,
    text: `${parts.join(', ')}. ${compare}${pace}`,
  };
}
