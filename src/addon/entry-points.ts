/**
 * The one registry of Apps Script entry points: every custom function (SPEC section 4) and server function
 * (SPEC section 5) by name, with its implementation and how it is declared (the docs tables, which the type
 * check holds to the implementations name for name). Everything else is derived from
 * it: `scripts/build.ts` writes a top-level `function` declaration for each entry into `dist/Code.js` (Apps
 * Script only calls declared functions) with the JSDoc Sheets shows as formula help; `src/addon/index.ts`
 * exposes `ENTRY_POINTS`, the implementations by name, which those declarations call; and the sidebar's
 * client is typed from `SERVER_FUNCTIONS` (`ServerApi`), so a renamed function breaks the build, not the user.
 */
import {
  RAD_APPLY_COUNT,
  RAD_AT_LEAST,
  RAD_CATEGORY,
  RAD_CHANCE,
  RAD_ERAS_COST,
  RAD_MEETS_MIN,
  RAD_TIER,
} from './custom-functions.ts';
import { generateCohort } from './generate-cohort.ts';
import { generateList } from './generate-list.ts';
import { getState } from './get-state.ts';
import {
  menuGenerateCohort,
  menuGenerateList,
  menuSetUpSheets,
  onInstall,
  onOpen,
  showSidebar,
} from './menu.ts';
import { saveOutcomes } from './save-outcomes.ts';
import { selectCell } from './select-cell.ts';
import { setupSheets } from './setup-sheets.ts';
import { shareList } from './share-list.ts';

export interface ParamDoc {
  name: string;
  /** JSDoc type, e.g. `number|Array<Array<number>>`. */
  type: string;
  help: string;
  optional?: boolean;
}

/** How Apps Script (and, for a custom function, Sheets' formula help) sees one entry point. */
export interface EntryDoc {
  /** One sentence, shown in the formula help for custom functions. */
  summary: string;
  params: ParamDoc[];
  /** Custom functions only: JSDoc `@return` type and text. */
  returns?: { type: string; help: string };
  /** Custom functions only: a formula, e.g. `=RAD_TIER(B4)`. */
  example?: string;
}

/** An entry point's implementation. */
// biome-ignore lint/suspicious/noExplicitAny: implementations take their own argument types
export type Implementation = (...args: any[]) => unknown;

/** One entry point as the build declares it. */
export interface EntryPoint extends EntryDoc {
  name: string;
  customFunction?: boolean;
}

const scoreParam: ParamDoc = {
  name: 'step2ck',
  type: 'number|string|Array<Array<number|string>>',
  help: 'USMLE Step 2 CK score (1–300), or a range of scores.',
};
const failuresParam: ParamDoc = {
  name: 'failed_attempts',
  type: 'number|Array<Array<number>>',
  help: 'Failed USMLE attempts, Step 1 and Step 2 CK together (default 0). A single value or a range the same shape as step2ck.',
  optional: true,
};

