/**
 * The plan's outlook (SPEC section 2): expected interviews with and without signals, the exact chance of at
 * least `Target interviews`, how many programs it would take to reach the wanted chance of that (adding the
 * eligible programs not in the Apply set, highest Chance first) or that none would; where the Apply set's
 * places went when a category fell short; suggested geographic-preference divisions when the Profile names
 * none; and one sentence per Programs column absent from the sheet. Every figure uses the whole percents shown.
 */
import { applyPlaces } from './apply-set.ts';
import { chanceOfAtLeast, expectedInterviews, programsNeeded } from './interviews.ts';
import type { Settings } from './settings.ts';
import type {
  Applicant,
  Division,
  DivisionSuggestion,
  InterviewOutlook,
  Program,
  RankedProgram,
} from './types.ts';

/** One decimal, as the plan shows expected interviews. */
export function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** Whole percent of a probability, shown as `<1%` / `>99%` only in text. */
function percentOf(probability: number): number {
  return Math.round(probability * 100);
}

function percentText(percent: number, probability: number): string {
  if (percent === 0 && probability > 0) return 'less than 1%';
  if (percent === 100 && probability < 1) return 'more than 99%';
  return `${percent}%`;
}

/** Rows that count toward interviews: the Apply set, and any other eligible row with a signal sent. */
export function countedRows(ranked: readonly RankedProgram[]): RankedProgram[] {
  return ranked.filter((r) => r.chance !== null && (r.apply || r.signalSent !== ''));
}

/**
 * The interview outlook of a ranked list.
 *
 * @param ranked - the ranked list (from `rankPrograms`)
 * @param s - settings (`targetInterviews`, `wantedChanceOfTarget`)
 * @param advice - what to do when no number of programs gets there (e.g. dual-apply), joined into the advice
 * @returns the figures and their plain-words advice
 * @example
 * interviewOutlook(ranked, defaultSettings(2026), []).expected // e.g. 7.4
 */
export function interviewOutlook(
  ranked: readonly RankedProgram[],
  s: Settings,
  advice: readonly string[],
): InterviewOutlook {
  const counted = countedRows(ranked);
  const withSignals = counted.map((r) => r.signalledChance ?? r.chance!);
  const without = counted.map((r) => r.chance!);
  const countedSet = new Set(counted);
  const others = ranked.filter((r) => r.chance !== null && !countedSet.has(r)).map((r) => r.chance!);
  const target = Math.max(1, Math.round(s.targetInterviews));
  const wanted = s.wantedChanceOfTarget / 100;
  const expected = expectedInterviews(withSignals);
  const expectedWithout = expectedInterviews(without);
  const ofTarget = chanceOfAtLeast(withSignals, target);
  const needed = programsNeeded(withSignals, others, target, wanted);
  const chanceOfTarget = percentOf(ofTarget);
  const wantedPercent = Math.round(s.wantedChanceOfTarget);
  const lead =
    counted.length === 0
      ? 'No program is in your Apply set yet, so no interviews can be expected.'
      : `Expected interviews from your ${counted.length} applications: ${oneDecimal(expected)} with your signals (${oneDecimal(expectedWithout)} without). Chance of at least ${target}: ${percentText(chanceOfTarget, ofTarget)}.`;
  let next: string;
  if (needed.programs !== null && needed.added === 0) {
    next = `Your Apply set already gives at least a ${wantedPercent}% chance of ${target} or more interviews.`;
  } else if (needed.programs !== null) {
    next = `Applying to ${needed.programs} programs (yours plus the next ${needed.added} eligible ones by Chance) would give a ${wantedPercent}% chance of at least ${target} interviews.`;
  } else {
    const all = counted.length + others.length;
    const what = [
      'add more programs to your Programs sheet (community and hybrid programs, and for IMGs those with a high IMG share)',
      'arrange rotations where you want interviews',
      ...advice,
    ];
    next = `No number of the programs in your Programs sheet gets there: even all ${all} eligible programs give a ${percentText(percentOf(needed.chance), needed.chance)} chance of at least ${target} interviews. To improve it: ${what.join('; ')}.`;
  }
  return {
    programs: counted.length,
    expected,
    expectedWithoutSignals: expectedWithout,
    target,
    chanceOfTarget,
    chanceOfTargetText: percentText(chanceOfTarget, ofTarget),
    wanted: wantedPercent,
    programsNeeded: needed.programs,
    chanceWithAll: percentOf(needed.chance),
    advice: `${lead} ${next}`,
  };
}

/**
 * Where the Apply set's places went when a category had too few programs for its share.
 *
 * @param ranked - the ranked list
 * @param s - settings (the Apply shares)
 * @returns a sentence, or null when every category filled its share
 * @example
 * applyFillText(ranked, s) // 'Too few programs for the advised mix (Safety: 0 for 18 places). The 18 places left went to …'
 */
export function applyFillText(ranked: readonly RankedProgram[], s: Settings): string | null {
  const wanted = ranked.filter((r) => r.apply).length;
  if (wanted === 0) return null;
  const places = applyPlaces(wanted, s);
  const short: string[] = [];
  let left = 0;
  for (const band of ['Reach', 'Target', 'Safety'] as const) {
    const available = ranked.filter((r) => r.category === band).length;
    if (available < places[band]) {
      short.push(`${band}: ${available} for ${places[band]} places`);
      left += places[band] - available;
    }
  }
  if (short.length === 0) return null;
  return `Too few programs for the advised mix (${short.join('; ')}). The ${left} place${left === 1 ? '' : 's'} left went to the highest-Chance eligible programs not yet chosen.`;
}

