/**
 * End to end through the built bundle: an Apply set holding Advanced programs gets the PGY-1 year in the
 * plan (sheet and sidebar reply), in the Cohort Summary's ERAS cost and in the plan shared with a mentor;
 * a blank Track is said once, never on the list's rows.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listRows, openWorkbook, valuesOf, type Workbook } from './harness.ts';

const HEADER = [
  'Program',
  'ID',
  'State',
  'Type',
  'Track',
  'Min Step 2 CK',
  'Typical Step 2 CK',
  'Takes IMGs',
];

/** Ten open programs: 4 Advanced, 3 Categorical, 1 offering both tracks, 2 with a blank Track. */
const PROGRAMS = [
  HEADER,
  ['Adv One Radiology', 'T01', 'NY', 'Community', 'Advanced', 200, 215, 'Yes'],
  ['Adv Two Radiology', 'T02', 'OH', 'Community', 'Advanced', 200, 215, 'Yes'],
  ['Adv Three Radiology', 'T03', 'TX', 'Hybrid', 'Advanced', 200, 215, 'Yes'],
  ['Adv Four Radiology', 'T04', 'CA', 'Hybrid', 'Advanced', 200, 215, 'Yes'],
  ['Cat One Radiology', 'T05', 'PA', 'Community', 'Categorical', 200, 215, 'Yes'],
  ['Cat Two Radiology', 'T06', 'IL', 'Community', 'Categorical', 200, 215, 'Yes'],
  ['Cat Three Radiology', 'T07', 'FL', 'Hybrid', 'Categorical', 200, 215, 'Yes'],
  ['Both Tracks Radiology', 'T08', 'GA', 'University', 'Both', 200, 215, 'Yes'],
  ['Blank Track One', 'T09', 'WA', 'Community', '', 200, 215, 'Yes'],
  ['Blank Track Two', 'T10', 'MN', 'Community', '', 200, 215, 'Yes'],
];

const PROFILE = [
  ['Name', 'Pat Advanced'],
  ['Applicant type', 'US MD'],
  ['Step 2 CK', 241],
  ['Graduation year', 2025],
];

const COHORT = [
  ['Name', 'Step 2 CK', 'Applicant type', 'Graduation year'],
  ['Ana Li', 240, 'US MD', 2025],
  ['Ben Ode', 238, 'DO', 2025],
];

function freshBook(settings?: unknown[][]): Workbook {
  return openWorkbook({
    Profile: PROFILE,
    Programs: PROGRAMS,
    Cohort: COHORT,
    ...(settings ? { Settings: settings } : {}),
  });
}

/** Value and Details of the Application Plan row whose Item is `item`. */
function planRow(book: Workbook, item: string): unknown[] | undefined {
  return valuesOf(book, 'Application Plan')
    .find((row) => row[0] === item)
    ?.slice(1);
}

/** A plan row's Value as the sheet shows it (number formats applied: `$110`). */
function shownValue(book: Workbook, item: string): string | undefined {
  const shown = book.emulator.spreadsheet.inspect('Application Plan')?.displayValues ?? [];
  return shown.find((row) => row[0] === item)?.[1];
}

describe('the PGY-1 year through the built add-on', () => {
  it('advises one PGY-1 application per Advanced program (Both counted with them) and prices it as its own specialty', () => {
    const book = freshBook();
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(listRows(book).filter((row) => row.Apply === 'Yes')).toHaveLength(10);
    const summary = reply.result as { erasCost: number; pgyOne: Record<string, unknown> };
    expect(summary.erasCost).toBe(110);
    expect(summary.pgyOne).toMatchObject({
      advanced: 4,
      categorical: 3,
      both: 1,
      unknown: 2,
      recommended: 5,
      erasCost: 55,
    });
    expect(summary.pgyOne.advice).toMatch(
      /^Advanced programs start in the second year of residency \(PGY-2\), so you also need a first year: apply to about 5 preliminary medicine, preliminary surgery or transitional-year programs/,
    );

    expect(shownValue(book, 'ERAS cost of the Apply set')).toBe('$110');
    expect(shownValue(book, 'ERAS cost of the PGY-1 applications')).toBe('$55');
    expect(shownValue(book, 'ERAS cost in all')).toBe('$165');
    expect(planRow(book, 'Advanced programs you apply to')?.[0]).toBe(4);
    expect(planRow(book, 'Categorical programs you apply to')?.[0]).toBe(3);
    expect(planRow(book, 'Programs offering both tracks')?.[0]).toBe(1);
    expect(planRow(book, 'PGY-1 applications')).toEqual([5, summary.pgyOne.advice]);
  });

  it('says a blank Track once in the plan and never on a list row', () => {
    const book = freshBook();
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    const said = valuesOf(book, 'Application Plan')
      .flat()
      .filter((cell) => /Track of 2 programs you apply to is blank/.test(String(cell)));
    expect(said).toHaveLength(1);
    expect(planRow(book, 'Programs with Track unknown')?.[0]).toBe(2);
    for (const row of listRows(book)) expect(String(row.Issues)).not.toMatch(/track/i);
  });

  it('follows the two Settings values', () => {
    const book = freshBook([
      ['PGY-1 applications per Advanced program', 2],
      ['PGY-1 applications at most', 7],
    ]);
    const reply = book.bundle.callServer('generateList', {});
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect((reply.result as { pgyOne: { recommended: number } }).pgyOne.recommended).toBe(7);
    expect(shownValue(book, 'ERAS cost of the PGY-1 applications')).toBe('$77');
  });

  it('counts the PGY-1 applications in the Cohort Summary’s ERAS cost', () => {
    const book = freshBook();
    const reply = book.bundle.callServer('generateCohort', { start: 0, size: 10 });
    expect(reply.ok).toBe(true);
    const [header = [], ...rows] = valuesOf(book, 'Cohort Summary');
    const cost = header.indexOf('ERAS cost');
    expect(rows.slice(0, 2).map((row) => [row[0], row[cost]])).toEqual([
      ['Ana Li', 165],
      ['Ben Ode', 165],
    ]);
  });

  it('keeps the PGY-1 year in the plan shared with a mentor without scores', () => {
    const book = freshBook();
    const reply = book.bundle.callServer('shareList', {
      applicant: 'Ana Li',
      email: 'mentor@example.org',
      role: 'viewer',
      includeScores: false,
    });
    expect(reply.ok).toBe(true);
    const [file] = book.emulator.drive.files.filter((f) => !f.removed);
    const parts = unzipSync(file!.bytes!);
    const names = [...strFromU8(parts['xl/workbook.xml']!).matchAll(/<sheet name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const xml = strFromU8(parts[`xl/worksheets/sheet${names.indexOf('Plan') + 1}.xml`]!);
    const cells = [...xml.matchAll(/<(?:t[^>]*|v)>(.*?)<\/(?:t|v)>/gs)].map((m) => m[1]!);
    expect(cells).toContain('PGY-1 applications');
    expect(cells).toContain('ERAS cost in all');
    expect(
      cells.some((c) => c.startsWith('Advanced programs start in the second year of residency (PGY-2)')),
    ).toBe(true);
    expect(cells).not.toContain('240');
  });
});
