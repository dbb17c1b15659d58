/**
 * Emulated `Ui` (what `SpreadsheetApp.getUi()` returns): menus, sidebars, dialogs, alerts and prompts. What
 * the add-on shows is recorded in a `UiState` the tests and the playground read (`emulator.ui.menus`,
 * `emulator.ui.sidebars`). Calls are counted under `Ui`; showing anything needs the
 * `script.container.ui` scope.
 */
import type { CallCounter } from '../counter.ts';
import type { FakeHtmlOutput } from './html.ts';
import { permissionError } from './permissions.ts';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  name: string;
  /** True for `createAddonMenu()` (shown under Extensions → the add-on's name). */
  addon: boolean;
  entries: MenuEntry[];
}

export interface ShownPage {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
}

/** Everything the add-on showed, for tests. Queue `promptReplies` / `alertReplies` before a run. */
export interface UiState {
  menus: MenuRecord[];
  sidebars: ShownPage[];
  dialogs: ShownPage[];
  alerts: { title: string; prompt: string; buttons: string }[];
  alertReplies: string[];
  promptReplies: { text: string; button: string }[];
}

export function createUiState(): UiState {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], alertReplies: [], promptReplies: [] };
}

class FakeMenu {
  readonly record: MenuRecord;
  constructor(
    private readonly counter: CallCounter,
    private readonly state: UiState,
    name: string,
    addon: boolean,
  ) {
    this.record = { name, addon, entries: [] };
  }
  addItem(caption: string, functionName: string): FakeMenu {
    this.counter.record('Ui', 'Menu.addItem');
    this.record.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): FakeMenu {
    this.counter.record('Ui', 'Menu.addSeparator');
    this.record.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: FakeMenu): FakeMenu {
    this.counter.record('Ui', 'Menu.addSubMenu');
    this.record.entries.push({ kind: 'submenu', menu: menu.record });
    return this;
  }
  addToUi(): void {
    this.counter.record('Ui', 'Menu.addToUi');
    const others = this.state.menus.filter(
      (m) => !(m.name === this.record.name && m.addon === this.record.addon),
    );
    this.state.menus.splice(0, this.state.menus.length, ...others, this.record);
  }
}

/**
 * Builds the Ui object for one execution.
 *
 * @param counter - the shared call counter
 * @param state - where shown menus and pages are recorded
 * @param options - `addonName` titles the add-on menu; `canShow` false makes dialogs throw (scope missing)
 * @returns the Ui the add-on sees
 * @example createUi(counter, state, { addonName: 'RadList', canShow: true }).createAddonMenu()
 */
export function createUi(
  counter: CallCounter,
  state: UiState,
  options: { addonName: string; canShow: boolean },
) {
  const show = (method: string): void => {
    counter.record('Ui', `Ui.${method}`);
    if (!options.canShow) throw permissionError(`Ui.${method}`, 'Ui');
  };
  const page = (kind: ShownPage['kind'], output: FakeHtmlOutput, title?: string): ShownPage => {
    const shot = output.snapshot();
    return { kind, title: title ?? shot.title, html: shot.html };
  };
  return {
    Button,
    ButtonSet,
    createAddonMenu(): FakeMenu {
      counter.record('Ui', 'Ui.createAddonMenu');
      return new FakeMenu(counter, state, options.addonName, true);
    },
    createMenu(caption: string): FakeMenu {
      counter.record('Ui', 'Ui.createMenu');
      return new FakeMenu(counter, state, String(caption), false);
    },
    showSidebar(output: FakeHtmlOutput): void {
      show('showSidebar');
      state.sidebars.push(page('sidebar', output));
    },
    showModalDialog(output: FakeHtmlOutput, title: string): void {
      show('showModalDialog');
      state.dialogs.push(page('modal', output, String(title)));
    },
    showModelessDialog(output: FakeHtmlOutput, title: string): void {
      show('showModelessDialog');
      state.dialogs.push(page('modeless', output, String(title)));
    },
    alert(...args: unknown[]): string {
      show('alert');
      const [title, prompt, buttons] = args.length === 1 ? ['', args[0], ButtonSet.OK] : args;
      state.alerts.push({
        title: String(title),
        prompt: String(prompt),
        buttons: String(buttons ?? ButtonSet.OK),
      });
      return state.alertReplies.shift() ?? Button.OK;
    },
    prompt(..._args: unknown[]) {
      show('prompt');
      const reply = state.promptReplies.shift() ?? { text: '', button: Button.OK };
      return {
        getResponseText: () => reply.text,
        getSelectedButton: () => reply.button,
      };
    },
  };
}
