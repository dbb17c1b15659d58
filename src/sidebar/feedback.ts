/**
 * How the sidebar tells the user what is happening: the alert box for failures (with "Try again" when
 * repeating makes sense), a polite live region for status lines, and busy buttons with a spinner.
 */
import { byId, el, replaceChildren } from './dom.ts';
import { cleanErrorMessage } from './errors.ts';

let retryAction: (() => void) | null = null;

/**
 * Shows a failure in the alert box.
 *
 * @param error - the failure (only its cleaned message is shown)
 * @param retry - what "Try again" does; omit to hide the button
 * @returns nothing
 * @example
 * showError(error, () => loadState());
 */
export function showError(error: unknown, retry?: () => void): void {
  byId('error-message').textContent = cleanErrorMessage(error);
  retryAction = retry ?? null;
  byId('error-retry').hidden = retry === undefined;
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
  retryAction = null;
}

/**
 * Wires the alert box's buttons; called once at start-up.
 *
 * @returns nothing
 * @example
 * wireErrorBox();
 */
export function wireErrorBox(): void {
  byId('error-retry').addEventListener('click', () => {
    const retry = retryAction;
    clearError();
    retry?.();
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
