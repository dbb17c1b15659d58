import { beforeAll, describe, expect, it } from 'vitest';
import { listRows, openWorkbook, sheetNames, valuesOf, type Workbook } from './harness.ts';

const PROFILE = [
  ['Name', 'Test Applicant'],
  ['Applicant type', 'US IMG'],
  ['Step 2 CK', 222],
  ['Graduation year', 2022],
  ['Needs visa', 'Yes'],
  ['USCE weeks', 8],
  ['Rotations', 'Harbor View'],
];

const HEADER = [
  'Program',
  'ID',
  'State',
  'Type',
  'Min Step 2 CK',
  'Min is',
  'Typical Step 2 CK',
  'IMG %',
  'Takes IMGs',
  'Max attempts',
  'YOG cutoff',
  'USCE required',
  'Sponsors visa',
  'Notes',
];

/** One row per rule: name, ID, then the rule's cells. */
const PROGRAMS = [
  HEADER,
  ['Harbor View Radiology', 'P01', 'NY', 'Community', 210, 'Hard', 225, 40, 'Yes', 1, 10, 'No', 'J-1', ''],
  ['High Bar University', 'P02', 'MA', 'University', 235, 'Hard', 245, 5, 'Yes', '', '', '', 'Both', ''],
  ['No IMG Medical', 'P03', 'OH', 'University', 200, 'Hard', 230, 0, 'No', '', '', '', 'J-1', ''],
  ['No Visa Hospital', 'P04', 'TX', 'Community', 200, 'Hard', 225, 20, 'Yes', '', '', '', 'None', ''],
  ['Old Grads Only', 'P05', 'CA', 'Hybrid', 200, 'Hard', 225, 20, 'Yes', '', 2, '', 'J-1', ''],
  ['Preferred Bar', 'P06', 'IL', 'Hybrid', 230, 'Preferred', 235, 30, 'Yes', '', '', '', 'J-1', ''],
  ['Unknown Everything', 'P07', 'FL', '', '', '', '', '', '', '', '', '', '', ''],
  ['Below And Closed', 'P08', 'WA', 'University', 240, 'Hard', 245, 0, 'No', '', '', '', 'None', ''],
  ['Safe Harbor Community', 'P09', 'PA', 'Community', 200, 'Hard', 210, 60, 'Yes', '', '', '', 'Both', ''],
];

function freshBook(): Workbook {
  return openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
}

function generate(book: Workbook, arg: unknown = {}) {
  return book.bundle.callServer('generateList', arg);
}

