import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, type Workbook } from './harness.ts';

const PROGRAMS = [
  [
    'Program',
    'ID',
    'State',
    'Type',
    'Min Step 2 CK',
    'Min is',
    'Typical Step 2 CK',
    'IMG %',
    'Takes IMGs',
    'Sponsors visa',
  ],
  ['Harbor View Radiology', 'P01', 'NY', 'Community', 210, 'Hard', 225, 40, 'Yes', 'J-1'],
  ['High Bar University', 'P02', 'MA', 'University', 235, 'Hard', 245, 5, 'Yes', 'Both'],
  ['+1 Radiology & <Imaging>', 'P03', 'OH', 'Hybrid', 200, 'Hard', 215, 30, 'Yes', 'J-1'],
  ['Safe Harbor Community', 'P04', 'PA', 'Community', 200, 'Hard', 210, 60, 'Yes', 'Both'],
];

const COHORT = [
  ['Name', 'Step 2 CK', 'Applicant type', 'Graduation year', 'Needs visa'],
  ['Ana Li', 228, 'US IMG', 2022, 'Yes'],
  ['Ben Ode', 251, 'US MD', 2024, 'No'],
  ['Cy Park', 217, 'DO', 2021, 'No'],
];

const PROFILE = [
  ['Name', 'Dana Profile'],
  ['Step 2 CK', 239],
  ['Applicant type', 'US IMG'],
];

function freshBook(): Workbook {
  return openWorkbook({ Profile: PROFILE, Programs: PROGRAMS, Cohort: COHORT });
}

/** Every cell of every worksheet of the uploaded .xlsx, as text. */
function sharedCells(book: Workbook): { sheets: string[]; cells: string[][] } {
  const [file] = book.emulator.drive.files.filter((f) => !f.removed);
  const parts = unzipSync(file!.bytes!);
  const workbook = strFromU8(parts['xl/workbook.xml']!);
  const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]!);
  const cells = sheets.map((_, i) => {
    const xml = strFromU8(parts[`xl/worksheets/sheet${i + 1}.xml`]!);
    return [...xml.matchAll(/<(?:t[^>]*|v)>(.*?)<\/(?:t|v)>/gs)].map((m) => m[1]!);
  });
  return { sheets, cells };
}

function share(book: Workbook, arg: unknown) {
  return book.bundle.callServer('shareList', arg);
}

