import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../src/sheets/parse-cell.ts';
import { parseProgramType, parseVisa, parseYesNo } from '../../src/sheets/parse-choices.ts';

function outcome<T>(result: Parsed<T>): T | 'blank' | 'na' | 'invalid' {
  return result.kind === 'value' ? result.value : result.kind;
}

describe('parseVisa as real lists write it', () => {
  it.each<[string, string]>([
    ['J1 only', 'J-1'],
    ['J-1 only', 'J-1'],
    ['J-1 (ECFMG)', 'J-1'],
    ['Yes - J1', 'J-1'],
    ['J 1', 'J-1'],
    ['H-1B only', 'H-1B'],
    ['H1-B', 'H-1B'],
    ['J-1 & H-1B', 'Both'],
    ['J1/H1B', 'Both'],
    ['J-1, H-1B', 'Both'],
    ['Both J-1 and H-1B', 'Both'],
    ['J-1 only, no H-1B', 'J-1'],
    ['No sponsorship', 'None'],
    ['No visa sponsorship', 'None'],
    ['Does not sponsor visas', 'None'],
    ['No J-1 or H-1B', 'None'],
    ['US citizens only', 'None'],
    ['None', 'None'],
    ['no', 'None'],
    ['Yes', 'invalid'],
    ['case by case', 'invalid'],
    ['F-1', 'invalid'],
    ['TBD', 'na'],
    ['Not sure', 'na'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseVisa(input))).toBe(expected);
  });

  it('reads a near miss as the closest, saying so', () => {
    expect(parseVisa('No sponsorhip')).toEqual({ kind: 'value', value: 'None', readAs: 'None' });
  });
});

describe('parseProgramType as real lists write it', () => {
  it.each<[string, string]>([
    ['Academic', 'University'],
    ['University-based', 'University'],
    ['Academic medical center', 'University'],
    ['Community-based', 'Community'],
    ['Community hospital', 'Community'],
    ['Affiliated hospital', 'Hybrid'],
    ['University-affiliated community', 'Hybrid'],
    ['Community-based university affiliated hospital', 'Hybrid'],
    ['Community-based, university-affiliated', 'Hybrid'],
    ['Other', 'na'],
    ['Military-based', 'na'],
    ['Private', 'invalid'],
    ['Univ', 'invalid'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseProgramType(input))).toBe(expected);
  });

  it.each<[string, string]>([
    ['Univeristy', 'University'],
    ['Comunity', 'Community'],
    ['Hybird', 'Hybrid'],
    ['Acadmic', 'University'],
  ])('reads the near miss %j as %j with readAs', (input, expected) => {
    expect(parseProgramType(input)).toEqual({ kind: 'value', value: expected, readAs: expected });
  });
});

describe('parseYesNo as real lists write it', () => {
  it.each<[unknown, boolean | string]>([
    ['YES', true],
    ['NO', false],
    ['NOT SURE', 'na'],
    ['Unknown', 'na'],
    ['?', 'na'],
    ['maybe', 'invalid'],
  ])('reads %j as %j', (input, expected) => {
    expect(outcome(parseYesNo(input))).toBe(expected);
  });
});
