import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formulaError,
  type Parsed,
  parseApplicantType,
  parseCount,
  parseDate,
  parseDivision,
  parseMinIs,
  parsePercent,
  parseProgramType,
  parseRegionOrState,
  parseScore,
  parseState,
  parseStepOne,
  parseTrack,
  parseVisa,
  parseYear,
  parseYesNo,
  regionOfState,
  splitList,
} from '../../src/sheets/parse-values.ts';

/** The value, or the kind when there is none, so tables stay short. */
/** Every cell parser, for the checks that hold for them all. */
const PARSERS: ((v: unknown) => Parsed<unknown>)[] = [
  parseScore,
  parseYesNo,
  parsePercent,
  parseYear,
  parseDate,
  parseCount,
  parseState,
  parseRegionOrState,
  parseProgramType,
  parseTrack,
  parseVisa,
  parseApplicantType,
  parseStepOne,
  parseMinIs,
];

function outcome<T>(result: Parsed<T>): T | 'blank' | 'na' | 'invalid' {
  return result.kind === 'value' ? result.value : result.kind;
}

describe('parseScore', () => {
  it.each<[unknown, number | string]>([
    [225, 225],
    ['225', 225],
    ['≥ 225', 225],
    ['225+', 225],
    ['230 (2nd attempt)', 230],
    ['Step 2 CK: 241', 241],
    [1, 1],
    [300, 300],
    ['210-220', 'invalid'],
    [0, 'invalid'],
    [301, 'invalid'],
    [999, 'invalid'],
    ['999', 'invalid'],
    ['≥ 999', 'invalid'],
    [225.5, 'invalid'],
    ['abc', 'invalid'],
    ['2024: 225', 'invalid'],
    [true, 'invalid'],
    [new Date(2024, 0, 1), 'invalid'],
    ['N/A', 'na'],
    ['n/a', 'na'],
    ['NA', 'na'],
    ['N.A.', 'na'],
    ['', 'blank'],
    ['   ', 'blank'],
    [null, 'blank'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseScore(input))).toBe(expected);
  });

  it('says what was expected when the value is invalid', () => {
    expect(parseScore('abc')).toEqual({ kind: 'invalid', expected: expect.stringContaining('1 to 300') });
  });
});

describe('parseYesNo', () => {
  it.each<[unknown, boolean | string]>([
    ['Yes', true],
    ['y', true],
    ['TRUE', true],
    [true, true],
    [1, true],
    ['1', true],
    ['✓', true],
    ['✔', true],
    ['No', false],
    ['N', false],
    ['false', false],
    [false, false],
    [0, false],
    ['0', false],
    ['✗', false],
    ['✘', false],
    ['x', 'invalid'],
    ['maybe', 'invalid'],
    [2, 'invalid'],
    ['N/A', 'na'],
    ['', 'blank'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseYesNo(input))).toBe(expected);
  });
});

describe('parsePercent', () => {
  it.each<[unknown, number | string]>([
    [35, 0.35],
    ['35%', 0.35],
    ['35', 0.35],
    [0.35, 0.35],
    ['0.35', 0.35],
    [1, 0.01],
    [0, 0],
    [100, 1],
    ['0.5%', 0.005],
    [100.5, 'invalid'],
    ['120%', 'invalid'],
    [-5, 'invalid'],
    ['lots', 'invalid'],
    ['NA', 'na'],
  ])('reads %j as %j', (input, expected) => {
    const result = outcome(parsePercent(input));
    if (typeof expected === 'number') expect(result).toBeCloseTo(expected, 10);
    else expect(result).toBe(expected);
  });
});

describe('parseYear', () => {
  it.each<[unknown, number | string]>([
    [2019, 2019],
    ['2019', 2019],
    ['2019-06', 2019],
    ['2019-06-15', 2019],
    [new Date(2018, 5, 1), 2018],
    [1899, 'invalid'],
    [2101, 'invalid'],
    [2019.5, 'invalid'],
    ['2019-13', 'invalid'],
    ['19', 'invalid'],
    ['', 'blank'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseYear(input))).toBe(expected);
  });
});

