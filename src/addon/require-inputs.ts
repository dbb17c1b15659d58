/**
 * The refusals a run makes before it computes anything: an input sheet, column or row missing, no applicant,
 * or no cohort applicant of the name asked for. Each throws the failure that says so (errors.ts).
 */
import type { Applicant, Issue } from '../core/types.ts';
import { findCohortApplicant, type Inputs } from '../sheets/inputs.ts';
import type { MissingInput } from '../sheets/missing.ts';
import { failures } from './errors.ts';

/** Refuses the run, saying what is missing, when anything is. */
export function refuseIfMissing(missing: readonly MissingInput[]): void {
  if (missing.length > 0) throw failures.missingInputs(missing);
}

/**
 * The applicant a run is for, with the issues of their own cells: the Profile applicant (no name given), or a
 * Cohort applicant by name (case and spaces ignored). Refuses when the sheet or the applicant is missing.
 *
 * @param inputs - the inputs read, with `profile` (no name) or `cohort` (a name)
 * @param name - a Cohort name, or undefined for the Profile applicant
 */
export function requireApplicant(
  inputs: Inputs,
  name: string | undefined,
): { applicant: Applicant; issues: Issue[] } {
  if (name === undefined) {
    const profile = inputs.profile;
    refuseIfMissing(profile?.missing ?? []);
    if (!profile?.applicant) throw failures.noApplicant();
    return { applicant: profile.applicant, issues: profile.issues };
  }
  const cohort = inputs.cohort;
  refuseIfMissing(cohort?.missing ?? []);
  const found = cohort ? findCohortApplicant(cohort, name) : null;
  if (!found) throw failures.unknownApplicant(name);
  return { applicant: found.applicant, issues: found.issues };
}
