/**
 * "Share with a mentor", on both tabs: the applicant's own list from My list (the Profile applicant), and a
 * cohort applicant's from the Cohort tab. Before anything is sent, a preview says exactly what the mentor
 * will receive — the file's name, its sheets and columns, what is left out without scores, what is never in
 * it — and it changes as "Include Step scores" is ticked. The form is built here (one template for both
 * tabs, test ids prefixed `mine-` or `cohort-`).
 */
import type { ShareResult } from '../addon/api.ts';
import { type SharePreview, sharePreview } from '../sheets/share-contents.ts';
import { byId, el, replaceChildren } from './dom.ts';
import { announce, clearError, showError, whileBusy } from './feedback.ts';
import { callServer } from './server.ts';
import { buildShareView } from './share-view.ts';

/** Which list a share form sends. */
export interface ShareTarget {
  /** `mine` or `cohort`: the ids' prefix. */
  prefix: 'mine' | 'cohort';
  /** The applicant's name for the preview ('' when not known yet). */
  applicantName: () => string;
  /** The `applicant` argument of `shareList` (undefined: the Profile applicant). */
  applicant: () => string | undefined;
  /** Reads the workbook's state again after a share. */
  refreshState: () => Promise<unknown>;
  /** Shows a failure with the right button. */
  reportFailure: (error: unknown, retry: () => void) => Promise<void>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The preview block: the file, each sheet with what it holds and leaves out, and what is never shared. */
export function renderSharePreview(preview: SharePreview, prefix: string): HTMLElement {
  return el(
    'div',
    { class: 'share-preview', 'data-testid': `${prefix}-share-preview` },
    el(
      'p',
      {},
      'The mentor will get a new Google Sheets file, ',
      el('strong', {}, `“${preview.fileName}”`),
      ':',
    ),
    el(
      'ul',
      {},
      ...preview.sheets.map((sheet) =>
        el(
          'li',
          { 'data-sheet': sheet.name },
          el('strong', {}, sheet.name),
          `: ${sheet.holds.join(', ')}.`,
          sheet.leftOut ? el('span', { class: 'muted' }, ` Left out: ${sheet.leftOut}`) : null,
        ),
      ),
    ),
    el('p', { class: 'muted' }, preview.never),
  );
}

function shareForm(prefix: string, intro: string): HTMLElement {
  const id = (name: string) => `${prefix}-share-${name}`;
  return el(
    'form',
    { id: id('form'), class: 'share', novalidate: true, 'aria-labelledby': id('heading') },
    el('h3', { id: id('heading') }, 'Share with a mentor'),
    el('p', { class: 'muted' }, intro),
    el('label', { for: id('email') }, 'Mentor’s email'),
    el('input', {
      type: 'email',
      id: id('email'),
      'data-testid': id('email'),
      autocomplete: 'email',
      required: true,
      'aria-describedby': id('preview-box'),
    }),
    el('label', { for: id('role') }, 'They can'),
    el(
      'select',
      { id: id('role'), 'data-testid': id('role') },
      el('option', { value: 'commenter' }, 'Comment'),
      el('option', { value: 'viewer' }, 'View only'),
    ),
    el(
      'label',
      { class: 'check' },
      el('input', { type: 'checkbox', id: id('scores'), 'data-testid': id('scores') }),
      ' Include Step scores',
    ),
    el('div', { id: id('preview-box'), 'aria-live': 'polite' }),
    el(
      'button',
      { type: 'submit', id: `${prefix}-share`, 'data-testid': `${prefix}-share`, class: 'action' },
      'Share with mentor',
    ),
    el('div', { id: id('result'), 'data-testid': id('result') }),
  );
}

function shareLink(result: ShareResult, request: Parameters<typeof buildShareView>[1], prefix: string): Node {
  const view = buildShareView(result, request);
  const link = view.url
    ? el(
        'a',
        {
          href: view.url,
          target: '_blank',
          rel: 'noopener noreferrer',
          'data-testid': `${prefix}-share-link`,
        },
        view.linkText,
      )
    : null;
  return el(
    'div',
    { class: 'share-done' },
    el('p', { class: 'success file-name' }, view.sentence),
    view.details ? el('p', { 'data-testid': `${prefix}-share-details` }, view.details) : null,
    link ? el('p', {}, link, el('span', { class: 'muted' }, ' (new tab)')) : null,
    view.noLink ? el('p', { class: 'muted' }, view.noLink) : null,
  );
}

/**
 * Places a share form in its box and wires it; returns a function that redraws the preview (call it when
 * the applicant may have changed).
 *
 * @param target - whose list, and the hooks for refreshing and failures
 * @returns redraws the preview
 * @example
 * const updatePreview = wireShare({ prefix: 'mine', applicantName: () => name, applicant: () => undefined, … });
 */
export function wireShare(target: ShareTarget): () => void {
  const { prefix } = target;
  const id = (name: string) => `${prefix}-share-${name}`;
  const intro =
    prefix === 'mine'
      ? 'Sends your own list and plan as a separate file; nothing else of this spreadsheet.'
      : 'Sends this applicant’s list and plan as a separate file; nothing of the rest of the cohort.';
  replaceChildren(byId(`${prefix}-share-box`), shareForm(prefix, intro));
  const scores = byId<HTMLInputElement>(id('scores'));
  const updatePreview = (): void => {
    const name = target.applicantName();
    replaceChildren(
      byId(id('preview-box')),
      name ? renderSharePreview(sharePreview(name, scores.checked), prefix) : null,
    );
  };
  scores.addEventListener('change', updatePreview);

  const share = async (): Promise<void> => {
    const emailInput = byId<HTMLInputElement>(id('email'));
    const email = emailInput.value.trim();
    const output = byId(id('result'));
    if (!EMAIL.test(email)) {
      emailInput.setAttribute('aria-invalid', 'true');
      showError(new Error("Please type the mentor's email address, like name@example.org."));
      emailInput.focus();
      return;
    }
    emailInput.removeAttribute('aria-invalid');
    const role = byId<HTMLSelectElement>(id('role')).value === 'viewer' ? 'viewer' : 'commenter';
    const includeScores = scores.checked;
    const applicant = target.applicant();
    try {
      const result = await whileBusy(byId<HTMLButtonElement>(`${prefix}-share`), 'Sharing…', output, () =>
        callServer(
          'shareList',
          applicant === undefined
            ? { email, role, includeScores }
            : { applicant, email, role, includeScores },
        ),
      );
      clearError();
      replaceChildren(output, shareLink(result, { email, role, includeScores }, prefix));
      const name = target.applicantName();
      announce(name ? `Shared ${name}’s list with ${email}.` : `Shared the list with ${email}.`);
      await target.refreshState();
    } catch (error) {
      await target.reportFailure(error, () => void share());
    }
  };
  byId(id('form')).addEventListener('submit', (event) => {
    event.preventDefault();
    void share();
  });
  updatePreview();
  return updatePreview;
}