describe('shareList', () => {
  it('creates exactly one converted file, shared with the mentor in the chosen role', () => {
    for (const [role, driveRole] of [
      ['commenter', 'commenter'],
      ['viewer', 'reader'],
    ]) {
      const book = freshBook();
      const reply = share(book, { applicant: 'Ana Li', email: 'mentor@example.org', role });
      expect(reply.ok).toBe(true);
      const files = book.emulator.drive.files;
      expect(files).toHaveLength(1);
      const [file] = files;
      expect(file!.mimeType).toBe('application/vnd.google-apps.spreadsheet');
      expect(file!.sourceMimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(file!.permissions).toEqual([
        expect.objectContaining({ role: driveRole, type: 'user', emailAddress: 'mentor@example.org' }),
      ]);
      expect(file!.permissions[0]!.options).toMatchObject({ sendNotificationEmail: true });
      if (reply.ok) {
        expect(reply.result).toEqual({
          fileId: file!.id,
          fileName: file!.name,
          url: expect.stringContaining(file!.id),
        });
      }
    }
  });

  it('holds that applicant’s List and Plan and no other applicant’s name', () => {
    const book = freshBook();
    expect(share(book, { applicant: 'Ana Li', email: 'mentor@example.org', role: 'viewer' }).ok).toBe(true);
    const { sheets, cells } = sharedCells(book);
    expect(sheets).toEqual(['List', 'Plan']);
    const text = cells.flat().join('\n');
    expect(text).toContain('Ana Li');
    for (const other of ['Ben Ode', 'Cy Park', 'Dana Profile']) expect(text).not.toContain(other);
    expect(cells[0]).toContain('Harbor View Radiology');
    expect(cells[0]).toContain('+1 Radiology &amp; &lt;Imaging&gt;');
  });

  it.each([
    { includeScores: false, shown: false },
    { includeScores: true, shown: true },
  ])('shows Step 2 CK scores only when asked (includeScores $includeScores)', ({ includeScores, shown }) => {
    const book = freshBook();
    const reply = share(book, {
      applicant: 'Ana Li',
      email: 'mentor@example.org',
      role: 'viewer',
      includeScores,
    });
    expect(reply.ok).toBe(true);
    const { cells } = sharedCells(book);
    const [list = [], plan = []] = cells;
    for (const header of ['Min Step 2 CK', 'Typical Step 2 CK', 'Margin'])
      expect(list.includes(header)).toBe(shown);
    expect(plan.includes('228')).toBe(shown);
    expect(cells.flat().some((cell) => cell.includes('228'))).toBe(shown);
    expect(plan.includes('Step 2 CK')).toBe(shown);
  });

  it.each([
    { includeScores: false, shown: false },
    { includeScores: true, shown: true },
  ])(
    'puts no Step score or margin anywhere in the file unless asked (includeScores $includeScores)',
    ({ includeScores, shown }) => {
      const book = openWorkbook({
        Profile: [
          ['Name', 'Eve Distinct'],
          ['Step 1', 198],
          ['Step 2 CK', 217],
          ['Step 3', 231],
          ['Applicant type', 'US IMG'],
          ['Rotations', 'Harbor View Radiology'],
        ],
        Programs: [
          [...PROGRAMS[0]!, 'Last verified'],
          [
            'Harbor View Radiology',
            'P01',
            'NY',
            'Community',
            210,
            'Hard',
            225,
            40,
            'Yes',
            'J-1',
            '2019-03-01',
          ],
          ['High Bar University', 'P02', 'MA', 'University', 235, 'Hard', 245, 5, 'Yes', 'Both', ''],
          ['Near Miss Medical', 'P05', 'CA', 'University', 220, 'Preferred', 226, 12, 'Yes', 'Both', ''],
          ['Safe Harbor Community', 'P04', 'PA', 'Community', 200, 'Hard', 210, 60, 'Yes', 'Both', ''],
        ],
      });
      const reply = share(book, { email: 'mentor@example.org', role: 'viewer', includeScores });
      expect(reply.ok).toBe(true);
      const { cells } = sharedCells(book);
      const [list = [], plan = []] = cells;
      const all = cells.flat();
      const has = (pattern: RegExp): boolean => all.some((cell) => pattern.test(cell));
      expect(has(/\b217\b/)).toBe(shown);
      expect(has(/\b231\b/)).toBe(shown);
      expect(has(/\b198\b/)).toBe(false); // Step 1 is never written, with or without scores
      expect(has(/below the (hard|preferred) minimum Step 2 CK \d{3}/)).toBe(shown);
      expect(has(/\d+ (above|below) (typical|minimum|the minimum)\b|margin/i)).toBe(shown);
      expect(has(/\b(235|220)\b/)).toBe(shown); // program minimums the score could be bracketed by
      expect(list).toContain('Harbor View Radiology');
      expect(plan).toContain('Moderately low');
      expect(plan).toContain('80');
      if (!shown) {
        expect(has(/below this program's hard minimum Step 2 CK/)).toBe(true);
        expect(has(/Chance not shown \(it depends on your Step 2 CK\)/)).toBe(true);
        const leaks = all.filter((cell) =>
          /\bChance \d+%|with the suggested (gold|silver) signal \d+%/.test(cell),
        );
        expect(leaks).toEqual([]);
      }
      expect(book.emulator.drive.files[0]!.name).not.toMatch(/\b(217|231|198)\b/);
    },
  );

  it.each([
    ['a two-digit Step 3', 95],
    ['a one-digit Step 3', 7],
  ])('puts no Step score of any length in a file without scores: %s', (_case, stepThree) => {
    const book = openWorkbook({
      Profile: [
        ['Name', 'Eve Distinct'],
        ['Step 2 CK', 217],
        ['Step 3', stepThree],
      ],
      Programs: [
        PROGRAMS[0]!,
        ['High Bar University', 'P02', 'MA', 'University', 235, 'Hard', 245, 5, 'Yes', 'Both'],
        ['Safe Harbor Community', 'P04', 'PA', 'Community', 200, 'Hard', 210, 60, 'Yes', 'Both'],
      ],
    });
    expect(share(book, { email: 'mentor@example.org', role: 'viewer', includeScores: false }).ok).toBe(true);
    const all = sharedCells(book).cells.flat();
    const score = new RegExp(`(^|[^0-9])${stepThree}([^0-9]|$)`);
    expect(all.filter((cell) => /Step 3/.test(cell) && score.test(cell))).toEqual([]);
    expect(all.some((cell) => /^Step 3 is already taken \(below \d+\)/.test(cell))).toBe(true);
  });

  it('shares the Profile applicant when no applicant is named', () => {
    const book = freshBook();
    expect(share(book, { email: 'mentor@example.org', role: 'commenter' }).ok).toBe(true);
    const text = sharedCells(book).cells.flat().join('\n');
    expect(text).toContain('Dana Profile');
    for (const other of ['Ana Li', 'Ben Ode', 'Cy Park']) expect(text).not.toContain(other);
  });

  it.each([
    {
      what: 'a bad email',
      arg: { applicant: 'Ana Li', email: 'not-an-email', role: 'viewer' },
      message: /email/,
    },
    { what: 'a missing email', arg: { applicant: 'Ana Li', role: 'viewer' }, message: /email/ },
    {
      what: 'an unknown role',
      arg: { applicant: 'Ana Li', email: 'm@example.org', role: 'owner' },
      message: /role/,
    },
    {
      what: 'an unknown applicant',
      arg: { applicant: 'Zed', email: 'm@example.org', role: 'viewer' },
      message: /Zed/,
    },
  ])('creates nothing for $what', ({ arg, message }) => {
    const book = freshBook();
    const reply = share(book, arg);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(message);
    expect(book.emulator.drive.files).toEqual([]);
  });

  it('removes the new file when sharing fails, and says so', () => {
    const book = freshBook();
    book.emulator.counter.failOnMethod('Drive.Permissions.create');
    const reply = share(book, { applicant: 'Ana Li', email: 'mentor@example.org', role: 'viewer' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/removed/);
    expect(book.emulator.drive.files.filter((f) => !f.removed)).toEqual([]);
  });

  it('names the file that could not be removed when removing it fails too', () => {
    const book = freshBook();
    book.emulator.counter.failOnMethod('Drive.Permissions.create');
    book.emulator.counter.failOnMethod('Drive.Files.remove');
    const reply = share(book, { applicant: 'Ana Li', email: 'mentor@example.org', role: 'viewer' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/could not be removed/);
  });
});
