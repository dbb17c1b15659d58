import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APPLICANT_EXTRA_FIELDS,
  APPLICANT_FIELDS,
  type FieldDef,
  findField,
  matchFields,
  PROGRAM_EXTRA_FIELDS,
  PROGRAM_FIELDS,
} from '../../src/sheets/headers.ts';
import { normalizeLabel } from '../../src/sheets/normalize.ts';

describe('findField', () => {
  it.each<[string, readonly FieldDef[], string | undefined]>([
    ['Program', PROGRAM_FIELDS, 'name'],
    ['program NAME', PROGRAM_FIELDS, 'name'],
    ['ACGME ID', PROGRAM_FIELDS, 'id'],
    ['Min. Step-2 CK', PROGRAM_FIELDS, 'minStepTwo'],
    ['Step 2 CK minimum', PROGRAM_FIELDS, 'minStepTwo'],
    ['Median Step 2 CK', PROGRAM_FIELDS, 'typicalStepTwo'],
    ['% IMG', PROGRAM_FIELDS, 'imgShare'],
    ['IMG residents %', PROGRAM_FIELDS, 'imgShare'],
    ['Accepts IMGs', PROGRAM_FIELDS, 'takesImgs'],
    ['IMG friendly', PROGRAM_FIELDS, undefined],
    ['Visa sponsorship', PROGRAM_FIELDS, 'sponsorsVisa'],
    ['Years since graduation', PROGRAM_FIELDS, 'yogCutoff'],
    ['Last updated', PROGRAM_FIELDS, 'lastVerified'],
    ['Director email', PROGRAM_FIELDS, undefined],
    ['YOG', APPLICANT_FIELDS, 'graduationYear'],
    ['USMLE Step 2 CK', APPLICANT_FIELDS, 'stepTwoScore'],
    ['Radiology LORs', APPLICANT_FIELDS, 'radiologyLetters'],
    ['Visa', APPLICANT_FIELDS, 'needsVisa'],
    ['', APPLICANT_FIELDS, undefined],
  ])('matches %j to %s', (label, fields, key) => {
    expect(findField(label, fields)?.key).toBe(key);
  });
});

describe('alias tables', () => {
  it.each([
    ['Programs', [...PROGRAM_FIELDS, ...PROGRAM_EXTRA_FIELDS]],
    ['Profile', [...APPLICANT_FIELDS, ...APPLICANT_EXTRA_FIELDS]],
  ] as const)('never give one %s name to two fields', (_sheet, fields) => {
    const owner = new Map<string, string>();
    for (const field of fields) {
      for (const name of [field.header, ...field.aliases]) {
        const folded = normalizeLabel(name);
        expect(owner.get(folded) ?? field.key, `${name} is claimed twice`).toBe(field.key);
        owner.set(folded, field.key);
      }
    }
  });
});

describe('matchFields', () => {
  it('finds columns in any order and keeps the first of a repeated header', () => {
    const { positions, duplicates } = matchFields(
      ['Notes', 'state', 'Program name', 'Program', 42],
      PROGRAM_FIELDS,
    );
    expect(positions.get('notes')).toBe(0);
    expect(positions.get('state')).toBe(1);
    expect(positions.get('name')).toBe(2);
    expect(duplicates).toEqual([
      { field: expect.objectContaining({ key: 'name' }), index: 3, firstIndex: 2 },
    ]);
  });
});

describe('matchFields with year-stamped and twin columns', () => {
  it.each<[string[], number]>([
    [['2025 Quota', '2026 Quota'], 1],
    [['2026 Quota', '2025 Quota'], 0],
    [['Quota 2024-25', 'Quota 2025-26'], 1],
    [['AY 2026 Positions', 'Positions'], 0],
    [['Positions (raw)', 'Positions (cleaned)'], 1],
    [['positions_clean', 'positions_raw'], 0],
    [['Positions (raw)', 'Positions'], 1],
  ])('picks the right one of %j (column %i)', (labels, index) => {
    const { positions, duplicates, superseded } = matchFields(labels, PROGRAM_FIELDS);
    expect(positions.get('positions')).toBe(index);
    expect(duplicates).toEqual([]);
    expect(superseded).toEqual([expect.objectContaining({ index: 1 - index, usedIndex: index })]);
  });

  it('keeps headers that contain words like original as they are', () => {
    expect(
      matchFields(['Original accreditation date'], PROGRAM_FIELDS).positions.get('firstAccredited'),
    ).toBe(0);
    expect(matchFields(['Last verified'], PROGRAM_FIELDS).positions.get('lastVerified')).toBe(0);
  });
});

describe('docs/sheet-formats.md', () => {
  it('lists every header and alias', () => {
    const docs = readFileSync(new URL('../../docs/sheet-formats.md', import.meta.url), 'utf8');
    for (const field of [
      ...PROGRAM_FIELDS,
      ...PROGRAM_EXTRA_FIELDS,
      ...APPLICANT_FIELDS,
      ...APPLICANT_EXTRA_FIELDS,
    ]) {
      for (const name of [field.header, ...field.aliases]) expect(docs, name).toContain(`\`${name}\``);
    }
  });
});
