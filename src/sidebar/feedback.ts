/**
 * How the sidebar tells the user what is happening: the alert box for failures (with "Set up sheets" when
 * input sheets are missing, or "Try again" when repeating makes sense), a polite live region for status
 * lines, and busy buttons with a spinner.
 */
import { byId, el, replaceChildren } from './dom.ts';
import { cleanErrorMessage, failureCode, recoveryFor } from './errors.ts';

let alertAction: (() => void) | null = null;
let setUpSheetsAction: (() => void) | null = null;

/**
 * Shows a failure in the alert box. A failure whose code says an input sheet is missing offers "Set up
 * sheets" (the status panel's action) instead of "Try again", which would only fail the same way.
 *
 * @param error - the failure (only its cleaned message is shown)
 * @param retry - what "Try again" does; omit to hide the button
 * @returns nothing
 * @example
 * showError(error, () => loadState());
 */
export function showError(error: unknown, retry?: () => void): void {
  const message = cleanErrorMessage(error);
  byId('error-message').textContent = message;
  const button = byId<HTMLButtonElement>('error-retry');
  const setUp = recoveryFor(failureCode(error)) === 'set-up-sheets' ? setUpSheetsAction : null;
  alertAction = setUp ?? retry ?? null;
  button.textContent = setUp ? 'Set up sheets' : 'Try again';
  button.hidden = alertAction === null;
  const box = byId('error');
  box.hidden = false;
  box.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Hides the alert box.
 *
 * @returns nothing
 * @example
 * clearError();
 */
export function clearError(): void {
  byId('error').hidden = true;
  alertAction = null;
}

/**
 * Wires the alert box's buttons; called once at start-up.
 *
 * @param setUpSheets - what the alert's "Set up sheets" does (the status panel's Set up sheets)
 * @returns nothing
 * @example
 * wireErrorBox(() => void setUpSheets());
 */
export function wireErrorBox(setUpSheets: () => void): void {
  setUpSheetsAction = setUpSheets;
  byId('error-retry').addEventListener('click', () => {
    const action = alertAction;
    clearError();
    action?.();
  });
  byId('error-dismiss').addEventListener('click', clearError);
}

/**
 * Says a short status line to screen readers.
 *
 * @param message - plain words
 * @returns nothing
 * @example
 * announce('Your list is ready.');
 */
export function announce(message: string): void {
  byId('live').textContent = message;
}

/**
 * Runs a task while a button shows it is busy: disabled, spinner and text, `aria-busy` on its region.
 *
 * @param button - the button that started the task
 * @param busyText - what the button says meanwhile, e.g. `Generating…`
 * @param region - the element whose content is being updated
 * @param task - the work
 * @returns the task's result
 * @example
 * await whileBusy(button, 'Generating…', result, () => callServer('generateList', {}));
 */
export async function whileBusy<T>(
  button: HTMLButtonElement,
  busyText: string,
  region: HTMLElement,
  task: () => Promise<T>,
): Promise<T> {
  const idleLabel = button.textContent ?? '';
  button.disabled = true;
  replaceChildren(button, el('span', { class: 'spinner', 'aria-hidden': 'true' }), busyText);
  region.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    button.disabled = false;
    replaceChildren(button, idleLabel);
    region.setAttribute('aria-busy', 'false');
  }
}
