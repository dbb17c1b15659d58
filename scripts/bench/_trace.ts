import { benchWorkbook, cohortName } from '/work/wt-perf3/scripts/bench/workbooks.ts';
import { BUILDER_METHOD } from '/work/wt-perf3/scripts/bench/calls.ts';
const programs = Number(process.argv[2] ?? 50);
const { emulator, bundle } = benchWorkbook(programs, 8);
const counter = emulator.counter as any;
let log: string[] = [];
const orig = counter.record.bind(counter);
counter.record = (group: string, method: string, site?: any) => {
  if (group === 'Spreadsheet' || group === 'Lock') log.push(`${BUILDER_METHOD.test(method) ? '  (b) ' : ''}${method} ${site?.sheet ?? ''} ${site?.rows ?? ''}x${site?.columns ?? ''}`);
  return orig(group, method, site);
};
const run = (what: string, arg: any) => {
  log = [];
  const r = bundle.callServer('generateList', arg);
  const n = log.filter((l) => !l.startsWith('  (b)') && !l.startsWith('Lock')).length;
  console.log(`=== ${what}: ${n} calls (ok ${r.ok})`);
  if (!process.argv.includes('-q')) for (const l of log) console.log(l);
};
run('first', {});
run('regen', {});
run('first NAME', { applicant: cohortName(0) });
run('NAME again', { applicant: cohortName(0) });