/**
 * Up to 3 ERAS geographic-preference divisions to consider: where the applicant's ties and rotations are
 * first, then where the best chances are (the sum of eligible programs' Chances).
 *
 * @param ranked - the ranked list
 * @returns suggestions, best first (empty when no eligible program has a known division)
 */
export function suggestDivisions(ranked: readonly RankedProgram[]): DivisionSuggestion[] {
  const byDivision = new Map<
    Division,
    { ties: Set<string>; rotations: number; programs: number; chance: number; best: number }
  >();
  for (const r of ranked) {
    const division = r.program.division;
    if (r.chance === null || division === null) continue;
    let entry = byDivision.get(division);
    if (entry === undefined) {
      entry = { ties: new Set(), rotations: 0, programs: 0, chance: 0, best: 0 };
      byDivision.set(division, entry);
    }
    entry.programs++;
    entry.chance += r.chance;
    entry.best = Math.max(entry.best, r.chance);
    for (const f of r.fitFactors) {
      if (f.label.startsWith('tie (')) entry.ties.add(f.label.slice(5, -1));
      if (f.label === 'rotated here') entry.rotations++;
    }
  }
  return [...byDivision.entries()]
    .sort(
      ([a, x], [b, y]) =>
        y.ties.size + y.rotations - (x.ties.size + x.rotations) || y.chance - x.chance || (a < b ? -1 : 1),
    )
    .slice(0, 3)
    .map(([division, e]) => {
      const parts: string[] = [];
      if (e.ties.size > 0) parts.push(`tie: ${[...e.ties].join(', ')}`);
      if (e.rotations > 0) parts.push(`${e.rotations} rotation${e.rotations === 1 ? '' : 's'}`);
      parts.push(`${e.programs} eligible program${e.programs === 1 ? '' : 's'}, best Chance ${e.best}%`);
      return { division, reason: parts.join('; ') };
    });
}

/**
 * Geographic-preference advice in plain words.
 *
 * @param applicant - the applicant (its `geographicPreference`)
 * @param suggested - from `suggestDivisions`
 * @param s - settings (`chanceOddsGeographicPreference`)
 * @returns one or two sentences
 */
export function geographicAdvice(
  applicant: Applicant,
  suggested: readonly DivisionSuggestion[],
  s: Settings,
): string {
  const chosen = applicant.geographicPreference;
  if (chosen !== null && chosen.length > 0) {
    return `Your geographic preference (${chosen.join(', ')}) is counted in the Chance of programs there (odds × ${s.chanceOddsGeographicPreference}).`;
  }
  if (chosen !== null) return 'You chose no geographic preference (None), so none is counted.';
  if (suggested.length === 0) {
    return 'Geographic preference: not chosen yet. Name up to 3 Census divisions in ERAS and in your Profile where you have ties.';
  }
  const list = suggested.map((d) => `${d.division} (${d.reason})`).join('; ');
  return `Geographic preference: not chosen yet. Consider: ${list}. A division you name raises your chance at its programs (odds × ${s.chanceOddsGeographicPreference}); write it in your Profile to count it here.`;
}

/** Sentences for Programs columns absent from the sheet, by field. */
const ABSENT_NOTES: readonly [
  keyof Program,
  string,
  (a: { isImg: boolean; needsVisa: boolean | null }) => boolean,
][] = [
  ['minStepTwo', 'no minimum-score column, so no program can be marked Below minimum', () => true],
  [
    'typicalStepTwo',
    "no typical-score column, so each chance is measured against the program's minimum (typical taken as minimum + a few points) where it states one",
    () => true,
  ],
  ['imgShare', 'no IMG % column, so IMG share counts in no chance', (a) => a.isImg],
  ['takesImgs', 'no Takes IMGs column, so no program is ruled out for taking no IMGs', (a) => a.isImg],
  ['yogCutoff', 'no YOG cutoff column, so no program is ruled out for years since graduation', () => true],
  ['maxFailedAttempts', 'no Max attempts column, so no program is ruled out for failed attempts', () => true],
  [
    'sponsorsVisa',
    'no Sponsors visa column, so no program is ruled out for visas',
    (a) => a.needsVisa !== false,
  ],
  [
    'usceRequired',
    'no USCE required column, so no program is ruled out for US clinical experience',
    () => true,
  ],
  ['type', 'no Type column, so program type counts in no chance', () => true],
  ['lastVerified', 'no Last verified column, so stale program data cannot be flagged', () => true],
];

/**
 * One sentence per Programs column that is absent from the sheet (instead of an issue on every row).
 *
 * @param absent - the absent columns
 * @param applicant - the applicant (IMG and visa notes only concern those who need them)
 * @param unrecognised - for an absent column, what the sheet has instead that RadList did not recognise (a
 *   sentence naming that column and the name to give it), added to its note
 * @returns sentences such as `Your Programs sheet has no minimum-score column, so no program can be marked Below minimum.`
 */
export function absentColumnNotes(
  absent: ReadonlySet<keyof Program> | undefined,
  applicant: Applicant,
  unrecognised?: ReadonlyMap<keyof Program, string>,
): string[] {
  if (absent === undefined || absent.size === 0) return [];
  const who = {
    isImg: applicant.applicantType === 'US IMG' || applicant.applicantType === 'Non-US IMG',
    needsVisa: applicant.needsVisa,
  };
  return ABSENT_NOTES.filter(([field, , concerns]) => absent.has(field) && concerns(who)).map(
    ([field, text]) => {
      const instead = unrecognised?.get(field);
      return `Your Programs sheet has ${text}.${instead ? ` ${instead}` : ''}`;
    },
  );
}
