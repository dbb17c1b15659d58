/** Tests for which sheets are RadList's (src/sheets/output-marks.ts). */
import { describe, expect, it } from 'vitest';
import {
  applicantListTarget,
  cohortListsTarget,
  cohortSummaryTarget,
  isRadListMark,
  listTarget,
  planTarget,
  runVersionOf,
  startsWithHeader,
} from '../../src/sheets/output-marks.ts';
import { COHORT_LIST_COLUMNS, COHORT_SUMMARY_COLUMNS } from '../../src/sheets/write-cohort.ts';
import { LIST_COLUMNS } from '../../src/sheets/write-list.ts';

describe('output targets', () => {
  it.each([
    [listTarget('Ana'), 'Application List', [...LIST_COLUMNS]],
    [planTarget('Ana'), 'Application Plan', ['Item', 'Value', 'Details']],
    [cohortSummaryTarget(), 'Cohort Summary', [...COHORT_SUMMARY_COLUMNS]],
    [cohortListsTarget(), 'Cohort Lists', [...COHORT_LIST_COLUMNS]],
  ])('names, marks and recognises %#', (target, name, header) => {
    expect([target.nameAfter([]), target.nameAfter([name]), target.nameAfter([name, `${name} (2)`])]).toEqual(
      [name, `${name} (2)`, `${name} (3)`],
    );
    expect(target.owns(target.mark)).toBe(true);
    expect(isRadListMark(target.mark)).toBe(true);
    expect(target.owns('')).toBe(false);
    expect(target.adopts([...header, 'My column'])).toBe(true);
    expect(target.adopts(header.slice(1))).toBe(false);
    expect(target.adopts(['my own work'])).toBe(false);
  });

  it('owns the Application List whoever it was for, so renaming the applicant keeps the sheet', () => {
    expect(listTarget('Ana').owns(listTarget('Ana Li').mark)).toBe(true);
    expect(listTarget('Ana').owns(planTarget('Ana').mark)).toBe(false);
  });

  it('finds a cohort applicant’s list only by the mark naming that applicant, never by its header', () => {
    const ana = applicantListTarget('Ana Li');
    expect(ana.owns(ana.mark)).toBe(true);
    expect(ana.owns(applicantListTarget('Ana/Li').mark)).toBe(false);
    expect(ana.adopts([...LIST_COLUMNS])).toBe(false);
    expect(ana.nameAfter(['List – Ana Li'])).toBe('List – Ana Li (2)');
    expect(ana.mark).toBe('RadList: the list of Ana Li. Regenerating it from the sidebar keeps your Notes.');
  });
});

describe('runVersionOf', () => {
  it('reads back the version a Cohort Summary mark records, and none from a mark without one', () => {
    expect(runVersionOf(cohortSummaryTarget('0a1b2c3d').mark)).toBe('0a1b2c3d');
    expect(runVersionOf(cohortSummaryTarget().mark)).toBeNull();
    expect(cohortSummaryTarget().owns(cohortSummaryTarget('0a1b2c3d').mark)).toBe(true);
  });
});

describe('startsWithHeader', () => {
  it('compares cell for cell, trimmed, and lets columns follow', () => {
    expect(startsWithHeader([' Item', 'Value ', 'Details', 'x'], [['Item', 'Value', 'Details']])).toBe(true);
    expect(startsWithHeader(['item', 'Value', 'Details'], [['Item', 'Value', 'Details']])).toBe(false);
    expect(startsWithHeader([], [[]])).toBe(false);
  });
});

describe('a mark naming a long name', () => {
  it('shows the first 200 characters and a fingerprint of the whole name, so it fits a note', () => {
    const start = 'N'.repeat(250);
    const one = applicantListTarget(`${start} one`).mark;
    const two = applicantListTarget(`${start} two`).mark;
    expect(one).not.toBe(two);
    expect(one).toMatch(/^RadList: the list of N{200}… \(name [0-9a-f]{8}\)\. /);
    expect(applicantListTarget('N'.repeat(50_000)).mark.length).toBeLessThan(400);
    expect(applicantListTarget(`${start} one`).owns(one)).toBe(true);
    expect(applicantListTarget('Ana Li').mark).toContain('the list of Ana Li.');
  });
});
