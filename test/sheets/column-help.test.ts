import { describe, expect, it } from 'vitest';
import { columnNotes, defaultHelpSettings } from '../../src/sheets/column-help.ts';
import { LIST_COLUMNS } from '../../src/sheets/list-columns.ts';
import { COHORT_LIST_COLUMNS, COHORT_SUMMARY_COLUMNS } from '../../src/sheets/write-cohort.ts';

describe('columnNotes', () => {
  it.each([
    ['a list', LIST_COLUMNS],
    ['Cohort Lists', COHORT_LIST_COLUMNS],
    ['Cohort Summary', COHORT_SUMMARY_COLUMNS],
  ])('explains every column of %s but A (whose note is the mark), in plain words', (_, columns) => {
    const notes = columnNotes(columns);
    expect(notes[0]).toBe('');
    notes.slice(1).forEach((note, i) => {
      expect(note, columns[i + 1]).toMatch(/^[A-Z].{15,}[.)]$/);
    });
  });

  it('quotes the settings in force', () => {
    const settings = {
      ...defaultHelpSettings(),
      targetFrom: 12,
      safetyFrom: 45,
      goldSignals: 4,
      targetInterviews: 10,
    };
    const [, category, signal, chanceOfTarget] = columnNotes(
      ['Rank', 'Category', 'Signal', 'Chance of target'],
      settings,
    );
    expect(category).toContain(
      'Safety: Chance 45% or more. Target: Chance 12% to 44%. Reach: Chance below 12%.',
    );
    expect(signal).toContain('4 gold');
    expect(chanceOfTarget).toContain('at least 10 interviews');
  });
});
