import { describe, expect, it } from 'vitest';
import { randomInt, randomNormal, seededRandom } from '../../src/core/seeded-random.ts';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(seededRandom(43)()).not.toBe(first[0]);
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 10000 }, () => random());
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    expect(Math.abs(draws.reduce((s, d) => s + d, 0) / draws.length - 0.5)).toBeLessThan(0.02);
  });
});

describe('randomInt and randomNormal', () => {
  it('give whole numbers in range and a standard normal', () => {
    const random = seededRandom(9);
    const ints = Array.from({ length: 1000 }, () => randomInt(random, 1, 6));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    const normals = Array.from({ length: 20000 }, () => randomNormal(random));
    const mean = normals.reduce((s, d) => s + d, 0) / normals.length;
    const variance = normals.reduce((s, d) => s + (d - mean) ** 2, 0) / normals.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