describe('parseDate', () => {
  it.each<[unknown, string]>([
    [new Date(2024, 2, 5), '2024-03-05'],
    ['2024-03', '2024-03'],
    ['2024-3', '2024-03'],
    ['2024', '2024'],
    [2024, '2024'],
    ['2024-03-15', '2024-03-15'],
    ['2024-01-01', '2024-01-01'],
    ['3/15/2024', '2024-03-15'],
    ['March 2024', '2024-03'],
    ['Mar. 2024', '2024-03'],
    ['2024-13', 'invalid'],
    [45366, '2024-03-15'],
    ['2024-02-30', 'invalid'],
    [35, 'invalid'],
    [new Date(Number.NaN), 'invalid'],
    ['soon', 'invalid'],
    ['n/a', 'na'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseDate(input))).toBe(expected);
  });
});

describe('parseCount', () => {
  it.each<[unknown, number | string]>([
    [0, 0],
    [3, 3],
    ['3', 3],
    ['8 weeks', 8],
    ['none', 0],
    [-1, 'invalid'],
    [2.5, 'invalid'],
    ['12 months', 'invalid'],
    ['3 (2 pending)', 'invalid'],
    ['', 'blank'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseCount(input))).toBe(expected);
  });
});

describe('parseState', () => {
  it.each<[unknown, string]>([
    ['NY', 'NY'],
    ['ny', 'NY'],
    ['New York', 'NY'],
    ['new-york', 'NY'],
    ['N.Y.', 'NY'],
    ['District of Columbia', 'DC'],
    ['Washington, D.C.', 'DC'],
    ['Puerto Rico', 'PR'],
    ['West Virginia', 'WV'],
    ['XX', 'invalid'],
    ['Narnia', 'invalid'],
    [12, 'invalid'],
    ['', 'blank'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseState(input))).toBe(expected);
  });
});

describe('regionOfState', () => {
  it.each<[string, string | null]>([
    ['NY', 'Northeast'],
    ['PA', 'Northeast'],
    ['OH', 'Midwest'],
    ['KS', 'Midwest'],
    ['TX', 'South'],
    ['DC', 'South'],
    ['MD', 'South'],
    ['CA', 'West'],
    ['HI', 'West'],
    ['PR', null],
    ['ZZ', null],
  ])('puts %s in %s', (code, region) => {
    expect(regionOfState(code)).toBe(region);
  });
});

describe('parseRegionOrState', () => {
  it.each<[string, unknown]>([
    ['Northeast', { kind: 'region', region: 'Northeast', division: null }],
    ['mid-west', { kind: 'region', region: 'Midwest', division: null }],
    ['South', { kind: 'region', region: 'South', division: null }],
    ['South Atlantic', { kind: 'region', region: 'South', division: 'South Atlantic' }],
    ['mid-atlantic', { kind: 'region', region: 'Northeast', division: 'Middle Atlantic' }],
    ['PACIFIC', { kind: 'region', region: 'West', division: 'Pacific' }],
    ['South Carolina', { kind: 'state', state: 'SC' }],
    ['tx', { kind: 'state', state: 'TX' }],
    ['Atlantis', 'invalid'],
  ])('reads %j', (input, expected) => {
    expect(outcome(parseRegionOrState(input))).toEqual(expected);
  });
});

describe('parseDivision', () => {
  it.each<[string, unknown]>([
    ['South Atlantic', 'South Atlantic'],
    ['east north central', 'East North Central'],
    ['Mid-Atlantic', 'Middle Atlantic'],
    ['None', 'none'],
    ['No preference', 'none'],
    ['', 'blank'],
    ['South', 'invalid'],
    ['Texas', 'invalid'],
  ])('reads %j', (input, expected) => {
    expect(outcome(parseDivision(input))).toEqual(expected);
  });
});

