/**
 * The application checklist of SPEC section 1, each item met, not met or unknown (null) from the applicant's
 * own data: US clinical experience, letters, research for low tiers, away rotations and preference signals.
 * Minimums come from `Settings`; the upper ends of the "aim for" ranges are advice text only (see
 * docs/rules.md) and never decide met / not met.
 */
import type { EntryMatch } from './match-names.ts';
import type { Settings } from './settings.ts';
import type { Applicant, ChecklistItem, Tier } from './types.ts';

/** Upper ends of the guide's "aim for" ranges, shown in the detail text only. */
const AIM_UP_TO = { usceWeeks: 8, posters: 5, awayRotations: 2 } as const;

/** Tiers for which the guide asks for research output. */
const RESEARCH_TIERS: readonly (Tier | null)[] = ['Moderately low', 'Significantly low', null];

export interface ChecklistOptions {
  /** Gold and silver signals RadList suggests in the list, if a list was built. */
  suggestedSignals?: { gold: number; silver: number };
  /**
   * The Rotations entries and whether each names a program in the list (`matchEntries`), if a list was built:
   * an entry that names none counts nowhere, so it never makes the item met.
   */
  rotations?: readonly EntryMatch[];
}

/** `A, B and C`. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The away-rotation item: met when a rotation is listed — and, when the list is known, when one of them names a
 * program in it. Rotations that name no program are unknown (maybe a typo, maybe a program not in the list):
 * the detail says they count in no Chance or Fit.
 */
function rotationItem(applicant: Applicant, matches: readonly EntryMatch[] | undefined): ChecklistItem {
  const item = `1–${AIM_UP_TO.awayRotations} away rotations at IMG-friendly programs`;
  const rotations = applicant.rotations.length;
  if (rotations === 0) return { item, met: false, detail: 'No rotations listed (the Rotations field).' };
  if (matches === undefined || matches.every((entry) => entry.matched)) {
    return { item, met: true, detail: `Rotations listed: ${applicant.rotations.join(', ')}.` };
  }
  const found = matches.filter((entry) => entry.matched).map((entry) => entry.text);
  const lost = matches.filter((entry) => !entry.matched).map((entry) => `"${entry.text}"`);
  const fix =
    'so it counts in no Chance or Fit: check the spelling, or type the name or ID as in your Programs sheet';
  const nothing = `${listed(lost)} ${lost.length === 1 ? 'names' : 'name'} no program in your Programs sheet, ${lost.length === 1 ? fix : fix.replace('so it counts', 'so they count')}.`;
  return found.length > 0
    ? { item, met: true, detail: `Rotations listed: ${found.join(', ')}. ${nothing}` }
    : { item, met: null, detail: `Rotations listed, but ${nothing}` };
}

/** Met when the value reaches the minimum; unknown (null) when the value is unknown. */
function atLeast(value: number | null, minimum: number): boolean | null {
  return value === null ? null : value >= minimum;
}

/** Met only when every part is met; not met when any known part falls short; otherwise unknown. */
function allOf(parts: (boolean | null)[]): boolean | null {
  if (parts.includes(false)) return false;
  return parts.includes(null) ? null : true;
}

/**
 * `You have 3 radiology letters` (`1 radiology letter`), or, when the Profile does not say,
 * `Your Profile does not give your radiology letters`.
 */
const youHave = (value: number | null, unit: string, one: string): string =>
  value === null
    ? `Your Profile does not give your ${unit}`
    : `You have ${value} ${value === 1 ? one : unit}`;

/**
 * The checklist for one applicant.
 *
 * @param applicant - the applicant as read from `Profile` or `Cohort`
 * @param tier - the applicant's tier (research is asked for Moderately/Significantly low, or an unknown tier)
 * @param s - settings in force
 * @param options - signals suggested by the list, for the signal item's detail
 * @returns the items in the guide's order
 * @example
 * buildChecklist({ ...a, usceWeeks: 6 }, 'Average', defaultSettings(2026))[0].met // true
 */
export function buildChecklist(
  applicant: Applicant,
  tier: Tier | null,
  s: Settings,
  options: ChecklistOptions = {},
): ChecklistItem[] {
  const items: ChecklistItem[] = [
    {
      item: `US clinical experience, at least ${s.minUsceWeeks} weeks`,
      met: atLeast(applicant.usceWeeks, s.minUsceWeeks),
      detail: `${youHave(applicant.usceWeeks, 'weeks of US clinical experience', 'week of US clinical experience')}; aim for ${s.minUsceWeeks}–${Math.max(s.minUsceWeeks, AIM_UP_TO.usceWeeks)} weeks, including radiology electives.`,
    },
    {
      item: `At least ${s.minRadiologyLetters} radiology letters`,
      met: atLeast(applicant.radiologyLetters, s.minRadiologyLetters),
      detail: `${youHave(applicant.radiologyLetters, 'radiology letters', 'radiology letter')}.`,
    },
    {
      item: `At least ${s.minOtherLetters} clinical letter (medicine, surgery or EM)`,
      met: atLeast(applicant.otherLetters, s.minOtherLetters),
      detail: `${youHave(applicant.otherLetters, 'clinical letters', 'clinical letter')}.`,
    },
  ];
  if (RESEARCH_TIERS.includes(tier)) {
    items.push({
      item: `Research: at least ${s.targetPosters} posters/abstracts and ${s.targetPublications} publication`,
      met: allOf([
        atLeast(applicant.posters, s.targetPosters),
        atLeast(applicant.publications, s.targetPublications),
      ]),
      detail: `${youHave(applicant.posters, 'posters/abstracts', 'poster/abstract')}; ${youHave(applicant.publications, 'publications', 'publication').replace(/^You/, 'you').replace(/^Your/, 'your')}; aim for ${s.targetPosters}–${Math.max(s.targetPosters, AIM_UP_TO.posters)} posters/abstracts and at least ${s.targetPublications} publication.`,
    });
  }
  items.push(rotationItem(applicant, options.rotations));
  const suggested = options.suggestedSignals;
  items.push({
    item: `All preference signals placed (${s.goldSignals} gold, ${s.silverSignals} silver)`,
    met: null,
    detail: suggested
      ? `RadList suggests ${suggested.gold} gold and ${suggested.silver} silver signals in your plan; place all of them in ERAS.`
      : 'Place every gold and silver signal in ERAS; never signal a program you are below the minimum for.',
  });
  return items;
}