describe('generateList', () => {
  let book: Workbook;
  let reply: ReturnType<typeof generate>;
  beforeAll(() => {
    book = freshBook();
    reply = generate(book);
  });

  it('succeeds and returns the plan summary', () => {
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const summary = reply.result as Record<string, unknown>;
    expect(summary.applicant).toBe('Test Applicant');
    expect(summary.tier).toBe('Mildly low');
    expect(summary.recommended).toBe(60);
    expect(summary.sheetName).toBe('Application List');
  });

  it('shows the Application List when it was just made', () => {
    expect(book.emulator.spreadsheet.getActiveSheet().getName()).toBe('Application List');
  });

  it('lists every program exactly once', () => {
    const names = listRows(book).map((row) => row.Program);
    expect([...names].sort()).toEqual(
      PROGRAMS.slice(1)
        .map((row) => row[0])
        .sort(),
    );
  });

  it('puts exactly the known hard minimums above the score in Below minimum', () => {
    const below = listRows(book)
      .filter((row) => row.Category === 'Below minimum')
      .map((row) => row.ID);
    expect(below.sort()).toEqual(['P02', 'P08']);
  });

  it('applies each Not eligible rule and never an unknown value', () => {
    const byId = Object.fromEntries(listRows(book).map((row) => [row.ID, row]));
    for (const id of ['P03', 'P04', 'P05']) expect(byId[id]?.Category).toBe('Not eligible');
    expect(['Reach', 'Target', 'Safety']).toContain(byId.P07?.Category);
    expect(String(byId.P07?.Issues)).toMatch(/unknown/i);
    expect(byId.P06?.Category).toBe('Reach');
    expect(String(byId.P08?.Issues)).toMatch(/IMG|visa/i);
  });

  it('orders eligible programs by fit, then Below minimum, then Not eligible', () => {
    const rows = listRows(book);
    const order = { Reach: 0, Target: 0, Safety: 0, 'Below minimum': 1, 'Not eligible': 2 } as const;
    const groups = rows.map((row) => order[row.Category as keyof typeof order]);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const fits = rows
      .filter((row) => order[row.Category as keyof typeof order] === 0)
      .map((row) => Number(row.Fit));
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(rows.map((row) => row.Rank)).toEqual(rows.map((_, i) => i + 1));
  });

  it('marks Apply only on eligible programs, all of them when fewer than recommended', () => {
    const rows = listRows(book);
    const eligible = rows.filter((row) => ['Reach', 'Target', 'Safety'].includes(String(row.Category)));
    expect(rows.filter((row) => row.Apply === 'Yes').length).toBe(eligible.length);
    expect(eligible.every((row) => row.Apply === 'Yes')).toBe(true);
  });

  it('colours Below minimum and Not eligible rows across the row and freezes the header', () => {
    const snapshot = book.emulator.spreadsheet.inspect('Application List')!;
    expect(snapshot.frozenRows).toBe(1);
    const header = snapshot.values[0]!;
    snapshot.values.slice(1).forEach((row, i) => {
      const category = row[header.indexOf('Category')];
      const colours = new Set(snapshot.backgrounds[i + 1]!.slice(0, header.length));
      if (category === 'Below minimum') expect([...colours]).toEqual(['#f4cccc']);
      else if (category === 'Not eligible') expect([...colours]).toEqual(['#fce5cd']);
      else if (category) expect([...colours]).toEqual(['#ffffff']);
    });
  });

  it('writes the Application Plan and the live rule on Programs', () => {
    const plan = valuesOf(book, 'Application Plan')
      .map((row) => row.join(' | '))
      .join('\n');
    expect(plan).toMatch(/Mildly low/);
    expect(plan).toMatch(/60/);
    const rules = book.emulator.spreadsheet.inspect('Programs')!.conditionalRules;
    expect(rules.length).toBe(1);
    const formula = String(rules[0]!.getBooleanCondition()!.getCriteriaValues()[0]);
    expect(formula).toMatch(/MATCH\("Step 2 CK"/);
    expect(formula).toMatch(/\$E2/);
  });

  it('explains every Chance and Fit in the Why text, and leaves both blank where the applicant cannot apply', () => {
    for (const row of listRows(book)) {
      if (row.Category === 'Below minimum' || row.Category === 'Not eligible') {
        expect([row.Chance, row.Fit]).toEqual(['', '']);
      } else {
        expect(String(row.Why)).toContain(`Chance ${Math.round(Number(row.Chance) * 100)}%:`);
        expect(String(row.Why)).toContain(`Fit ${row.Fit}`);
      }
    }
  });
});

describe('generateList regenerating', () => {
  it('keeps notes and a user-added column beside their programs', () => {
    const book = freshBook();
    expect(generate(book).ok).toBe(true);
    const sheet = book.emulator.spreadsheet.getSheetByName('Application List')!;
    const values = sheet.getDataRange().getValues();
    const header = values[0]!;
    const notesCol = header.indexOf('Notes') + 1;
    const userCol = header.length + 1;
    sheet.getRange(1, userCol).setValue('Interview?');
    const row = values.findIndex((r) => r[header.indexOf('ID')] === 'P09') + 1;
    sheet.getRange(row, notesCol).setValue('Emailed the coordinator');
    sheet.getRange(row, userCol).setValue('Maybe');
    book.emulator.spreadsheet.seedSheet(
      'Profile',
      PROFILE.map((r) => (r[0] === 'Step 2 CK' ? ['Step 2 CK', 241] : r)),
    );
    expect(generate(book).ok).toBe(true);
    const after = listRows(book).find((r) => r.ID === 'P09')!;
    expect(after.Notes).toBe('Emailed the coordinator');
    expect(after['Interview?']).toBe('Maybe');
    expect(sheetNames(book).filter((n) => n.includes('updating'))).toEqual([]);
  });

  it('writes over the same sheets, so widths people set and references to the sheet survive', () => {
    const book = freshBook();
    expect(generate(book).ok).toBe(true);
    const sheet = book.emulator.spreadsheet.getSheetByName('Application List')!;
    const id = sheet.getSheetId();
    sheet.setColumnWidth(2, 333);
    expect(generate(book).ok).toBe(true);
    const again = book.emulator.spreadsheet.getSheetByName('Application List')!;
    expect(again.getSheetId()).toBe(id);
    expect(again.getColumnWidth(2)).toBe(333);
  });

  it('blanks what the previous list had beyond the new one', () => {
    const book = freshBook();
    expect(generate(book).ok).toBe(true);
    const before = valuesOf(book, 'Application List').length;
    book.emulator.spreadsheet.seedSheet('Programs', PROGRAMS.slice(0, 3));
    expect(generate(book).ok).toBe(true);
    const rows = valuesOf(book, 'Application List');
    expect(rows.length).toBeLessThan(before);
    expect(listRows(book)).toHaveLength(2);
    const sheet = book.emulator.spreadsheet.getSheetByName('Application List')!;
    // The sheet was made to fit the first list: the rows that list had past the new one are all white.
    const below = sheet
      .getRange(4, 1, before - 3, 20)
      .getBackgrounds()
      .flat();
    expect(below.every((colour) => colour === '#ffffff')).toBe(true);
  });

  it('keeps a link typed into Notes as a link', () => {
    const book = freshBook();
    expect(generate(book).ok).toBe(true);
    const sheet = book.emulator.spreadsheet.getSheetByName('Application List')!;
    const values = sheet.getDataRange().getValues();
    const header = values[0]!;
    const row = values.findIndex((r) => r[header.indexOf('ID')] === 'P09') + 1;
    const link = '=HYPERLINK("https://example.org/p09","program site")';
    sheet.getRange(row, header.indexOf('Notes') + 1).setFormula(link);
    book.emulator.spreadsheet.seedSheet(
      'Profile',
      PROFILE.map((r) => (r[0] === 'Step 2 CK' ? ['Step 2 CK', 241] : r)),
    );
    expect(generate(book).ok).toBe(true);
    const after = book.emulator.spreadsheet.inspect('Application List')!;
    const newRow = after.values.findIndex((r) => r[header.indexOf('ID')] === 'P09');
    expect(after.formulas[newRow]![header.indexOf('Notes')]).toBe(link);
  });

  it('gives the same list for the same input', () => {
    const a = freshBook();
    const b = freshBook();
    generate(a);
    generate(b);
    expect(valuesOf(a, 'Application List')).toEqual(valuesOf(b, 'Application List'));
  });
});

describe('generateList on bad input', () => {
  it('refuses clearly when Programs is missing and offers Set up sheets', () => {
    const book = openWorkbook({ Profile: PROFILE });
    const reply = generate(book);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.message).toMatch(/Programs/);
    expect(reply.error.message).toMatch(/Set up sheets/);
  });

  it('refuses clearly when the Program header is missing', () => {
    const book = openWorkbook({
      Profile: PROFILE,
      Programs: [
        ['Name of place', 'State'],
        ['X', 'NY'],
      ],
    });
    const reply = generate(book);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/"Program" column/);
  });

  it('refuses a bad argument before changing anything', () => {
    const book = freshBook();
    const before = sheetNames(book);
    const reply = generate(book, { applicant: 42 });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/generateList/);
    expect(sheetNames(book)).toEqual(before);
  });

  it('is refused while another run holds the document lock, and changes nothing', () => {
    const book = freshBook();
    const before = sheetNames(book);
    book.emulator.holdDocumentLock();
    const reply = generate(book);
    book.emulator.releaseDocumentLock();
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.message).toMatch(/already working/);
    expect(sheetNames(book)).toEqual(before);
  });

  it('never turns user text into a formula', () => {
    const hostile = [
      HEADER,
      ['=HYPERLINK("http://x","click")', '+1', 'NY', '', '', '', '', '', '', '', '', '', '', '@me'],
      ['-cmd|calc', '=1+1', 'NJ', '', '', '', '', '', '', '', '', '', '', '=SUM(A1)'],
    ];
    const book = openWorkbook({ Profile: PROFILE });
    // Typed as text (format @), as a CSV import or a leading apostrophe leaves them.
    const programs = book.emulator.spreadsheet.insertSheet('Programs');
    const range = programs.getRange(1, 1, hostile.length, HEADER.length);
    range.setNumberFormat('@');
    range.setValues(hostile);
    expect(generate(book).ok).toBe(true);
    for (const name of ['Application List', 'Application Plan']) {
      const formulas = book.emulator.spreadsheet
        .inspect(name)!
        .formulas.flat()
        .filter((f) => f !== '');
      expect(formulas).toEqual([]);
    }
    const names = listRows(book).map((row) => row.Program);
    expect(names).toContain('=HYPERLINK("http://x","click")');
    expect(names).toContain('-cmd|calc');
  });
});

