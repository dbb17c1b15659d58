/**
 * Failures carry a code the sidebar acts on, made in one place (src/addon/errors.ts): unit checks of the
 * messages, and through the built bundle, the code each refusal arrives with.
 */
import { describe, expect, it } from 'vitest';
import { type ErrorCode, readFailure } from '../../src/addon/api.ts';
import { failures, messageOf, RadListError } from '../../src/addon/errors.ts';
import { openWorkbook } from './harness.ts';

const PROFILE = [
  ['Name', 'Ana Li'],
  ['Step 2 CK', 228],
];
const PROGRAMS = [
  ['Program', 'ID', 'Min Step 2 CK'],
  ['Alpha', 'A1', 200],
];

describe('failures', () => {
  it('offers Set up sheets, with MISSING_SHEET, only when a whole sheet is missing', () => {
    const sheet = failures.missingInputs([{ kind: 'missing-sheet', sheet: 'Programs' }]);
    expect(sheet.code).toBe('MISSING_SHEET');
    expect(sheet.message).toBe(
      'There is no Programs sheet. Use "Set up sheets" in the RadList sidebar or menu to create what is missing.',
    );
    const column = failures.missingInputs([{ kind: 'missing-column', sheet: 'Programs', column: 'Program' }]);
    expect(column.code).toBe('MISSING_INPUT');
    expect(column.message).not.toMatch(/Set up sheets/);
  });

  it('names each sheet that may be partly updated', () => {
    const failure = failures.partlyWritten(new Error('Exception: Service timed out'), ['A', 'B']);
    expect(failure).toBeInstanceOf(RadListError);
    expect(failure.message).toContain('(Service timed out)');
    expect(failure.message).toContain('"A" and "B" may be partly updated');
    expect(failure.message).toContain('rebuild them');
  });

  it('says nothing was changed for anything unexpected', () => {
    const failure = failures.unexpected('generate the list', 'boom');
    expect([failure.code, failure.message]).toEqual([
      'FAILED',
      'RadList could not generate the list (boom). Nothing was changed; your previous sheets are as they were. Please try again.',
    ]);
  });

  it.each([
    [new Error('Exception: quota'), 'quota'],
    ['Error: plain', 'plain'],
    [{ message: 42 }, '42'],
  ])('reads the message of %j', (error, message) => {
    expect(messageOf(error)).toBe(message);
  });
});

describe('server functions through the bundle', () => {
  function codeOf(reply: { ok: boolean; error?: { message: string } }): ErrorCode | null {
    expect(reply.ok).toBe(false);
    return readFailure(reply.error?.message ?? '').code;
  }

  it.each<[string, Record<string, unknown[][]>, string, unknown, ErrorCode]>([
    ['a missing Programs sheet', { Profile: PROFILE }, 'generateList', {}, 'MISSING_SHEET'],
    [
      'a Programs sheet without its Program column',
      { Profile: PROFILE, Programs: [['Name of place'], ['X']] },
      'generateList',
      {},
      'MISSING_INPUT',
    ],
    [
      'a bad argument',
      { Profile: PROFILE, Programs: PROGRAMS },
      'generateList',
      { applicant: 42 },
      'BAD_ARGUMENT',
    ],
    [
      'an unknown cohort applicant',
      { Programs: PROGRAMS, Cohort: [['Name'], ['Ben']] },
      'generateList',
      { applicant: 'Nobody' },
      'UNKNOWN_APPLICANT',
    ],
    ['a sheet that is gone', {}, 'selectCell', { sheet: 'Gone', cell: 'A1' }, 'SHEET_GONE'],
    [
      'a cell beyond its sheet',
      { Programs: PROGRAMS },
      'selectCell',
      { sheet: 'Programs', cell: 'A9999999' },
      'CELL_GONE',
    ],
    ['a missing Cohort sheet', { Programs: PROGRAMS }, 'generateCohort', { start: 0 }, 'MISSING_SHEET'],
  ])('refuses %s with its code', (_case, sheets, name, arg, code) => {
    const book = openWorkbook(sheets);
    expect(codeOf(book.bundle.callServer(name, arg))).toBe(code);
  });

  it('refuses with LOCKED while another run holds the lock', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    book.emulator.holdDocumentLock();
    const reply = book.bundle.callServer('generateList', {});
    book.emulator.releaseDocumentLock();
    expect(codeOf(reply)).toBe('LOCKED');
  });

  it('reports an unexpected Google failure as FAILED', () => {
    const book = openWorkbook({ Profile: PROFILE, Programs: PROGRAMS });
    book.emulator.counter.failOnCall(1);
    expect(codeOf(book.bundle.callServer('generateList', {}))).toBe('FAILED');
  });

  it('shows the menu’s alert without the code', () => {
    const book = openWorkbook({ Profile: PROFILE });
    book.bundle.run('menuGenerateList');
    const prompts = book.emulator.ui.alerts.map((alert) => alert.prompt || alert.title);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/^There is no Programs sheet\./);
    expect(prompts[0]).not.toMatch(/RadList:/);
  });
});
