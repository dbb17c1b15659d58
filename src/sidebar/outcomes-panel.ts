/**
 * "Save outcomes" on both tabs (the applicant's own and the advisor's Cohort tab): a cycle, "The season is
 * over" and a button that calls `saveOutcomes`. Both forms do the same thing for the whole spreadsheet (every
 * list's statuses); each shows its own result.
 */
import type { StateResult } from '../addon/api.ts';
import { byId, el, replaceChildren } from './dom.ts';
import { announce, clearError, whileBusy } from './feedback.ts';
import { renderIssues, type SelectIssue } from './issue-list.ts';
import { buildIssueListView } from './issue-view.ts';
import { buildOutcomesView, cycleOf } from './outcomes-view.ts';
import { callServer } from './server.ts';

/** The two forms, by the prefix of their element ids. */
const FORMS = ['mine', 'cohort'] as const;
type Form = (typeof FORMS)[number];

interface OutcomesHooks {
  onSelect: SelectIssue;
  reportFailure: (error: unknown, retry: () => void) => Promise<void>;
  /** After a save: the data panel is read again (and a list made before it is marked out of date). */
  afterSave?: () => Promise<unknown>;
}

let hooks: OutcomesHooks = { onSelect: () => {}, reportFailure: async () => {} };

/**
 * Puts the cycle in force into the forms' cycle boxes, unless someone typed one already.
 *
 * @param state - what `getState` returned
 */
export function showOutcomesState(state: StateResult): void {
  const cycle = cycleOf(state);
  if (cycle === null) return;
  for (const form of FORMS) {
    const input = byId<HTMLInputElement>(`${form}-outcomes-cycle`);
    if (input.dataset.typed !== 'true') input.value = String(cycle);
  }
}

async function save(form: Form): Promise<void> {
  const input = byId<HTMLInputElement>(`${form}-outcomes-cycle`);
  const output = byId(`${form}-outcomes-result`);
  const text = input.value.trim();
  const cycle = text === '' ? undefined : Number(text);
  const final = byId<HTMLInputElement>(`${form}-outcomes-final`).checked;
  try {
    const result = await whileBusy(byId<HTMLButtonElement>(`${form}-outcomes-save`), 'Saving…', output, () =>
      callServer('saveOutcomes', cycle === undefined ? { final } : { cycle, final }),
    );
    clearError();
    const view = buildOutcomesView(result);
    replaceChildren(
      output,
      el('p', { class: 'success', 'data-testid': `${form}-outcomes-saved` }, view.sentence),
      view.waiting ? el('p', { class: 'muted' }, view.waiting) : null,
      el('p', { class: 'muted' }, view.next),
      renderIssues(buildIssueListView(result.issues, result.issueCount), hooks.onSelect),
    );
    announce(view.sentence);
    await hooks.afterSave?.();
  } catch (error) {
    await hooks.reportFailure(error, () => void save(form));
  }
}

/**
 * Wires both "Save outcomes" forms; called once at start-up.
 *
 * @param outcomesHooks - issue clicks and failure reporting from main.ts
 */
export function wireOutcomes(outcomesHooks: OutcomesHooks): void {
  hooks = outcomesHooks;
  for (const form of FORMS) {
    const input = byId<HTMLInputElement>(`${form}-outcomes-cycle`);
    input.addEventListener('input', () => {
      input.dataset.typed = 'true';
    });
    byId(`${form}-outcomes-form`).addEventListener('submit', (event) => {
      event.preventDefault();
      void save(form);
    });
  }
}