describe('generateList when Google Sheets fails part-way', () => {
  it('leaves the previous Application List as it was, whichever call fails', () => {
    const probe = freshBook();
    generate(probe);
    const before = probe.emulator.counter.count('Spreadsheet');
    generate(probe);
    const callsPerRun = probe.emulator.counter.count('Spreadsheet') - before;
    expect(callsPerRun).toBeGreaterThan(5);
    for (let n = 1; n <= callsPerRun; n += 1) {
      const book = freshBook();
      expect(generate(book).ok).toBe(true);
      const previous = valuesOf(book, 'Application List');
      const previousPlan = valuesOf(book, 'Application Plan');
      book.emulator.spreadsheet.seedSheet(
        'Profile',
        PROFILE.map((r) => (r[0] === 'Step 2 CK' ? ['Step 2 CK', 241] : r)),
      );
      book.emulator.counter.failOnCall(n);
      const reply = generate(book);
      const names = sheetNames(book);
      if (reply.ok) {
        expect(valuesOf(book, 'Application List')).not.toEqual(previous);
      } else {
        expect(reply.error.message).toMatch(/Nothing was changed/);
        expect(valuesOf(book, 'Application List')).toEqual(previous);
        expect(valuesOf(book, 'Application Plan')).toEqual(previousPlan);
        expect(names.filter((name) => name.includes('updating'))).toEqual([]);
      }
      expect(names.filter((name) => name === 'Application List')).toHaveLength(1);
    }
  });
});

