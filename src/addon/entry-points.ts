/**
 * The one registry of Apps Script entry points. `scripts/build.ts` turns each entry into a top-level
 * `function` declaration in `dist/Code.js` (Apps Script only sees declared functions), and writes the JSDoc
 * that Sheets shows as formula help for the custom functions. `src/addon/index.ts` must export a function
 * of every name listed here; a bundle test checks both lists agree.
 */

export interface ParamDoc {
  name: string;
  /** JSDoc type, e.g. `number|Array<Array<number>>`. */
  type: string;
  help: string;
  optional?: boolean;
}

export interface EntryPoint {
  name: string;
  /** One sentence, shown in the formula help for custom functions. */
  summary: string;
  params: ParamDoc[];
  /** Custom functions only: JSDoc `@return` type and text. */
  returns?: { type: string; help: string };
  /** Custom functions only: a formula, e.g. `=RAD_TIER(B4)`. */
  example?: string;
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

export const CUSTOM_FUNCTIONS: readonly EntryPoint[] = [
  {
    name: 'RAD_TIER',
    summary:
      'The Step 2 CK tier for Diagnostic Radiology: Competitive, Average, Mildly low, Moderately low or Significantly low.',
    params: [scoreParam, failuresParam],
    returns: { type: 'string|Array<Array<string>>', help: 'The tier, or a range of tiers.' },
    example: '=RAD_TIER(B4)',
    customFunction: true,
  },
  {
    name: 'RAD_APPLY_COUNT',
    summary: 'The recommended number of Diagnostic Radiology applications (the low end of the range).',
    params: [scoreParam, failuresParam],
    returns: { type: 'number|Array<Array<number>>', help: 'How many programs to apply to.' },
    example: '=RAD_APPLY_COUNT(B4, B5)',
    customFunction: true,
  },
  {
    name: 'RAD_MEETS_MIN',
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
    customFunction: true,
  },
  {
    name: 'RAD_CATEGORY',
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
    customFunction: true,
  },
  {
    name: 'RAD_ERAS_COST',
    summary:
      'ERAS application fees in dollars; each argument is one specialty, priced on its own. A range gives one cost per cell.',
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
      help: 'Dollars, or a range of them; blank where every argument is blank.',
    },
    example: '=RAD_ERAS_COST(D2:D301, 7)',
    customFunction: true,
  },
];

export const SERVER_FUNCTIONS: readonly EntryPoint[] = [
  {
    name: 'onOpen',
    summary: 'Adds the RadList menu.',
    params: [{ name: 'e', type: 'Object', help: 'Open event.' }],
  },
  {
    name: 'onInstall',
    summary: 'Adds the RadList menu after install.',
    params: [{ name: 'e', type: 'Object', help: 'Install event.' }],
  },
  { name: 'showSidebar', summary: 'Opens the RadList sidebar.', params: [] },
  { name: 'menuSetUpSheets', summary: 'Menu: set up sheets.', params: [] },
  { name: 'menuGenerateList', summary: 'Menu: generate my list.', params: [] },
  { name: 'menuGenerateCohort', summary: 'Menu: generate cohort lists.', params: [] },
  { name: 'getState', summary: 'What the sidebar shows about the workbook.', params: [] },
  {
    name: 'selectCell',
    summary: 'Selects the cell a data issue names.',
    params: [{ name: 'args', type: 'Object', help: '{ sheet, cell }' }],
  },
  {
    name: 'setupSheets',
    summary: 'Creates missing input sheets.',
    params: [{ name: 'args', type: 'Object', help: '{ withSamples }' }],
  },
  {
    name: 'generateList',
    summary: "Writes one applicant's list and plan.",
    params: [{ name: 'args', type: 'Object', help: '{ applicant }' }],
  },
  {
    name: 'generateCohort',
    summary: 'Processes one batch of the cohort.',
    params: [{ name: 'args', type: 'Object', help: '{ start, size }' }],
  },
  {
    name: 'shareList',
    summary: "Shares one applicant's list with a mentor.",
    params: [{ name: 'args', type: 'Object', help: '{ applicant, email, role, includeScores }' }],
  },
];
