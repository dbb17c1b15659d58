/** getState through the built bundle: what the sidebar shows about the workbook. */
import { describe, expect, it } from 'vitest';
import type { StateResult } from '../../src/addon/api.ts';
import { openWorkbook, valuesOf } from './harness.ts';

describe('getState', () => {
  it('names what is missing in an empty spreadsheet', () => {
    const book = openWorkbook({});
    const reply = book.bundle.callServer('getState');
    expect(reply.ok).toBe(true);
    const state = (reply as { result: StateResult }).result;
    expect(state.sheets).toEqual({ profile: false, programs: false, cohort: false, settings: false });
    expect(state.missing.join(' ')).toMatch(/Profile/);
    expect(state.missing.join(' ')).toMatch(/Programs/);
  });

  it('reports the applicant, programs, cohort, issues and settings of the sample workbook', () => {
    const book = openWorkbook({});
    book.bundle.callServer('setupSheets', { withSamples: true });
    const state = (book.bundle.callServer('getState') as { result: StateResult }).result;
    expect(state.missing).toEqual([]);
    expect(state.applicant?.tier).toBeTruthy();
    expect(state.programCount).toBe(valuesOf(book, 'Programs').length - 1);
    expect(state.cohort.length).toBeGreaterThan(0);
    expect(state.settings.find((s) => s.label === 'Gold signals')).toEqual({
      label: 'Gold signals',
      value: 6,
      isDefault: true,
    });
    for (const issue of state.issues) expect(issue.cell).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
  });
});