describe('generateList making the first list when Google Sheets fails part-way', () => {
  it('leaves no sheet behind and Programs as it was, whichever call fails', () => {
    const probe = freshBook();
    const before = probe.emulator.counter.count('Spreadsheet');
    expect(generate(probe).ok).toBe(true);
    const calls = probe.emulator.counter.count('Spreadsheet') - before;
    let failures = 0;
    for (let n = 1; n <= calls; n += 1) {
      const book = freshBook();
      const names = sheetNames(book);
      book.emulator.counter.failOnCall(n);
      const reply = generate(book);
      if (reply.ok) continue;
      failures += 1;
      expect(reply.error.message, `call ${n}`).toMatch(/Nothing was changed/);
      expect(sheetNames(book), `call ${n}`).toEqual(names);
      expect(book.emulator.spreadsheet.inspect('Programs')!.conditionalRules, `call ${n}`).toEqual([]);
    }
    expect(failures).toBeGreaterThan(10);
  });
});

describe('generateList after a person deleted the list but kept the plan', () => {
  /** A workbook whose list was made, given a column of the person's own on the plan, then deleted. */
  function listDeleted(): { book: Workbook; planId: number } {
    const book = freshBook();
    expect(generate(book).ok).toBe(true);
    const plan = book.emulator.spreadsheet.getSheetByName('Application Plan')!;
    plan.getRange(1, 4, 2, 1).setValues([['My notes'], ['call the program office']]);
    const list = book.emulator.spreadsheet.getSheetByName('Application List')!;
    book.emulator.spreadsheet.deleteSheet(list);
    return { book, planId: plan.getSheetId() };
  }

  it('writes the plan over the one kept, with the column the person added', () => {
    const { book, planId } = listDeleted();
    const reply = generate(book);
    expect(reply.ok && (reply.result as { planSheetName: string }).planSheetName).toBe('Application Plan');
    expect(book.emulator.spreadsheet.getSheetByName('Application Plan')!.getSheetId()).toBe(planId);
    expect(sheetNames(book).filter((name) => name.includes('(2)'))).toEqual([]);
    const plan = valuesOf(book, 'Application Plan');
    expect(plan[0]![3]).toBe('My notes');
    expect(plan.flat()).toContain('call the program office');
    expect(listRows(book).length).toBeGreaterThan(0);
  });

  it('looks the plan up only when making it finds the name taken, and a first list not at all', () => {
    const fresh = freshBook();
    expect(generate(fresh).ok).toBe(true);
    const names = fresh.emulator.counter.byMethod.get('Spreadsheet.getSheetByName');
    const { book } = listDeleted();
    book.emulator.counter.reset();
    expect(generate(book).ok).toBe(true);
    // The failed insertSheet, then the plan's lookup: the price is paid only where the plan was kept.
    expect(book.emulator.counter.byMethod.get('Spreadsheet.getSheetByName')).toBe(names! + 2);
  });

  it('leaves the plan and every sheet as they were, whichever call fails', () => {
    const probe = listDeleted().book;
    const before = probe.emulator.counter.count('Spreadsheet');
    expect(generate(probe).ok).toBe(true);
    const calls = probe.emulator.counter.count('Spreadsheet') - before;
    let failures = 0;
    for (let n = 1; n <= calls; n += 1) {
      const { book } = listDeleted();
      const plan = valuesOf(book, 'Application Plan');
      const names = sheetNames(book);
      book.emulator.counter.failOnCall(n);
      const reply = generate(book);
      if (reply.ok) continue;
      failures += 1;
      expect(reply.error.message, `call ${n}`).toMatch(/Nothing was changed/);
      expect(valuesOf(book, 'Application Plan'), `call ${n}`).toEqual(plan);
      expect(sheetNames(book), `call ${n}`).toEqual(names);
    }
    expect(failures).toBeGreaterThan(10);
  });
});

