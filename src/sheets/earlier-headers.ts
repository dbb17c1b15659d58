/**
 * The header rows RadList's outputs had in earlier versions, so a sheet written then is still recognised:
 * adopted when it has no mark (output-marks.ts), and read column by column when its notes are carried over
 * (carry-over.ts `knownHeaders`). When a version changes an output's columns, add the old row here.
 */

/** The header rows of RadList 0.1, the version before marks, by output. */
export const EARLIER_HEADERS: Readonly<
  Record<'list' | 'plan' | 'cohortSummary' | 'cohortLists', readonly string[][]>
> = {
  list: [
    [
      'Rank',
      'Program',
      'ID',
      'City',
      'State',
      'Type',
      'Category',
      'Fit',
      'Min Step 2 CK',
      'Typical Step 2 CK',
      'Margin',
      'IMG %',
      'Signal',
      'Apply',
      'Why',
      'Issues',
      'Notes',
    ],
  ],
  plan: [['Item', 'Value', 'Details']],
  cohortSummary: [
    [
      'Applicant',
      'Step 2 CK',
      'Tier',
      'Recommended',
      'Eligible',
      'Reach',
      'Target',
      'Safety',
      'Below minimum',
      'Not eligible',
      'Dual-apply',
      'ERAS cost',
      'Top programs',
      'Issues',
    ],
  ],
  cohortLists: [['Applicant', 'Rank', 'Program', 'ID', 'Category', 'Fit', 'Apply', 'Why', 'Issues', 'Notes']],
};
