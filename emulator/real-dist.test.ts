import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryList } from '../src/addon/entry-points.ts';
import { createEmulator, resolveDistDir } from './index.ts';
import { loadBundle } from './loader.ts';

const codeFile = `${resolveDistDir('dist')}/Code.js`;
const built = fs.existsSync(codeFile);
const placeholder = built && fs.readFileSync(codeFile, 'utf8').includes('not built yet');

describe.skipIf(!built)('loadBundle with the real dist/ (run `npm run build` first)', () => {
  it.each(entryList().map((entry) => entry.name))(
    'finds %s as a top-level function of the bundle',
    (name) => {
      const bundle = loadBundle(createEmulator());
      let message = '';
      try {
        bundle.customFunction(name, 230);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toMatch(/Script function not found/);
    },
  );

  it.skipIf(placeholder)('runs onOpen in AuthMode.NONE and every menu item names a declared function', () => {
    const emulator = createEmulator();
    const bundle = loadBundle(emulator);
    bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
    const items = emulator.ui.menus.flatMap((m) => m.entries).filter((e) => e.kind === 'item');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(() => bundle.run(item.functionName)).not.toThrow(/Script function not found/);
    }
  });
});
