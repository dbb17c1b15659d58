/**
 * What `saveOutcomes` writes for one marked application (SPEC sections 3.6 and 5): the `Result` its `Status`
 * means, and the chance model's inputs as the model saw them — the applicant's type, Step 2 CK and failed
 * attempts, the program's typical and minimum scores, IMG share, type and state, the signal sent, and
 * whether the applicant rotated there or has a tie to it (matched exactly as the list matches them). Pure.
 */
import { findRotation, findTie, prepareEntries, prepareProgramNames } from './match-names.ts';
import { countFailedAttempts, unknownAttempts } from './tier.ts';
import type { Applicant, ApplicantType, Program, ProgramType, Signal, Status } from './types.ts';

/** A `Result` as `saveOutcomes` writes it. */
export type SavedResult = 'Invited' | 'Not invited' | 'Withdrawn' | 'Interviewed' | 'Ranked' | 'Matched';

/**
 * The `Result` a status means: `Applied` is `Not invited` only once the season is over (`final`), otherwise
 * there is no result yet (null); `Rejected` means the program turned the application down, so `Not invited`.
 *
 * @param status - the status marked
 * @param final - true when the season is over
 * @returns the result, or null when there is none to save
 * @example resultOf('Applied', false) // null
 */
export function resultOf(status: Status, final: boolean): SavedResult | null {
  if (status === 'Applied') return final ? 'Not invited' : null;
  if (status === 'Rejected') return 'Not invited';
  return status;
}

/** One row of `Outcomes` as RadList writes it. */
export interface OutcomeEntry {
  cycle: number;
  applicant: string;
  applicantType: ApplicantType;
  stepTwoScore: number | null;
  /** null when the applicant's attempts could not be read (saved blank, never as 0). */
  failedAttempts: number | null;
  program: string;
  id: string;
  typicalStepTwo: number | null;
  minStepTwo: number | null;
  /** A fraction 0–1. */
  imgShare: number | null;
  programType: ProgramType | null;
  state: string;
  signal: Signal;
  /** null when the program is no longer in `Programs` (its name cannot be matched). */
  rotated: boolean | null;
  ties: boolean | null;
  result: SavedResult;
}

/** A program as the list row names it, when it is no longer in `Programs`. */
export interface ListedProgram {
  program: string;
  id: string;
  state: string;
}

/**
 * The Outcomes row of one marked application.
 *
 * @param applicant - whose application (from Profile or Cohort)
 * @param program - the program as `Programs` has it, or only its name, ID and state when it is gone
 * @param mark - the status and the signal sent
 * @param context - the cycle and whether the season is over
 * @returns the row, or null when the status gives no result yet
 * @example
 * outcomeEntry(applicant, program, { status: 'Invited', signalSent: 'Gold' }, { cycle: 2026, final: false })?.result // 'Invited'
 */
export function outcomeEntry(
  applicant: Applicant,
  program: Program | ListedProgram,
  mark: { status: Status; signalSent: Signal },
  context: { cycle: number; final: boolean },
): OutcomeEntry | null {
  const result = resultOf(mark.status, context.final);
  if (result === null) return null;
  const known = 'key' in program ? program : null;
  const listed = 'key' in program ? null : program;
  const names = known ? prepareProgramNames(known) : null;
  return {
    cycle: context.cycle,
    applicant: applicant.name,
    applicantType: applicant.applicantType,
    stepTwoScore: applicant.stepTwoScore,
    failedAttempts: unknownAttempts(applicant).length > 0 ? null : countFailedAttempts(applicant),
    program: known ? known.name : listed!.program,
    id: known ? known.id : listed!.id,
    typicalStepTwo: known?.typicalStepTwo ?? null,
    minStepTwo: known?.minStepTwo ?? null,
    imgShare: known?.imgShare ?? null,
    programType: known?.type ?? null,
    state: known ? known.state : listed!.state,
    signal: mark.signalSent,
    rotated: names === null ? null : findRotation(prepareEntries(applicant.rotations), names) !== null,
    ties: names === null ? null : findTie(prepareEntries(applicant.ties), names) !== null,
    result,
  };
}
