import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALL_PURPOSES,
  changedState,
  isClassified,
  methodKind,
  type PendingCall,
  readsState,
  resolvePurposes,
} from './call-purpose.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const A1 = { sheet: 'List – Ana', row: 1, column: 1, rows: 1, columns: 1 };

/** The `Class.method` names one emulator source file counts (`enter('x')`, `read('x')`, …). */
function countedMethods(file: string, className: string): string[] {
  const source = fs.readFileSync(path.join(here, 'spreadsheet', file), 'utf8');
  const names = [...source.matchAll(/\b(?:enter|read|refuse|writeGrid|writeEach)(?:<[^>]*>)?\(\s*'(\w+)'/g)];
  return [...new Set(names.map((match) => `${className}.${match[1]}`))];
}

describe('methodKind', () => {
  it('classifies every method the emulator counts, none falling back to other unannounced', () => {
    const methods = [
      ...countedMethods('fake-range.ts', 'Range'),
      ...countedMethods('fake-sheet.ts', 'Sheet'),
      ...countedMethods('fake-spreadsheet.ts', 'Spreadsheet'),
      ...countedMethods('spreadsheet-app.ts', 'SpreadsheetApp'),
    ];
    expect(methods.length).toBeGreaterThan(120);
    expect(methods.filter((method) => !isClassified(method))).toEqual([]);
  });

  it('names what each kind of call is for', () => {
    expect(methodKind('Range.getValues')).toBe('read');
    expect(methodKind('Range.setValues')).toBe('write');
    expect(methodKind('Spreadsheet.insertSheet')).toBe('write');
    expect(methodKind('Sheet.setColumnWidth')).toBe('format');
    expect(methodKind('Sheet.setColumnWidths')).toBe('format');
    expect(methodKind('Range.setBackgrounds')).toBe('format');
    expect(methodKind('Sheet.setFrozenRows')).toBe('format');
    expect(methodKind('Sheet.setConditionalFormatRules')).toBe('format');
    expect(methodKind('Range.setDataValidations')).toBe('validation');
    expect(methodKind('DataValidationBuilder.requireValueInList')).toBe('validation');
    expect(methodKind('Sheet.insertChart')).toBe('chart');
    expect(methodKind('EmbeddedChartBuilder.setPosition')).toBe('chart');
    expect(methodKind('Sheet.getRange')).toBe('lookup');
    expect(methodKind('Range.getBackgrounds')).toBe('state');
    expect(methodKind('Spreadsheet.toast')).toBe('other');
    expect(methodKind('Range.somethingNew')).toBe('other');
  });

  it('counts a note call that reads or writes A1’s note as the marker and any other note as a format', () => {
    expect(methodKind('Range.getNote', A1)).toBe('marker');
    expect(methodKind('Range.setNote', A1)).toBe('marker');
    expect(methodKind('Range.setNote', { ...A1, column: 2 })).toBe('format');
    // Notes written from A1 carry the mark (with the header notes beside it); getNote reads A1 alone.
    expect(methodKind('Range.setNotes', { ...A1, columns: 12 })).toBe('marker');
    expect(methodKind('Range.getNote', { ...A1, rows: 40, columns: 12 })).toBe('marker');
    expect(methodKind('Range.setNotes', { ...A1, column: 2, columns: 12 })).toBe('format');
    expect(methodKind('Range.setNote', { ...A1, columns: 12 })).toBe('format');
    expect(methodKind('Range.getNote', { ...A1, row: 2 })).toBe('state');
  });

  it('knows which state a getter reads and a call changes', () => {
    expect(readsState('Range.getBackgrounds')).toBe('Background');
    expect(readsState('Range.getNumberFormats')).toBe('NumberFormat');
    expect(readsState('Sheet.getColumnWidth')).toBe('ColumnWidth');
    expect(readsState('Range.getValues')).toBeUndefined();
    expect(changedState('Range.setBackgrounds')).toBe('Background');
    expect(changedState('Range.setBackground')).toBe('Background');
    expect(changedState('Sheet.setColumnWidths')).toBe('ColumnWidth');
    expect(changedState('Range.clearDataValidations')).toBe('DataValidation');
    expect(changedState('Range.setValues')).toBe('Value');
    expect(changedState('Sheet.insertRowsAfter')).toBe('*');
    expect(changedState('Range.clear')).toBe('*');
    expect(changedState('Range.getBackgrounds')).toBeUndefined();
    expect(changedState('Sheet.getConditionalFormatRules')).toBeUndefined();
    expect(changedState('Sheet.newChart')).toBeUndefined();
  });
});

const call = (kind: PendingCall['kind'], sheet?: string, state?: string): PendingCall =>
  kind === 'state' ? { kind, sheet, reads: state } : { kind, sheet, changes: state };

describe('resolvePurposes', () => {
  it('gives a lookup the purpose of the next settled call on its sheet', () => {
    const purposes = resolvePurposes([
      call('lookup'), // getActiveSpreadsheet
      call('lookup', 'Programs'), // getSheetByName
      call('lookup', 'Programs'), // getDataRange
      call('read', 'Programs'), // getValues
      call('lookup', 'List'), // getRange
      call('lookup', 'Programs'), // a lookup whose sheet is not used again
      call('write', 'List', 'Value'), // setValues
      call('format', 'List', 'Background'), // setBackgrounds
    ]);
    expect(purposes).toEqual(['read', 'read', 'read', 'read', 'write', 'write', 'write', 'format']);
  });

  it('leaves a lookup nothing follows as other', () => {
    expect(resolvePurposes([call('read', 'A'), call('lookup', 'B')])).toEqual(['read', 'other']);
  });

  it('counts a getter as undo only when the same state of its sheet is changed later in the execution', () => {
    const purposes = resolvePurposes([
      call('state', 'Programs', 'NumberFormat'), // number formats of an input…
      call('state', 'List', 'Background'), // colours of the old list, before it is written: undo
      call('state', 'List', 'Note'), // its notes, which nothing then changes: read
      call('write', 'List', 'Value'),
      call('format', 'List', 'Background'),
      call('format', 'Programs', 'ConditionalFormatRule'), // …then a rule on Programs: still a read
      call('state', 'List', 'Background'), // read again after the last change: read
    ]);
    expect(purposes).toEqual(['read', 'undo', 'read', 'write', 'format', 'format', 'read']);
  });

  it('counts any getter before a clear or inserted rows on that sheet as undo', () => {
    expect(resolvePurposes([call('state', 'List', 'Note'), call('write', 'List', '*')])).toEqual([
      'undo',
      'write',
    ]);
  });

  it('does not take a marker read for a change', () => {
    expect(resolvePurposes([call('state', 'List', 'Note'), call('marker', 'List')])).toEqual([
      'read',
      'marker',
    ]);
  });

  it('lets a tag win over the method', () => {
    const tagged: PendingCall = { ...call('read', 'List'), tag: 'undo' };
    expect(resolvePurposes([call('lookup', 'List'), tagged])).toEqual(['undo', 'undo']);
  });

  it('settles every call to exactly one purpose, keeping settled kinds as they are', () => {
    const kinds = fc.constantFrom<PendingCall['kind']>(...CALL_PURPOSES, 'lookup', 'state');
    const calls = fc.array(
      fc.record({
        kind: kinds,
        sheet: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
        reads: fc.option(fc.constantFrom('Background', 'Note'), { nil: undefined }),
        changes: fc.option(fc.constantFrom('Background', 'Note', '*'), { nil: undefined }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(calls, (list) => {
        const purposes = resolvePurposes(list);
        expect(purposes).toHaveLength(list.length);
        list.forEach((c, i) => {
          expect(CALL_PURPOSES).toContain(purposes[i]);
          if (c.kind !== 'lookup' && c.kind !== 'state') expect(purposes[i]).toBe(c.kind);
          if (c.kind === 'state') expect(['read', 'undo']).toContain(purposes[i]);
        });
      }),
    );
  });
});
