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

  it('Generate my list says where the list is and what it costs, in the dollars the sidebar shows', () => {
    const book = openWorkbook({});
    book.bundle.callServer('setupSheets', { withSamples: true });
    const summary = book.bundle.callServer('generateList', {});
    if (!summary.ok) throw new Error(summary.error.message);
    const plan = summary.result as { erasCost: number; pgyOne: { erasCost: number } };
    book.bundle.run('menuGenerateList');
    const alert = book.emulator.ui.alerts.at(-1)?.prompt || book.emulator.ui.alerts.at(-1)?.title;
    expect(alert).toMatch(/^Application List is ready: \d+ programs marked Apply out of \d+ recommended/);
    const total = plan.erasCost + plan.pgyOne.erasCost;
    expect(alert).toContain(`(ERAS cost $${total.toLocaleString('en-US')}, with the PGY-1 applications)`);
  });

  it('Generate cohort lists opens the sidebar on its Cohort tab and runs nothing itself', () => {
    const book = openWorkbook({});
    book.bundle.callServer('setupSheets', { withSamples: true });
    book.bundle.run('menuGenerateCohort');
    expect(book.emulator.ui.sidebars).toHaveLength(1);
    expect(book.emulator.ui.sidebars[0]!.html).toContain('data-start-tab="cohort"');
    expect(book.emulator.ui.alerts).toEqual([]);
    expect(book.emulator.spreadsheet.sheetNames()).not.toContain('Cohort Summary');
  });

  it('Open RadList opens the sidebar on My list', () => {
    const book = openWorkbook({});
    book.bundle.run('showSidebar');
    expect(book.emulator.ui.sidebars[0]!.html).toContain('data-start-tab="mine"');
  });
});
