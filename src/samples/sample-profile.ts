/**
 * The `Profile` sheet of the fictional sample workbook: one invented applicant, a US IMG with a Step 2 CK of
 * 221 (Mildly low), Step 1 passed on the second attempt (one failed attempt), graduated in 2021, eight weeks
 * of US clinical experience including a rotation at a sample program, and a tie to a sample city.
 * Labels in column A, values in column B, as a person would type them.
 */

/** Label/value rows of the sample Profile. */
// biome-ignore format: a table reads best one row a line
export const SAMPLE_PROFILE: unknown[][] = [
  ['Name', 'Sam Rivera (sample)'],
  ['Applicant type', 'US IMG'],
  ['Step 1', 'Pass'],
  ['Step 1 attempts', 2],
  ['Step 2 CK', 221],
  ['Step 2 CK attempts', 1],
  ['Step 3', ''],
  ['Graduation year', 2021],
  ['Needs visa', 'No'],
  ['USCE weeks', 8],
  ['Radiology letters', 1],
  ['Other letters', 2],
  ['Posters/abstracts', 2],
  ['Publications', 0],
  ['Preferred regions', 'Midwest, South'],
  ['Preferred program types', 'Community, Hybrid'],
  ['Rotations', 'Lakeview Regional Radiology'],
  ['Ties', 'Milwaukee'],
];
