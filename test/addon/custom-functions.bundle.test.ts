/**
 * The five custom functions called the way Sheets calls them: each a fresh execution of the built
 * dist/Code.js in read-only custom-function mode, with single cells, columns and 2-D ranges.
 */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from './harness.ts';

function call(name: string, args: unknown[], settings?: unknown[][]) {
  const book = openWorkbook(settings ? { Settings: settings } : {});
  return { book, result: book.bundle.customFunction(name, ...args) };
}

describe('custom functions in the built bundle', () => {
  it.each([
    [209, 'Significantly low'],
    [210, 'Moderately low'],
    [219, 'Moderately low'],
    [220, 'Mildly low'],
    [229, 'Mildly low'],
    [230, 'Average'],
    [244, 'Average'],
    [245, 'Competitive'],
  ])('RAD_TIER(%s) is %s', (score, tier) => {
    expect(call('RAD_TIER', [score]).result).toBe(tier);
  });

  it('RAD_TIER over a column gives a column, blanks stay blank and a bad cell says why', () => {
    const { result } = call('RAD_TIER', [[[250], [''], ['abc'], ['≥ 225'], [215]]]);
    expect(result).toEqual([
      ['Competitive'],
      [''],
      [expect.stringMatching(/^#INVALID: /)],
      ['Mildly low'],
      ['Moderately low'],
    ]);
  });

  it('RAD_TIER over a 2-D range with failed attempts of the same shape', () => {
    const { result } = call('RAD_TIER', [
      [
        [250, 240],
        [225, ''],
      ],
      [
        [0, 2],
        [1, 0],
      ],
    ]);
    expect(result).toEqual([
      ['Competitive', 'Significantly low'],
      ['Mildly low', ''],
    ]);
  });

  it('a bad single value throws a message naming the function and what was expected', () => {
    expect(() => call('RAD_TIER', ['abc'])).toThrow(/RAD_TIER.*abc.*expected/);
    expect(() => call('RAD_APPLY_COUNT', [999])).toThrow(/RAD_APPLY_COUNT/);
  });

  it.each([
    [224, 0, 60],
    [225, 0, 50],
    [225, 2, 80],
    [219, 0, 80],
    [209, 0, 80],
  ])('RAD_APPLY_COUNT(%s, %s) is %s', (score, failed, count) => {
    expect(call('RAD_APPLY_COUNT', [score, failed]).result).toBe(count);
  });

  it('RAD_MEETS_MIN treats a blank minimum as met', () => {
    expect(call('RAD_MEETS_MIN', [220, [[230], [''], [215]]]).result).toEqual([[false], [true], [true]]);
  });

  it('RAD_CATEGORY gives Below minimum from the minimum and a fit category otherwise', () => {
    const { result } = call('RAD_CATEGORY', [222, [[230], [200]], [[240], [215]]]);
    expect((result as unknown[][])[0]![0]).toBe('Below minimum');
    expect(['Reach', 'Target', 'Safety']).toContain((result as unknown[][])[1]![0]);
  });

  it.each([
    [[0], 0],
    [[30], 330],
    [[31], 360],
    [[43, 7], 797],
  ])('RAD_ERAS_COST(%j) is $%s', (counts, dollars) => {
    expect(call('RAD_ERAS_COST', counts).result).toBe(dollars);
  });

  it('RAD_ERAS_COST over a column of program counts gives a column of costs', () => {
    const { result } = call('RAD_ERAS_COST', [[[30], [''], [31], ['lots']], 7]);
    expect(result).toEqual([
      [330 + 77],
      [77],
      [360 + 77],
      [expect.stringMatching(/^#INVALID: "lots" is not a number of programs/)],
    ]);
    expect(call('RAD_ERAS_COST', [[[30], ['']]]).result).toEqual([[330], ['']]);
  });

  it('RAD_ERAS_COST throws for a bad single value and for ranges of different shapes', () => {
    expect(() => call('RAD_ERAS_COST', [43, 'lots'])).toThrow(
      /RAD_ERAS_COST: "lots" is not a number of programs/,
    );
    expect(() => call('RAD_ERAS_COST', [[[1], [2]], [[1, 2]]])).toThrow(/RAD_ERAS_COST: programs is 2 rows/);
  });

  it('follows a threshold moved in the Settings sheet', () => {
    const settings = [
      ['Setting', 'Value'],
      ['Competitive from', 250],
    ];
    expect(call('RAD_TIER', [247], settings).result).toBe('Average');
    expect(call('RAD_TIER', [247]).result).toBe('Competitive');
  });

  it('reads Settings once per call, not once per cell', () => {
    const settings = [['Competitive from', 250]];
    const { book } = call('RAD_TIER', [Array.from({ length: 200 }, (_, i) => [200 + (i % 60)])], settings);
    expect(book.emulator.counter.byMethod.get('Range.getValues') ?? 0).toBe(1);
  });
});