describe('choice parsers', () => {
  it.each<[string, (v: unknown) => Parsed<unknown>, unknown, unknown]>([
    ['parseProgramType', parseProgramType, 'Academic', 'University'],
    ['parseProgramType', parseProgramType, 'community', 'Community'],
    ['parseProgramType', parseProgramType, 'Community-based university', 'Hybrid'],
    ['parseProgramType', parseProgramType, 'private', 'invalid'],
    ['parseTrack', parseTrack, 'Advanced and categorical', 'Both'],
    ['parseVisa', parseVisa, 'J1', 'J-1'],
    ['parseVisa', parseVisa, 'h-1b', 'H-1B'],
    ['parseVisa', parseVisa, 'No', 'None'],
    ['parseVisa', parseVisa, 'Yes', 'invalid'],
    ['parseApplicantType', parseApplicantType, 'us img', 'US IMG'],
    ['parseApplicantType', parseApplicantType, 'Non-US IMG', 'Non-US IMG'],
    ['parseApplicantType', parseApplicantType, 'D.O.', 'DO'],
    ['parseApplicantType', parseApplicantType, 'IMG', 'invalid'],
    ['parseMinIs', parseMinIs, 'preferred', 'Preferred'],
    ['parseMinIs', parseMinIs, 'HARD', 'Hard'],
    ['parseStepOne', parseStepOne, 'Pass', 'Pass'],
    ['parseStepOne', parseStepOne, 'failed', 'Fail'],
    ['parseStepOne', parseStepOne, 221, 221],
    ['parseStepOne', parseStepOne, 'great', 'invalid'],
  ])('%s reads %j as %j', (_name, parse, input, expected) => {
    expect(outcome(parse(input))).toBe(expected);
  });
});

describe('splitList', () => {
  it.each<[unknown, string[]]>([
    ['Northeast, NY; Ohio', ['Northeast', 'NY', 'Ohio']],
    [' a ,, b ;', ['a', 'b']],
    ['one\ntwo', ['one', 'two']],
    ['', []],
    [null, []],
    [42, ['42']],
  ])('splits %j', (input, expected) => {
    expect(splitList(input)).toEqual(expected);
  });
});

describe('a formula error in a cell (#N/A from a lookup that found nothing)', () => {
  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', ' #n/a '])(
    'is unreadable for every parser, never N/A: %j',
    (cell) => {
      expect(formulaError(cell)).not.toBeNull();
      for (const parse of PARSERS) expect(parse(cell).kind).toBe('invalid');
    },
  );

  it('is told apart from the words that mean unknown', () => {
    expect(formulaError('N/A')).toBeNull();
    expect(formulaError('n/a')).toBeNull();
    expect(formulaError('#1 program')).toBeNull();
    expect(formulaError('#N/A')).toBe('#N/A');
    expect(outcome(parseScore('N/A'))).toBe('na');
  });
});

describe('every parser', () => {
  const anyCell = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.constantFrom(
      null,
      undefined,
      '',
      '  ',
      '=cmd|" /C calc"!A0',
      '<script>alert(1)</script>',
      'x'.repeat(100_000),
    ),
    fc.anything(),
  );

  it('never throws and returns a known kind', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const parse of PARSERS) {
          const result = parse(cell);
          expect(['value', 'blank', 'na', 'invalid']).toContain(result.kind);
        }
        expect(Array.isArray(splitList(cell))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'finds no value in the object member name %j',
    (text) => {
      for (const parse of PARSERS) expect(parse(text).kind).toBe('invalid');
    },
  );

  it('never reads a score, count or percent from text without digits', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/\d/.test(text) && !/^\s*(none|zero)\s*$/i.test(text)),
        (text) => {
          for (const parse of [parseScore, parseCount, parsePercent])
            expect(parse(text).kind).not.toBe('value');
        },
      ),
    );
  });
});
