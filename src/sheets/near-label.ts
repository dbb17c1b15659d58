/**
 * The field an unknown label or header most likely means, so the issue can name the one to use: `Step 2 CK
 * (3-digit)` → Step 2 CK, `Gold signal` → Gold signals, `Visa sponsorship required?` → Needs visa. Only a
 * suggestion for an issue: the label is never read as that field (a guess could read the wrong column).
 *
 * A label is near a spelling (a field's name or alias) when:
 * - it is that spelling misspelt by a letter or two (the guard of `parse-nearest.ts`: 5 letters or more), or
 * - its words hold every word of the spelling, with no more other words than words matched. Words are
 *   compared after folding: lower case, letters and digits split (`S2CK` → s 2 ck), Roman numerals as digits
 *   (`Step II` → 2), a plural `s` dropped, `needed`/`requires` read as need, and filler words left out
 *   (`USMLE`, `step`, `score`, `number`, `of`, …), so `Number of attempts Step 1` holds Step 1 attempts.
 * The field whose spelling matches the most words wins; two fields as near are no suggestion.
 */
import { normalizeLabel } from './normalize.ts';
import { allowedEdits, editDistance } from './parse-nearest.ts';

/** One accepted spelling and the field it names. */
export interface LabelChoice<T> {
  spelling: string;
  value: T;
}

/** Words that say nothing about which field a label is. */
const FILLER: ReadonlySet<string> = new Set([
  'usmle',
  'step',
  's',
  'score',
  'number',
  'num',
  'no',
  'count',
  'total',
  'value',
  'result',
  'of',
  'the',
  'a',
  'an',
  'in',
  'your',
  'my',
  'do',
  'you',
  'have',
  'how',
  'many',
  'what',
  'is',
  'digit',
]);

/** Words read as one (`requires` and `needed` both say a need). */
const SAME_WORD: Readonly<Record<string, string>> = {
  needs: 'need',
  needed: 'need',
  require: 'need',
  requires: 'need',
  required: 'need',
  requirement: 'need',
  sponsor: 'sponsorship',
  ii: '2',
  iii: '3',
  i: '1',
};

/**
 * The words of a label, folded for comparing (see the module comment).
 *
 * @example
 * labelWords('Number of attempts, Step 1') // ['attempt', '1']
 */
export function labelWords(label: string): string[] {
  const spaced = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2');
  const words: string[] = [];
  for (const raw of spaced.split(/[^a-z0-9]+/)) {
    if (raw === '') continue;
    let word = SAME_WORD[raw] ?? raw;
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    word = SAME_WORD[word] ?? word;
    if (!FILLER.has(word) && !words.includes(word)) words.push(word);
  }
  return words;
}

/** How near a label is to one spelling: the words matched, or -1 when not near. */
function nearness(folded: string, words: readonly string[], spelling: string): number {
  const target = normalizeLabel(spelling);
  const limit = allowedEdits(Math.min(folded.length, target.length));
  if (limit > 0 && editDistance(folded, target, limit) <= limit) return Number.MAX_SAFE_INTEGER;
  const wanted = labelWords(spelling);
  if (wanted.length === 0 || !wanted.every((word) => words.includes(word))) return -1;
  return words.length - wanted.length <= wanted.length ? wanted.length : -1;
}

/**
 * The field an unknown label most likely means, or null when none is near enough or two are as near.
 *
 * @param label - the label or header as typed
 * @param choices - every accepted spelling with its field
 * @returns the field, or null
 * @example
 * nearestLabel('S2 CK (3 digit)', [{ spelling: 'Step 2 CK', value: 'stepTwoScore' }]) // 'stepTwoScore'
 */
export function nearestLabel<T>(label: unknown, choices: readonly LabelChoice<T>[]): T | null {
  if (typeof label !== 'string' || label.length > 200) return null;
  const folded = normalizeLabel(label);
  if (folded === '') return null;
  const outside = label.replace(/\([^)]*\)/g, ' ');
  const variants = [labelWords(label), ...(outside === label ? [] : [labelWords(outside)])];
  let best: { value: T; score: number } | null = null;
  let tied = false;
  for (const choice of choices) {
    const score = Math.max(...variants.map((words) => nearness(folded, words, choice.spelling)));
    if (score < 0) continue;
    if (best === null || score > best.score) {
      best = { value: choice.value, score };
      tied = false;
    } else if (score === best.score && choice.value !== best.value) tied = true;
  }
  return best !== null && !tied ? best.value : null;
}
