import { describe, expect, it } from 'vitest';
import { parseDivision, parseRegionOrState, parseState } from '../../src/sheets/parse-places.ts';

describe('places a letter or two off', () => {
  it('reads a misspelt state name as the closest state, saying so', () => {
    expect(parseState('Pensylvania')).toEqual({ kind: 'value', value: 'PA', readAs: 'Pennsylvania' });
    expect(parseState('Masachusets')).toEqual({ kind: 'value', value: 'MA', readAs: 'Massachusetts' });
    expect(parseState('Texs').kind).toBe('invalid');
  });

  it('reads a misspelt region or division as the closest, saying so', () => {
    expect(parseRegionOrState('Midwst')).toEqual({
      kind: 'value',
      value: { kind: 'region', region: 'Midwest', division: null },
      readAs: 'Midwest',
    });
    expect(parseRegionOrState('South Atlantc')).toEqual({
      kind: 'value',
      value: { kind: 'region', region: 'South', division: 'South Atlantic' },
      readAs: 'South Atlantic',
    });
    expect(parseDivision('Pacfic')).toEqual({ kind: 'value', value: 'Pacific', readAs: 'Pacific' });
  });

  it('does not guess between two places equally close', () => {
    expect(parseRegionOrState('Sout').kind).toBe('invalid');
    expect(parseRegionOrState('Atlantis').kind).toBe('invalid');
  });
});
