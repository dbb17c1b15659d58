/** Tests for what a missing input says, and which ones "Set up sheets" can fix (src/sheets/missing.ts). */
import { describe, expect, it } from 'vitest';
import { describeMissing, lacksSheet, type MissingInput } from '../../src/sheets/missing.ts';

describe('describeMissing', () => {
  it.each<[MissingInput, string]>([
    [{ kind: 'missing-sheet', sheet: 'Programs' }, 'There is no Programs sheet.'],
    [
      { kind: 'missing-sheet', sheet: 'Programs', found: 'Programs ' },
      "There is a sheet named 'Programs ' — rename it to 'Programs' (RadList looks for that exact name).",
    ],
    [
      { kind: 'empty-sheet', sheet: 'Cohort', column: 'Name', what: 'applicant' },
      'The Cohort sheet is empty: put the headers in row 1 (at least "Name") and one applicant a row.',
    ],
    [
      { kind: 'missing-column', sheet: 'Programs', column: 'Program' },
      'The Programs sheet has no "Program" column in row 1.',
    ],
    [{ kind: 'no-rows', sheet: 'Programs', what: 'programs' }, 'The Programs sheet has no programs yet.'],
    [
      { kind: 'profile-blank', sheet: 'Profile', nameRow: 3 },
      "The Profile sheet is not filled in yet: type the applicant's name in cell B3, then their scores.",
    ],
    [
      { kind: 'profile-blank', sheet: 'Profile', nameRow: null },
      'The Profile sheet is not filled in yet: type the applicant\'s name in column B, beside a "Name" label in column A, then their scores.',
    ],
  ])('says %j as one sentence', (missing, sentence) => {
    expect(describeMissing(missing)).toBe(sentence);
  });
});

describe('lacksSheet', () => {
  it('is true only when a whole sheet is missing', () => {
    expect(lacksSheet([])).toBe(false);
    expect(lacksSheet([{ kind: 'no-rows', sheet: 'Cohort', what: 'applicants' }])).toBe(false);
    expect(
      lacksSheet([
        { kind: 'missing-column', sheet: 'Programs', column: 'Program' },
        { kind: 'missing-sheet', sheet: 'Profile' },
      ]),
    ).toBe(true);
    // A sheet that is there under a look-alike name needs renaming: "Set up sheets" would make a second one.
    expect(lacksSheet([{ kind: 'missing-sheet', sheet: 'Programs', found: ' programs' }])).toBe(false);
  });
});
