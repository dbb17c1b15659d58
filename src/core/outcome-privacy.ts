/**
 * The privacy rule of SPEC section 3.6 for figures drawn from the advisor's own outcomes: a per-program
 * figure (or a calibration band) drawn from fewer than 5 applicants is never shown, because with so few
 * people a reader could tell whose result it was. Tables pass through `withholdSmallGroups` before they
 * are written anywhere; the withheld figures become null and the row says why.
 */

/** The fewest applicants a shown figure may be drawn from. */
export const MIN_APPLICANTS_PER_FIGURE = 5;

/** Words shown in place of a withheld figure. */
export const WITHHELD_NOTE = `fewer than ${MIN_APPLICANTS_PER_FIGURE} applicants: not shown`;

/**
 * Blanks the named figures of every row drawn from fewer than `minimum` applicants.
 *
 * @param rows - table rows, each with the number of distinct applicants behind it
 * @param figures - the keys whose values are figures drawn from those applicants
 * @param minimum - the fewest applicants allowed (default 5)
 * @returns new rows: figures null and `withheld` true where too few; counts of applications are kept
 *   only where shown too (a count of 3 would say "3 people")
 * @example
 * withholdSmallGroups([{ band: '10–20%', applicants: 3, count: 7, observedRate: 0.4 }], ['observedRate', 'count'])[0]
 * // { band: '10–20%', applicants: null, count: null, observedRate: null, withheld: true }
 */
export function withholdSmallGroups<T extends { applicants: number | null }, K extends keyof T>(
  rows: readonly T[],
  figures: readonly K[],
  minimum = MIN_APPLICANTS_PER_FIGURE,
): (Omit<T, K | 'applicants'> & { [P in K]: T[P] | null } & {
  applicants: number | null;
  withheld: boolean;
})[] {
  return rows.map((row) => {
    const shown = (row.applicants ?? 0) >= minimum || row.applicants === 0;
    const copy = { ...row, withheld: !shown } as Record<string, unknown>;
    if (!shown) {
      copy.applicants = null;
      for (const key of figures) copy[key as string] = null;
    }
    return copy as Omit<T, K | 'applicants'> & { [P in K]: T[P] | null } & {
      applicants: number | null;
      withheld: boolean;
    };
  });
}

/** One program's observed invitation rate, before the privacy rule. */
export interface ProgramRate {
  programKey: string;
  program: string;
  applications: number;
  applicants: number;
  invited: number;
  /** Share invited, 0 to 1. */
  observedRate: number;
}

/**
 * Observed invitation rates per program from usable outcome rows (run through `withholdSmallGroups`
 * before showing them).
 *
 * @param rows - usable outcomes: who, which program, invited or not
 * @returns one row per program key, most applications first, then by name
 * @example programRates([{ applicant: 'A01', programKey: 'FX-1', program: 'Lakeview', invited: true }])[0]?.observedRate // 1
 */
export function programRates(
  rows: readonly { applicant: string; programKey: string; program: string; invited: boolean }[],
): ProgramRate[] {
  const byProgram = new Map<
    string,
    { program: string; applicants: Set<string>; applications: number; invited: number }
  >();
  for (const row of rows) {
    const entry = byProgram.get(row.programKey) ?? {
      program: row.program,
      applicants: new Set(),
      applications: 0,
      invited: 0,
    };
    entry.applicants.add(row.applicant.trim().toLowerCase());
    entry.applications += 1;
    if (row.invited) entry.invited += 1;
    byProgram.set(row.programKey, entry);
  }
  return [...byProgram.entries()]
    .map(([programKey, e]) => ({
      programKey,
      program: e.program,
      applications: e.applications,
      applicants: e.applicants.size,
      invited: e.invited,
      observedRate: e.invited / e.applications,
    }))
    .sort(
      (a, b) =>
        b.applications - a.applications || (a.program < b.program ? -1 : a.program > b.program ? 1 : 0),
    );
}