describe('generateList when the undo fails too', () => {
  it('says plainly which sheets may be partly updated, and a second run rebuilds them', () => {
    const taller = [
      ...PROGRAMS,
      ...PROGRAMS.slice(1).map((row) => [`${row[0]} II`, `${row[1]}b`, ...row.slice(2)]),
    ];
    const clean = openWorkbook({ Profile: PROFILE, Programs: taller });
    expect(generate(clean).ok).toBe(true);
    const expected = valuesOf(clean, 'Application List');
    const probe = freshBook();
    expect(generate(probe).ok).toBe(true);
    probe.emulator.spreadsheet.seedSheet('Programs', taller);
    const before = probe.emulator.counter.count('Spreadsheet');
    expect(generate(probe).ok).toBe(true);
    const callsPerRun = probe.emulator.counter.count('Spreadsheet') - before;
    let partial = 0;
    for (let n = 1; n <= callsPerRun; n += 1) {
      const book = freshBook();
      expect(generate(book).ok).toBe(true);
      const previous = valuesOf(book, 'Application List');
      book.emulator.spreadsheet.seedSheet('Programs', taller);
      book.emulator.counter.failOnCall(n);
      book.emulator.counter.failOnCall(n + 1);
      const reply = generate(book);
      if (reply.ok) continue;
      if (/could not put everything back/.test(reply.error.message)) {
        partial += 1;
        expect(reply.error.message).toMatch(/"Application List"/);
        expect(generate(book).ok).toBe(true);
        expect(valuesOf(book, 'Application List')).toEqual(expected);
      } else {
        expect(reply.error.message).toMatch(/Nothing was changed/);
        expect(valuesOf(book, 'Application List')).toEqual(previous);
      }
    }
    expect(partial).toBeGreaterThan(0);
  });
});

