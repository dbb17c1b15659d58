import { describe, expect, it } from 'vitest';
import { LIST_COLUMNS, listColumns, SCORE_COLUMNS } from '../../src/sheets/list-columns.ts';

describe('listColumns', () => {
  it('is every column with scores, and leaves the score columns out without', () => {
    expect(listColumns(true)).toEqual([...LIST_COLUMNS]);
    expect(listColumns(false)).toEqual(LIST_COLUMNS.filter((c) => !SCORE_COLUMNS.includes(c)));
    expect(listColumns(false)).toContain('Why');
  });
});
