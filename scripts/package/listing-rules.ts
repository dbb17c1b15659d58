/**
 * What Google's Store Listing page accepts, checked before anything is packaged. Limits from Google's
 * "Create a store listing" page (https://developers.google.com/workspace/marketplace/create-listing):
 * application name 50 characters or less, no "Google"; short description 200 characters; detailed
 * description under 16,000 characters. Graphic sizes are in `GRAPHICS`.
 */
import * as z from 'zod';
import type { StoreListing } from '../../listing/listing.ts';

export const LIMITS = { name: 50, shortDescription: 200, detailedDescriptionBelow: 16_000 } as const;

/** The Store Listing's graphic slots (pixels) and the OAuth consent screen's logo. */
export const GRAPHICS = {
  icons: [32, 48, 96, 128],
  /** The two sizes the Store Listing requires; 48 and 96 are offered too. */
  requiredIcons: [32, 128],
  cardBanner: { width: 220, height: 140 },
  screenshot: { width: 1280, height: 800 },
  consentLogo: 120,
} as const;

/** Counts characters as people see them (an emoji or accented letter is one), not UTF-16 units. */
export function characters(text: string): number {
  return [...text].length;
}

const httpsOrMail = z
  .string()
  .regex(
    /^(https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?|mailto:[^\s@]+@[^\s@]+\.[^\s@]+)$/,
    'an https:// address (or mailto:)',
  );
const https = z.string().regex(/^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/, 'an https:// address');
const text = (max: number) =>
  z
    .string()
    .refine((value) => value.trim() !== '', 'some text')
    .refine((value) => characters(value) <= max, `at most ${max} characters`);

export const listingSchema = z.object({
  name: text(LIMITS.name).refine((value) => !/google/i.test(value), 'a name without the word "Google"'),
  shortDescription: text(LIMITS.shortDescription).refine((value) => !value.includes('\n'), 'one line'),
  detailedDescription: text(LIMITS.detailedDescriptionBelow - 1),
  category: text(100),
  pricing: z.enum(['Free of charge', 'Paid', 'Free of charge trial', 'Free of charge with paid features']),
  language: text(100),
  links: z.object({ help: https, privacy: https, support: httpsOrMail, terms: https }),
  developer: z.object({ name: text(100), email: z.email('an email address'), website: https }),
});

/**
 * Why the listing cannot be uploaded as it is, in plain sentences (empty when it can).
 *
 * @param listing - the listing (usually `LISTING` from listing/listing.ts)
 * @returns one sentence per field that breaks a rule
 * @example
 * listingProblems({ ...LISTING, name: '' }) // ['name: expected some text.']
 */
export function listingProblems(listing: unknown): string[] {
  const result = listingSchema.safeParse(listing);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'listing'}: expected ${issue.message}.`,
  );
}

/** Addresses still on the placeholder site, which must be replaced before a real listing. */
export function placeholderLinks(listing: StoreListing): string[] {
  const all = [...Object.values(listing.links), listing.developer.email, listing.developer.website];
  return all.filter((value) => /(^|[/.@])example\.(org|com|net)\b/.test(value));
}
