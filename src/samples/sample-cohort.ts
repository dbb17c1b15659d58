/**
 * The `Cohort` sheet of the fictional sample workbook: eight invented applicants spanning every tier
 * (Competitive to Significantly low, one of them by two failed attempts), including one who needs a visa
 * and has no US clinical experience. `Step 2 CK` is column C so that the extra column `Tier by score alone (formula)`
 * shows a custom function over a range: `=RAD_TIER(C2:C9)` in its row-2 cell fills the tiers of all eight.
 */

/** Header row and eight applicant rows; the last column holds the sample formula. */
// biome-ignore format: a table reads best one row a line
export const SAMPLE_COHORT: unknown[][] = [
  ['Name', 'Applicant type', 'Step 2 CK', 'Step 2 CK attempts', 'Step 1', 'Step 1 attempts', 'Step 3', 'Graduation year', 'Needs visa', 'USCE weeks', 'Radiology letters', 'Other letters', 'Posters/abstracts', 'Publications', 'Preferred regions', 'Preferred program types', 'Rotations', 'Ties', 'Tier by score alone (formula)'],
  ['Avery Chen (sample)', 'US MD', 252, 1, 'Pass', 1, '', 2025, 'No', 16, 3, 1, 4, 2, 'Northeast, West', 'University', '', 'Boston', '=RAD_TIER(C2:C9)'],
  ['Bilal Haddad (sample)', 'DO', 238, 1, 'Pass', 1, '', 2025, 'No', 12, 2, 2, 2, 1, 'South', '', 'Briarwood Medical Center', 'NC', ''],
  ['Carmen Diaz (sample)', 'US IMG', '226', 1, 'Pass', 1, 231, 2020, 'No', 10, 2, 1, 3, 1, 'West, TX', 'Community, Hybrid', 'Mesa Alta Community Radiology', '', ''],
  ['Dmitri Volkov (sample)', 'Non-US IMG', 222, 1, 'Pass', 1, '', 2022, 'Yes', 0, 1, 1, 5, 2, '', '', '', '', ''],
  ['Esi Mensah (sample)', 'US IMG', 214, 1, 'Pass', 1, '', 2019, 'No', 6, 2, 1, 3, 0, 'Midwest', 'Community', '', 'Ohio', ''],
  ['Farah Qureshi (sample)', 'US IMG', '212 (2nd attempt)', 2, 'Fail', 1, '', 2018, 'No', 4, 1, 1, 1, 0, 'South, Midwest', 'Community', '', '', ''],
  ['Gabriel Santos (sample)', 'Non-US IMG', 204, 1, 'Pass', 1, '', 2016, 'Yes', 0, 0, 1, 0, 0, 'Northeast', '', '', 'NY', ''],
  ['Hana Kim (sample)', 'US IMG', 246, 1, 'Pass', 1, '', 2024, 'No', 8, 2, 1, 2, 1, '', 'University, Hybrid', '', '', ''],
];
