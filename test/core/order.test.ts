import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descending, orderByKey } from '../../src/core/order.ts';

describe('orderByKey', () => {
  it('gives exactly the order of a stable sort by the keys', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }), (keys) => {
        const items = keys.map((_, i) => i).reverse();
        const expected = [...items].sort((a, b) => keys[a]! - keys[b]!);
        expect(orderByKey(items, (i) => keys[i]!)).toEqual(expected);
      }),
    );
  });

  it('refuses keys that are not whole numbers from 0, or too big to pack exactly', () => {
    expect(orderByKey([0, 1], (i) => [1, -1][i]!)).toBeNull();
    expect(orderByKey([0, 1], (i) => [1, 0.5][i]!)).toBeNull();
    expect(orderByKey([0, 1], (i) => [1, Number.NaN][i]!)).toBeNull();
    expect(orderByKey([0, 1], (i) => [1, 2 ** 52][i]!)).toBeNull();
    expect(orderByKey([], () => 0)).toEqual([]);
  });
});

describe('descending', () => {
  it('turns 0–100 around and refuses anything else', () => {
    expect([descending(0), descending(70), descending(100)]).toEqual([100, 30, 0]);
    expect([descending(-1), descending(101), descending(2.5)].every(Number.isNaN)).toBe(true);
  });
});
