import { describe, expect, it } from 'vitest';
import {
  DIVISIONS,
  divisionOfState,
  isStateCode,
  regionOfDivision,
  regionOfState,
  US_STATES,
} from '../../src/core/us-states.ts';

describe('the US state table', () => {
  it('holds the 50 states, DC and Puerto Rico once each', () => {
    const codes = US_STATES.map(([code]) => code);
    expect(new Set(codes).size).toBe(52);
    expect(codes).toContain('DC');
    expect(codes).toContain('PR');
  });

  it('puts every state but Puerto Rico in one of the nine divisions', () => {
    for (const [code, , division] of US_STATES) {
      if (code === 'PR') expect(division).toBeNull();
      else expect(DIVISIONS).toContain(division);
    }
  });

  it.each([
    ['TX', 'West South Central', 'South'],
    ['ny', 'Middle Atlantic', 'Northeast'],
    ['DC', 'South Atlantic', 'South'],
    ['OH', 'East North Central', 'Midwest'],
    ['HI', 'Pacific', 'West'],
  ])('places %s in %s (%s)', (code, division, region) => {
    expect(divisionOfState(code)).toBe(division);
    expect(regionOfState(code)).toBe(region);
  });

  it('gives no division or region to Puerto Rico or an unknown code', () => {
    expect(divisionOfState('PR')).toBeNull();
    expect(regionOfState('ZZ')).toBeNull();
    expect(isStateCode('ZZ')).toBe(false);
  });

  it('groups the divisions into the four Census regions', () => {
    expect(DIVISIONS.map(regionOfDivision)).toEqual([
      'Northeast',
      'Northeast',
      'Midwest',
      'Midwest',
      'South',
      'South',
      'South',
      'West',
      'West',
    ]);
  });
});
