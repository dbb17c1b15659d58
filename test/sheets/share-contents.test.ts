/** The share preview against the file shareList makes through the built add-on (src/sheets/share-contents.ts). */
import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../../scripts/playground/shared-file.ts';
import { SAMPLE_WORKBOOK } from '../../src/samples/sample-workbook.ts';
import { SCORE_COLUMNS } from '../../src/sheets/list-columns.ts';
import { SHARED_SHEETS, sharedFileName, sharePreview } from '../../src/sheets/share-contents.ts';
import { openWorkbook } from '../addon/harness.ts';

describe('sharePreview', () => {
  it.each([false, true])(
    'names exactly the sheets and List columns the shared file holds (scores %s)',
    (includeScores) => {
      const book = openWorkbook({ ...SAMPLE_WORKBOOK });
      const reply = book.bundle.callServer('shareList', {
        email: 'mentor@example.org',
        role: 'viewer',
        includeScores,
      });
      expect(reply.ok).toBe(true);
      const file = readSharedFile(book.emulator.drive.files[0]!);
      const preview = sharePreview('Sam Rivera (sample)', includeScores);
      expect(file.name).toBe(preview.fileName);
      expect(file.sheets.map((s) => s.name)).toEqual(preview.sheets.map((s) => s.name));
      const header = file.sheets[0]!.cells[0]!.map((c) => c.text);
      expect(header).toEqual(preview.sheets[0]!.holds);
      for (const column of SCORE_COLUMNS) expect(header.includes(column)).toBe(includeScores);
      const chance = header.indexOf('Chance');
      if (includeScores) expect(file.sheets[0]!.cells[1]![chance]!.text).toMatch(/^\d+%$/);
    },
  );

  it('says what is left out without scores, and what is never shared', () => {
    const without = sharePreview('Ana', false);
    expect(without.sheets[0]!.leftOut).toContain(SCORE_COLUMNS.join(', '));
    expect(without.sheets[1]!.leftOut).toContain('Your Step 2 CK');
    expect(sharePreview('Ana', true).sheets[1]!.leftOut).toBe('');
    expect(without.never).toContain('other applicants');
    expect([SHARED_SHEETS.list, SHARED_SHEETS.plan]).toEqual(['List', 'Plan']);
  });
});

describe('sharedFileName', () => {
  it('keeps the name only, cleaned', () => {
    expect(sharedFileName('Ana\tLi')).toBe('RadList – Ana Li – list and plan');
    expect(sharedFileName('  ')).toBe('RadList – Applicant – list and plan');
  });
});
