/**
 * The PGY-1 year (SPEC section 1): an `Advanced` Diagnostic Radiology program starts at PGY-2, so an applicant
 * whose Apply set holds Advanced programs also needs a first year — a preliminary (medicine or surgery) or
 * transitional-year program. This counts the Apply set by `Track`, says how many Preliminary/Transitional
 * programs to apply to as well (`PGY-1 applications per Advanced program` × Advanced, rounded up, at most
 * `PGY-1 applications at most`) and prices them as an ERAS specialty of their own. A program offering both
 * tracks counts with the Advanced ones: the applicant could match its Advanced position. A blank Track is
 * unknown and said once (`unknownNote`), never per row.
 */
import { erasCostForSpecialty } from './eras.ts';
import type { Settings } from './settings.ts';
import type { PgyOneYear, RankedProgram } from './types.ts';

/** `1 program`, `2 programs`. */
function programs(count: number): string {
  return `${count} program${count === 1 ? '' : 's'}`;
}

/** Dollars as the plan writes them in a sentence: `$132`, `$1,230`. */
function dollars(amount: number): string {
  const whole = Math.round(amount);
  return `$${String(whole).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/**
 * How many Preliminary/Transitional applications to advise for this many Advanced programs.
 *
 * @param advanced - Advanced programs in the Apply set (those offering both tracks included)
 * @param s - settings in force (`pgyOnePerAdvanced`, `pgyOneMax`)
 * @returns a whole number, 0 when there are none, never above `pgyOneMax`
 * @example
 * pgyOneCount(12, defaultSettings(2026)) // 12
 */
export function pgyOneCount(advanced: number, s: Settings): number {
  if (!(advanced > 0)) return 0;
  // The small allowance keeps 0.1 × 30 (3.0000000000000004 in floating point) at 3.
  const wanted = Math.ceil(advanced * s.pgyOnePerAdvanced - 1e-9);
  return Math.max(1, Math.min(Math.floor(s.pgyOneMax), wanted));
}

/**
 * The PGY-1 year for one applicant's Apply set.
 *
 * @param ranked - the ranked list, with `apply` set
 * @param s - settings in force
 * @param trackColumnAbsent - true when the Programs sheet has no Track column (nor NRMP codes that give one)
 * @returns the counts by Track, the applications advised, their ERAS cost and the advice in plain words
 * @example
 * pgyOneYear(ranked, defaultSettings(2026), false).recommended // as many as the Advanced programs, at most 30
 */
export function pgyOneYear(
  ranked: readonly RankedProgram[],
  s: Settings,
  trackColumnAbsent = false,
): PgyOneYear {
  const counts = { advanced: 0, categorical: 0, both: 0, unknown: 0 };
  for (const row of ranked) {
    if (!row.apply) continue;
    const track = row.program.track;
    if (track === 'Advanced') counts.advanced += 1;
    else if (track === 'Categorical') counts.categorical += 1;
    else if (track === 'Both') counts.both += 1;
    else counts.unknown += 1;
  }
  const needing = counts.advanced + counts.both;
  const recommended = pgyOneCount(needing, s);
  const erasCost = erasCostForSpecialty(recommended, s);
  const applying = needing + counts.categorical + counts.unknown;
  return {
    ...counts,
    recommended,
    erasCost,
    advice: adviceText(applying, needing, counts.both, counts.unknown, recommended, erasCost),
    unknownNote: unknownText(counts.unknown, applying, trackColumnAbsent),
  };
}

function adviceText(
  applying: number,
  needing: number,
  both: number,
  unknown: number,
  recommended: number,
  erasCost: number,
): string {
  if (applying === 0) {
    return 'No programs are marked Apply yet, so there is no first year (PGY-1) to plan for yet.';
  }
  if (needing === 0) {
    return unknown > 0
      ? 'None of the programs you apply to is known to be Advanced, so no separate first-year (PGY-1) application is advised yet; see the note on Track below.'
      : 'All the programs you apply to are Categorical: they include the first year of residency (PGY-1), so you need no separate first-year application.';
  }
  const advanced = needing - both;
  const bothPart = `${both === 1 ? 'offers' : 'offer'} both tracks, so you could match ${both === 1 ? 'its' : 'their'} Advanced position`;
  const which =
    advanced === 0
      ? `${both} of the programs you apply to ${bothPart}`
      : `${advanced} of the programs you apply to ${advanced === 1 ? 'is' : 'are'} Advanced${both > 0 ? `, and ${both} ${bothPart}` : ''}`;
  return (
    `Advanced programs start in the second year of residency (PGY-2), so you also need a first year: apply to about ${recommended} preliminary medicine, preliminary surgery or transitional-year ${recommended === 1 ? 'program' : 'programs'} (${which}). ` +
    `They are a separate ERAS specialty, so their fees are counted on their own: ${dollars(erasCost)}.`
  );
}

function unknownText(unknown: number, applying: number, trackColumnAbsent: boolean): string | null {
  if (unknown === 0) return null;
  const meaning =
    'Advanced (starting at PGY-2, so needing a separate first year) or Categorical (first year included)';
  if (trackColumnAbsent) {
    return `Your Programs sheet has no Track column, so RadList cannot tell whether the ${programs(applying)} you apply to are ${meaning}; add a Track column (Advanced, Categorical or Both), or NRMP program codes in ID.`;
  }
  const they = unknown === 1 ? 'it is' : 'they are';
  return `The Track of ${unknown === applying && unknown > 1 ? `all ${programs(unknown)}` : programs(unknown)} you apply to is blank, so RadList cannot tell whether ${they} ${meaning}; fill in Track from each program's NRMP code or website.`;
}
