/**
 * Core ranking throughput, bundle-free: the core imported directly, a 1,000-applicant cohort ranked against
 * 300 programs (both read from synthetic sheets by the real readers), on one core. One untimed warm-up, then
 * the median of several timed runs, in applicant × program pairs per second.
 */
import os from 'node:os';
import { makeApplicantList } from '../../src/core/applicant-list.ts';
import { recommendation } from '../../src/core/plan.ts';
import { rankPrograms } from '../../src/core/rank.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { countFailedAttempts } from '../../src/core/tier.ts';
import { readCohort } from '../../src/sheets/read-cohort.ts';
import { readPrograms } from '../../src/sheets/read-programs.ts';
import { type Figure, median, timeRuns } from './figure.ts';
import { syntheticCohort, syntheticPrograms } from './workbooks.ts';

/** Target: applicant × program pairs ranked per second on one core. */
export const PAIRS_PER_SECOND_TARGET = 500_000;

/**
 * Measures rankPrograms (and makeApplicantList, which adds the plan) over a cohort.
 *
 * @param applicantCount - cohort size (default 1,000)
 * @param programCount - Programs size (default 300)
 * @param runs - timed runs after one warm-up (default 5)
 * @returns the throughput figures
 * @example measureRanking(100, 30, 3)[0]!.unit // 'pairs/s'
 */
export function measureRanking(applicantCount = 1000, programCount = 300, runs = 5): Figure[] {
  const s = defaultSettings(2026);
  const { programs } = readPrograms(syntheticPrograms(programCount));
  const applicants = readCohort(syntheticCohort(applicantCount)).applicants.map((entry) => entry.applicant);
  const counts = applicants.map((a) => recommendation(a.stepTwoScore, countFailedAttempts(a), s).count);
  const pairs = applicants.length * programs.length;
  const firstStart = performance.now();
  for (const [i, a] of applicants.entries()) rankPrograms(a, programs, s, { recommended: counts[i]! });
  const firstMs = performance.now() - firstStart;
  // CPU time beside wall time: on a shared machine the wall clock also counts time spent waiting for a core.
  const rankCpuMs: number[] = [];
  const rankMs = timeRuns(
    () => {
      const cpu = process.cpuUsage();
      for (const [i, a] of applicants.entries()) rankPrograms(a, programs, s, { recommended: counts[i]! });
      const used = process.cpuUsage(cpu);
      rankCpuMs.push((used.user + used.system) / 1000);
    },
    runs,
    0,
  );
  const listMs = timeRuns(() => {
    for (const a of applicants) makeApplicantList(a, programs, s);
  }, runs);
  const rate = (ms: number) => Math.round(pairs / (ms / 1000));
  const size = `${applicants.length.toLocaleString('en-US')} × ${programs.length}`;
  return [
    {
      name: `Core ranking throughput (rankPrograms, ${size})`,
      value: rate(median(rankMs)),
      unit: 'pairs/s',
      target: `≥ ${PAIRS_PER_SECOND_TARGET.toLocaleString('en-US')}`,
      met: rate(median(rankMs)) >= PAIRS_PER_SECOND_TARGET,
      method: `src/core imported directly, one core; first (cold) pass untimed as warm-up (${Math.round(firstMs)} ms), then median of ${runs} runs (${Math.round(median(rankMs))} ms each; process CPU ${Math.round(median(rankCpuMs))} ms each, ${rate(median(rankCpuMs)).toLocaleString('en-US')} pairs per CPU second; load average ${os.loadavg()[0]!.toFixed(1)})`,
      detail: { pairs, runsMs: rankMs, cpuMs: rankCpuMs, firstRunMs: firstMs },
    },
    {
      name: `Core list + plan throughput (makeApplicantList, ${size})`,
      value: rate(median(listMs)),
      unit: 'pairs/s',
      target: '',
      met: null,
      method: `as above, plus buildPlan per applicant; one warm-up, median of ${runs} runs (${Math.round(median(listMs))} ms each)`,
      detail: { pairs, runsMs: listMs },
    },
  ];
}
