/**
 * RadList's Google Workspace Marketplace listing: the one place its name, descriptions, links and category
 * are kept. The Marketplace SDK's Store Listing page (Google Cloud console) is filled from this file:
 * `npm run package` writes each field as its own text file and a paste sheet (`store-listing.md`) into
 * `package-output/listing/`, next to the icons (drawn from `listing/icon.svg`) and the screenshots.
 * `test/package.test.ts` checks every field is present and within Google's length limits.
 *
 * The Apps Script manifest (`appsscript.json`) holds none of this: an Editor add-on's listing lives only in
 * the Marketplace SDK. The scopes the SDK asks for are read from the manifest, never copied here.
 *
 * Before a public listing, the four links must point at pages on a website the publisher owns (see
 * docs/install.md, "What a listing needs"); `SITE` is where docs/install.md and docs/privacy.md are
 * published.
 */

import { SITE } from './site.ts';

/** Where RadList's help and privacy pages are published (no trailing slash; kept in site.ts). */
export { SITE };

export interface StoreListing {
  /** Application name: shown in the Marketplace; must match the OAuth consent screen's app name. */
  name: string;
  /** One or two sentences shown under the name (at most 200 characters). */
  shortDescription: string;
  /** The Overview text under the screenshots; plain text, line breaks kept (under 16,000 characters). */
  detailedDescription: string;
  /** The Marketplace category the listing appears in. */
  category: string;
  /** The Store Listing's pricing choice. */
  pricing: 'Free of charge' | 'Paid' | 'Free of charge trial' | 'Free of charge with paid features';
  /** The listing's language. */
  language: string;
  links: {
    /** How to install and use RadList: docs/install.md, published. */
    help: string;
    /** docs/privacy.md, published. */
    privacy: string;
    /** Where users get help: an issue tracker, a help page or a mailto: address. */
    support: string;
    /** Terms of service. */
    terms: string;
  };
  /** The Marketplace SDK's App Configuration asks who builds and maintains the app. */
  developer: { name: string; email: string; website: string };
}

export const LISTING: StoreListing = {
  name: 'RadList',
  shortDescription:
    'Rank Diagnostic Radiology residency programs for your profile in Google Sheets: Reach, Target or ' +
    'Safety, every point explained, with how many to apply to and the ERAS cost.',
  detailedDescription: [
    'RadList turns an applicant’s profile and a sheet of Diagnostic Radiology residency programs into a ranked, explained application list, inside Google Sheets.',
    '',
    'It is built first for US-citizen international medical graduates (IMGs) with low USMLE Step scores, and for the advisors who manage whole cohorts of applicants.',
    '',
    'What you get',
    '• Every program placed in one category: Reach, Target, Safety, Below minimum or Not eligible, with a fit score whose every point is explained.',
    '• An Apply mark on the programs to apply to, and how many applications your Step 2 CK tier calls for.',
    '• A plan: the ERAS cost, suggested gold and silver signals, whether to dual-apply, Step 3 advice and a checklist.',
    '• Formulas that work in any cell: =RAD_TIER, =RAD_APPLY_COUNT, =RAD_MEETS_MIN, =RAD_CATEGORY and =RAD_ERAS_COST.',
    '• For advisors: lists for a whole cohort in one go, and Share with mentor, which makes a separate file holding one applicant’s list and plan only (Step scores left out unless you choose).',
    '',
    'Your data stays in your spreadsheet',
    'RadList reads only the spreadsheet it is opened in. It creates a file only when you share a list with a mentor, and it sends nothing anywhere else: no web requests, no analytics, no advertising.',
    '',
    'Try it in a minute',
    'Open Extensions → RadList → Open RadList, tick “Add fictional sample data”, press Set up sheets, then Generate my list. The sample programs and applicants are fictional.',
    '',
    'Advice, not a guarantee',
    'RadList’s rules and defaults are written down with their sources (AAMC, NRMP and program director surveys) or marked as RadList’s judgment. Always check each program’s current requirements on its own website.',
  ].join('\n'),
  category: 'Education',
  pricing: 'Free of charge',
  language: 'English (United States)',
  links: {
    help: `${SITE}/install`,
    privacy: `${SITE}/privacy`,
    support: `${SITE}/support`,
    terms: `${SITE}/terms`,
  },
  developer: {
    name: 'RadList',
    email: 'support@radlist.example.org',
    website: SITE,
  },
};