/** How each custom function is declared: its formula help. */
const CUSTOM_FUNCTION_DOCS = {
  RAD_TIER: {
    summary:
      'The Step 2 CK tier for Diagnostic Radiology: Competitive, Average, Mildly low, Moderately low or Significantly low.',
    params: [scoreParam, failuresParam],
    returns: { type: 'string|Array<Array<string>>', help: 'The tier, or a range of tiers.' },
    example: '=RAD_TIER(B4)',
  },
  RAD_APPLY_COUNT: {
    summary: 'The recommended number of Diagnostic Radiology applications (the low end of the range).',
    params: [scoreParam, failuresParam],
    returns: { type: 'number|Array<Array<number>>', help: 'How many programs to apply to.' },
    example: '=RAD_APPLY_COUNT(B4, B5)',
  },
  RAD_MEETS_MIN: {
    summary: "TRUE when the Step 2 CK score meets a program's minimum (a blank minimum counts as met).",
    params: [
      scoreParam,
      {
        name: 'minimum',
        type: 'number|string|Array<Array<number|string>>',
        help: "The program's minimum Step 2 CK, or a range of minimums.",
      },
    ],
    returns: { type: 'boolean|Array<Array<boolean>>', help: 'TRUE or FALSE.' },
    example: '=RAD_MEETS_MIN(Profile!B5, Programs!J2:J40)',
  },
  RAD_CATEGORY: {
    summary: 'Below minimum, Reach, Target or Safety for one program, from scores alone.',
    params: [
      scoreParam,
      {
        name: 'minimum',
        type: 'number|string|Array<Array<number|string>>',
        help: "The program's minimum Step 2 CK (blank if none), or a range.",
      },
      {
        name: 'typical',
        type: 'number|string|Array<Array<number|string>>',
        help: "The program's typical (median) Step 2 CK, or a range the same shape as minimum.",
        optional: true,
      },
    ],
    returns: { type: 'string|Array<Array<string>>', help: 'The category.' },
    example: '=RAD_CATEGORY(Profile!B5, Programs!J2:J40, Programs!L2:L40)',
  },
  RAD_CHANCE: {
    summary:
      "The chance of an interview, in whole percent, for a US IMG with the model in force (as the list's Chance column computes it).",
    params: [
      scoreParam,
      {
        name: 'typical',
        type: 'number|string|Array<Array<number|string>>',
        help: "The program's typical (median) Step 2 CK (blank if unknown), or a range.",
      },
      {
        name: 'minimum',
        type: 'number|string|Array<Array<number|string>>',
        help: "The program's minimum Step 2 CK (blank if none), or a range the same shape.",
        optional: true,
      },
      {
        name: 'img_share',
        type: 'number|string|Array<Array<number|string>>',
        help: 'The share of its residents who are IMGs: 35, 35% or 0.35 (blank if unknown), or a range.',
        optional: true,
      },
      {
        name: 'signal',
        type: 'string|Array<Array<string>>',
        help: 'Gold or Silver for the chance with that signal; blank for none.',
        optional: true,
      },
    ],
    returns: {
      type: 'number|string|Array<Array<number|string>>',
      help: 'Whole percent (0 when the score is below the minimum), or a range of them.',
    },
    example: '=RAD_CHANCE(Profile!B5, Programs!L2:L40, Programs!J2:J40, Programs!M2:M40)',
  },
  RAD_AT_LEAST: {
    summary:
      'The exact chance, in whole percent, of at least k interviews from a range of per-program chances.',
    params: [
      {
        name: 'chances',
        type: 'number|string|Array<Array<number|string>>',
        help: "Per-program chances: 18, 18% or 0.18 each (a list's Chance column, or RAD_CHANCE results); blanks are skipped.",
      },
      {
        name: 'k',
        type: 'number|Array<Array<number>>',
        help: 'How many interviews, or a range of counts for one result each.',
      },
    ],
    returns: { type: 'number|Array<Array<number>>', help: 'Whole percent, or a range of them.' },
    example: "=RAD_AT_LEAST('Application List'!I2:I61, 12)",
  },
  RAD_ERAS_COST: {
    summary:
      'ERAS application fees in dollars ($11 a program for the first 30, $30 each after, by default); each argument is one specialty, priced on its own. A range gives one cost per cell.',
    params: [
      {
        name: 'programs',
        type: 'number|Array<Array<number>>',
        help: 'Number of programs in the first specialty, or a range of counts (e.g. one per applicant) to get one cost per cell.',
      },
      {
        name: 'programs_second_specialty',
        type: 'number|Array<Array<number>>',
        help: 'Number of programs in a second specialty, priced on its own and added cell by cell: a single value or a range the same shape as programs. More specialties may follow.',
        optional: true,
      },
    ],
    returns: {
      type: 'number|string|Array<Array<number|string>>',
      help: 'The fees in dollars as a number (797 means $797: Format › Number › Currency shows the $), or a range of them; blank where every argument is blank.',
    },
    example: '=RAD_ERAS_COST(D2:D301, 7)',
  },
} satisfies Record<string, EntryDoc>;

