/**
 * The ranking gives exactly the output it gave before it was made faster (issue 15): for 400 seeded random
 * cases (`ranking-cases.ts`), every ranked row (order, category, Chance and its steps, Fit and its factors,
 * margin, Apply, signals, Why, Issues) and the whole plan are compared, as a SHA-256 digest per case, with
 * test/fixtures/ranking-golden.json, recorded from the ranking before the speed work (main at 330008f).
 *
 * A deliberate change to what a list says (a new Why wording, a model change) changes these digests: check
 * the change is the one intended in the other tests, then record the new digests with
 * `UPDATE_RANKING_GOLDEN=1 npx vitest run test/core/ranking-golden.test.ts` and say so in the commit.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeApplicantList } from '../../src/core/applicant-list.ts';
import { rankingCase } from './ranking-cases.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ranking-golden.json');
const CASES = 400;

/** Everything a list shows, as stable text: programs by key and row, maps and sets as sorted entries. */
function outputText(index: number): string {
  const { applicant, programs, settings, options } = rankingCase(index);
  const result = makeApplicantList(applicant, programs, settings, options);
  return JSON.stringify(result, (key, value) => {
    if (key === 'program' && value !== null && typeof value === 'object') {
      return `${(value as { key: string }).key}@${(value as { row: number }).row}`;
    }
    if (value instanceof Map) return [...value.entries()].sort();
    if (value instanceof Set) return [...value].sort();
    return value;
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

describe('ranking output is unchanged by the speed work', () => {
  it('matches the recorded output of every case', () => {
    const digests = Array.from({ length: CASES }, (_, i) => digest(outputText(i)));
    if (process.env.UPDATE_RANKING_GOLDEN === '1') {
      fs.writeFileSync(FIXTURE, `${JSON.stringify({ cases: CASES, digests }, null, 2)}\n`);
    }
    const recorded = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { cases: number; digests: string[] };
    expect(recorded.cases).toBe(CASES);
    const changed = digests.flatMap((d, i) => (d === recorded.digests[i] ? [] : [i]));
    expect(changed, `cases whose output changed (see outputText(${changed[0]}))`).toEqual([]);
  });

  it('covers the situations the ranking distinguishes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < CASES; i++) {
      const { applicant, programs, settings, options } = rankingCase(i);
      const { ranked } = makeApplicantList(applicant, programs, settings, options);
      for (const row of ranked) {
        seen.add(row.category);
        if (row.apply) seen.add('apply');
        if (row.signal !== '') seen.add(`suggested ${row.signal}`);
        if (row.signalSent !== '') seen.add('sent');
        if (row.fitFactors.some((f) => f.label.startsWith('tie ('))) seen.add('tie');
        if (row.fitFactors.some((f) => f.label === 'rotated here')) seen.add('rotated');
        if (row.fitFactors.some((f) => f.label === 'capped at 100')) seen.add('capped');
        if (row.issues.includes('stale')) seen.add('stale');
        if (row.issues.includes('at most a Reach')) seen.add('preferred minimum');
        if (row.issues.includes('cannot count as a Safety')) seen.add('not a Safety');
        if (row.chanceUnknown.length > 0) seen.add('unknown');
        if (row.chanceSteps.some((step) => step.label.includes('taken as minimum')))
          seen.add('typical taken');
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'Below minimum',
        'Not eligible',
        'Reach',
        'Safety',
        'Target',
        'apply',
        'capped',
        'not a Safety',
        'preferred minimum',
        'rotated',
        'sent',
        'stale',
        'suggested Gold',
        'suggested Silver',
        'tie',
        'typical taken',
        'unknown',
      ].sort(),
    );
  });
});
