/**
 * Validation of every argument the sidebar sends (SPEC section 5): each server function parses its argument
 * with a zod schema before anything else runs, so a bad argument gives a clear message and changes nothing.
 * Schemas are built on first use, never at load (Apps Script evaluates the bundle on every execution).
 */
import * as z from 'zod/mini';
import { groupDigits } from '../sheets/sheet-limits.ts';
import { CELL_TEXT_LIMIT } from '../sheets/text-safety.ts';
import type {
  GenerateCohortArgs,
  GenerateListArgs,
  SaveOutcomesArgs,
  SetupArgs,
  ShareListArgs,
} from './api.ts';
import { failures } from './errors.ts';

/**
 * A cohort applicant's name as `getState` lists it: any name a Cohort cell can hold (Sheets' 50,000 characters),
 * so every applicant the Cohort sheet lists can be generated and shared.
 */
const applicantName = () =>
  z.string({ error: 'the applicant must be a name (text)' }).check(
    z.trim(),
    z.minLength(1, { error: 'the applicant name is empty' }),
    z.maxLength(CELL_TEXT_LIMIT, {
      error: `the applicant name is longer than any cell holds (${groupDigits(CELL_TEXT_LIMIT)} characters)`,
    }),
  );

/** An error message for a field: one when it is left out, another when it is there but of the wrong kind. */
function missingOr(missing: string, wrong: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? missing : wrong);
}

let schemas:
  | {
      setup: z.ZodMiniType<SetupArgs>;
      list: z.ZodMiniType<GenerateListArgs>;
      cohort: z.ZodMiniType<GenerateCohortArgs>;
      outcomes: z.ZodMiniType<SaveOutcomesArgs>;
      share: z.ZodMiniType<ShareListArgs>;
      cell: z.ZodMiniType<{ sheet: string; cell: string }>;
    }
  | undefined;

function getSchemas() {
  if (schemas) return schemas;
  const flag = (what: string) => z.optional(z.boolean({ error: `${what} must be true or false` }));
  const whole = (what: string, min: number, max: number) =>
    z.optional(
      z
        .number({ error: `${what} must be a number` })
        .check(
          z.int({ error: `${what} must be a whole number` }),
          z.minimum(min, { error: `${what} must be at least ${min}` }),
          z.maximum(max, { error: `${what} must be at most ${max}` }),
        ),
    );
  schemas = {
    setup: z.strictObject({ withSamples: flag('withSamples') }, { error: 'expected { withSamples }' }),
    list: z.strictObject({ applicant: z.optional(applicantName()) }, { error: 'expected { applicant }' }),
    cohort: z.strictObject(
      { start: whole('start', 0, 100_000), size: whole('size', 1, 1_000) },
      { error: 'expected { start, size }' },
    ),
    outcomes: z.strictObject(
      {
        cycle: z.optional(
          z
            .number({ error: 'the cycle must be a year such as 2026' })
            .check(
              z.int({ error: 'the cycle must be a year such as 2026 (a whole number)' }),
              z.minimum(2000, { error: 'the cycle must be a year from 2000 to 2100' }),
              z.maximum(2100, { error: 'the cycle must be a year from 2000 to 2100' }),
            ),
        ),
        final: flag('final'),
      },
      { error: 'expected { cycle, final }' },
    ),
    share: z.strictObject(
      {
        applicant: z.optional(applicantName()),
        email: z
          .string({ error: 'the email address is missing' })
          .check(
            z.trim(),
            z.maxLength(254, { error: 'the email address is too long' }),
            z.email({ error: 'that is not an email address (expected name@example.org)' }),
          ),
        role: z.enum(['commenter', 'viewer'], { error: 'the role must be "commenter" or "viewer"' }),
        includeScores: flag('includeScores'),
      },
      { error: 'expected { applicant, email, role, includeScores }' },
    ),
    cell: z.strictObject(
      {
        sheet: z
          .string({
            error: missingOr('which sheet to go to is missing', 'the sheet must be a sheet name (text)'),
          })
          .check(
            z.minLength(1, { error: 'which sheet to go to is missing' }),
            z.maxLength(100, { error: 'the sheet name is longer than 100 characters' }),
          ),
        cell: z
          .string({
            error: missingOr('which cell to go to is missing', 'the cell must be a cell such as B7 (text)'),
          })
          .check(z.regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/, { error: 'expected a cell such as B7' })),
      },
      { error: 'expected { sheet, cell }' },
    ),
  };
  return schemas;
}

/**
 * Parses one server function's argument, or throws a `BAD_ARGUMENT` failure naming the function and what was
 * expected.
 *
 * @param kind - which argument shape
 * @param fn - the server function's name, for the message
 * @param value - the raw argument (`undefined` counts as `{}`)
 * @example
 * parseArgs('list', 'generateList', { applicant: 'Ana' }) // { applicant: 'Ana' }
 */
export function parseArgs<K extends keyof ReturnType<typeof getSchemas>>(
  kind: K,
  fn: string,
  value: unknown,
): z.infer<ReturnType<typeof getSchemas>[K]> {
  const result = getSchemas()[kind].safeParse(value ?? {});
  if (result.success) return result.data as z.infer<ReturnType<typeof getSchemas>[K]>;
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? `"${first.path.join('.')}": ` : '';
  const extra =
    first?.code === 'unrecognized_keys' ? `unexpected ${first.keys.map((k) => `"${k}"`).join(', ')}` : '';
  throw failures.badArgument(fn, `${where}${extra || first?.message || 'invalid argument'}`);
}
