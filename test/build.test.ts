import { describe, expect, it } from 'vitest';
import { entryDeclarations } from '../scripts/build.ts';
import { entryList } from '../src/addon/entry-points.ts';

const CUSTOM_FUNCTIONS = entryList().filter((entry) => entry.customFunction);

describe('entryDeclarations', () => {
  it('declares each custom function at top level with @customfunction JSDoc and parameter help', () => {
    const code = entryDeclarations(CUSTOM_FUNCTIONS);
    for (const entry of CUSTOM_FUNCTIONS) {
      expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${entry.name}\\(`));
      for (const p of entry.params) expect(code).toContain(`} ${p.optional ? `[${p.name}]` : p.name} `);
    }
  });
});