describe('generateList cost', () => {
  function programs(count: number): unknown[][] {
    const rows: unknown[][] = [HEADER];
    for (let i = 0; i < count; i += 1) {
      rows.push([
        `Program ${i}`,
        `X${i}`,
        'NY',
        'Community',
        200 + (i % 40),
        'Hard',
        225,
        20,
        'Yes',
        '',
        '',
        '',
        'J-1',
        '',
      ]);
    }
    return rows;
  }
  it('makes the same number of Spreadsheet calls for 50 and 500 programs', () => {
    const counts = [50, 500].map((size) => {
      const book = openWorkbook({ Profile: PROFILE, Programs: programs(size) });
      generate(book);
      const before = book.emulator.counter.count('Spreadsheet');
      expect(generate(book).ok).toBe(true);
      return book.emulator.counter.count('Spreadsheet') - before;
    });
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('generateList: the season so far', () => {
  /** Chooses a status in the list's Status column as a person does. */
  function mark(book: Workbook, dataRow: number, status: string): void {
    const header = valuesOf(book, 'Application List')[0]!;
    const answer = book.emulator.spreadsheet.typeAsPerson(
      'Application List',
      dataRow + 1,
      header.indexOf('Status') + 1,
      status,
    );
    expect(answer).toEqual({ stored: true });
  }

  it('counts applied and invited from the Status column and compares them with the chance model, in the plan and the reply', () => {
    const book = freshBook();
    expect(generate(book).ok).toBe(true);
    const before = listRows(book);
    const eligible = before.filter((row) => typeof row.Chance === 'number');
    expect(eligible.length).toBeGreaterThanOrEqual(3);
    const rows = eligible.slice(0, 3).map((row) => before.indexOf(row) + 1);
    mark(book, rows[0]!, 'Interviewed');
    mark(book, rows[1]!, 'Rejected');
    mark(book, rows[2]!, 'Applied');
    const reply = generate(book);
    if (!reply.ok) throw new Error(reply.error.message);
    const progress = (reply.result as { progress: { applied: number; invited: number; expected: number } })
      .progress;
    // The expectation is the marked programs' chances added up (no signal counts here unless suggested).
    const after = listRows(book);
    const expected = eligible
      .slice(0, 3)
      .map((row) => after.find((r) => r.Program === row.Program)!)
      .reduce((sum, row) => sum + (row.Chance as number), 0);
    expect(progress.applied).toBe(3);
    expect(progress.invited).toBe(1);
    expect(progress.expected).toBeGreaterThanOrEqual(expected - 1e-9);
    const plan = valuesOf(book, 'Application Plan');
    expect(plan.find((row) => row[0] === 'Applied')?.[1]).toBe(3);
    expect(plan.find((row) => row[0] === 'Invited so far')?.[1]).toBe(1);
    expect(plan.find((row) => row[0] === 'Invitations the chance model expected')?.[1]).toBe(
      Math.round(progress.expected * 10) / 10,
    );
    // A number shown to one decimal, as the plan's other figures (issue 14).
    const shown = book.emulator.spreadsheet.inspect('Application Plan')!.displayValues;
    expect(shown.find((row) => row[0] === 'Invitations the chance model expected')?.[1]).toBe(
      (Math.round(progress.expected * 10) / 10).toFixed(1),
    );
  });

  it('after a match: a second Matched is an issue at its cell, an invitation Below minimum a note, and the next steps say the season is done', () => {
    const book = freshBook();
    expect(generate(book).ok).toBe(true);
    const before = listRows(book);
    const eligible = before.filter((row) => typeof row.Chance === 'number');
    const below = before.findIndex((row) => row.Category === 'Below minimum') + 1;
    expect(below).toBeGreaterThan(0);
    const [first, second] = eligible.slice(0, 2).map((row) => before.indexOf(row) + 1);
    mark(book, first!, 'Matched');
    mark(book, second!, 'Matched');
    mark(book, below, 'Invited');
    const reply = generate(book);
    if (!reply.ok) throw new Error(reply.error.message);
    const result = reply.result as {
      issues: { sheet: string; cell: string; message: string }[];
      nextSteps: string[];
    };
    const status = String.fromCharCode(65 + valuesOf(book, 'Application List')[0]!.indexOf('Status'));
    const onList = result.issues.filter((i) => i.sheet === 'Application List');
    const after = listRows(book);
    const rowOf = (program: unknown) => after.findIndex((r) => r.Program === program) + 2;
    const matchedRows = [rowOf(before[first! - 1]!.Program), rowOf(before[second! - 1]!.Program)].sort(
      (a, b) => a - b,
    );
    expect(onList.find((i) => /is marked Matched, but row/.test(i.message))?.cell).toBe(
      `${status}${matchedRows[1]}`,
    );
    expect(onList.find((i) => /although the list has it Below minimum/.test(i.message))?.cell).toBe(
      `${status}${rowOf(before[below - 1]!.Program)}`,
    );
    expect(result.nextSteps[0]).toMatch(/^You matched at .*: the season is done/);
    expect(result.nextSteps.join(' ')).not.toMatch(/^Apply to the/m);
    const plan = valuesOf(book, 'Application Plan');
    const first_step = plan.find((row) => row[0] === 'First');
    expect(String(first_step?.[1])).toMatch(/^You matched at /);
  });

  it('says no status is marked yet before any is', () => {
    const book = freshBook();
    const reply = generate(book);
    expect(reply.ok && (reply.result as { progress: unknown }).progress).toBeNull();
    expect(valuesOf(book, 'Application Plan').find((row) => row[0] === 'Applications marked')?.[1]).toBe(0);
  });
});