/** How each server function is declared. */
const SERVER_FUNCTION_DOCS = {
  onOpen: {
    summary: 'Adds the RadList menu.',
    params: [{ name: 'e', type: 'Object', help: 'Open event.' }],
  },
  onInstall: {
    summary: 'Adds the RadList menu after install.',
    params: [{ name: 'e', type: 'Object', help: 'Install event.' }],
  },
  showSidebar: { summary: 'Opens the RadList sidebar.', params: [] },
  menuSetUpSheets: { summary: 'Menu: set up sheets.', params: [] },
  menuGenerateList: { summary: 'Menu: generate my list.', params: [] },
  menuGenerateCohort: { summary: 'Menu: generate cohort lists.', params: [] },
  getState: { summary: 'What the sidebar shows about the workbook.', params: [] },
  selectCell: {
    summary: 'Selects the cell a data issue names.',
    params: [{ name: 'args', type: 'Object', help: '{ sheet, cell }' }],
  },
  setupSheets: {
    summary: 'Creates missing input sheets.',
    params: [{ name: 'args', type: 'Object', help: '{ withSamples }' }],
  },
  generateList: {
    summary: "Writes one applicant's list and plan.",
    params: [{ name: 'args', type: 'Object', help: '{ applicant }' }],
  },
  generateCohort: {
    summary: 'Processes one batch of the cohort.',
    params: [{ name: 'args', type: 'Object', help: '{ start, size }' }],
  },
  saveOutcomes: {
    summary: "Saves the season's statuses to the Outcomes sheet.",
    params: [{ name: 'args', type: 'Object', help: '{ cycle, final }' }],
  },
  shareList: {
    summary: "Shares one applicant's list with a mentor.",
    params: [{ name: 'args', type: 'Object', help: '{ applicant, email, role, includeScores }' }],
  },
} satisfies Record<string, EntryDoc>;

/** The custom functions by name (SPEC section 4). */
export const CUSTOM_FUNCTIONS = {
  RAD_TIER,
  RAD_APPLY_COUNT,
  RAD_MEETS_MIN,
  RAD_CATEGORY,
  RAD_CHANCE,
  RAD_AT_LEAST,
  RAD_ERAS_COST,
} satisfies Record<keyof typeof CUSTOM_FUNCTION_DOCS, Implementation>;

/** The server functions by name (SPEC section 5: menu items and what the sidebar calls). */
export const SERVER_FUNCTIONS = {
  onOpen,
  onInstall,
  showSidebar,
  menuSetUpSheets,
  menuGenerateList,
  menuGenerateCohort,
  getState,
  selectCell,
  setupSheets,
  generateList,
  generateCohort,
  saveOutcomes,
  shareList,
} satisfies Record<keyof typeof SERVER_FUNCTION_DOCS, Implementation>;

// Every documented entry has an implementation and every implementation its docs: a name missing on either
// side, or renamed on one, fails the type check.
const docsCoverCustom: Record<keyof typeof CUSTOM_FUNCTIONS, EntryDoc> = CUSTOM_FUNCTION_DOCS;
const docsCoverServer: Record<keyof typeof SERVER_FUNCTIONS, EntryDoc> = SERVER_FUNCTION_DOCS;

/** The server functions as the sidebar calls them: name → implementation type. */
export type ServerApi = typeof SERVER_FUNCTIONS;

/**
 * Every entry point as the build declares it, custom functions first.
 *
 * @returns name, docs and whether it is a custom function, for each registered entry
 * @example
 * entryList().find((entry) => entry.name === 'RAD_TIER')?.customFunction // true
 */
export function entryList(): EntryPoint[] {
  const list = (docs: Record<string, EntryDoc>, customFunction: boolean): EntryPoint[] =>
    Object.entries(docs).map(([name, doc]) => ({
      name,
      ...doc,
      ...(customFunction ? { customFunction } : {}),
    }));
  return [...list(docsCoverCustom, true), ...list(docsCoverServer, false)];
}

/**
 * Every implementation by name: what the bundle exposes (src/addon/index.ts) and the generated declarations
 * call. The docs stay out of the bundle (only the build reads them).
 */
export function implementations(): Record<string, Implementation> {
  return { ...CUSTOM_FUNCTIONS, ...SERVER_FUNCTIONS };
}
