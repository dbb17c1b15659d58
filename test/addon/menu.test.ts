/** The add-on menu through the built bundle (src/addon/menu.ts). */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from './harness.ts';

describe('onOpen', () => {
  it('builds the add-on menu in AuthMode.NONE without touching anything that needs authorization', () => {
    const book = openWorkbook({});
    book.bundle.runWith({ mode: 'none' }, 'onOpen', { authMode: 'NONE' });
    const captions = book.emulator.ui.menus
      .flatMap((menu) => menu.entries)
      .map((entry) => ('caption' in entry ? entry.caption : ''));
    expect(captions).toEqual(
      expect.arrayContaining(['Open RadList', 'Set up sheets', 'Generate my list', 'Generate cohort lists']),
    );
  });
});

describe('the menu items', () => {
  it('Set up sheets says what it created, then that nothing was needed', () => {
    const book = openWorkbook({});
    book.bundle.run('menuSetUpSheets');
    book.bundle.run('menuSetUpSheets');
    expect(book.emulator.ui.alerts.map((alert) => alert.prompt || alert.title)).toEqual([
      'Created: Profile, Programs, Cohort, Settings. Sheets that already existed were not changed.',
      'All RadList sheets already exist; nothing was changed.',
    ]);
  });

  it('Generate my list says where the list is and what the Apply set costs', () => {
    const book = openWorkbook({});
    book.bundle.callServer('setupSheets', { withSamples: true });
    book.bundle.run('menuGenerateList');
    expect(book.emulator.ui.alerts.at(-1)?.prompt || book.emulator.ui.alerts.at(-1)?.title).toMatch(
      /^Application List is ready: \d+ programs marked Apply out of \d+ recommended \(ERAS cost \$\d+\)/,
    );
  });

  it('Generate cohort lists opens the sidebar, where the batches run', () => {
    const book = openWorkbook({});
    book.bundle.run('menuGenerateCohort');
    expect(book.emulator.ui.sidebars).toHaveLength(1);
  });
});
