import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APPLICANT_FIELDS,
  type FieldDef,
  findField,
  matchFields,
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
    ['Programs', PROGRAM_FIELDS],
    ['Profile', APPLICANT_FIELDS],
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

describe('docs/sheet-formats.md', () => {
  it('lists every header and alias', () => {
    const docs = readFileSync(new URL('../../docs/sheet-formats.md', import.meta.url), 'utf8');
    for (const field of [...PROGRAM_FIELDS, ...APPLICANT_FIELDS]) {
      for (const name of [field.header, ...field.aliases]) expect(docs, name).toContain(`\`${name}\``);
    }
  });
});
