/**
 * The result of "Generate my list" (or "Open list" for a cohort applicant): what to do next first, then tier,
 * recommended range, ERAS cost, expected interviews and the chance of the target, category counts, advice,
 * the PGY-1 year, checklist, signal suggestions, shortfall, the sheet written and issues.
 */
import type { PlanSummary } from '../addon/api.ts';
import type { Issue } from '../core/types.ts';
import { el } from './dom.ts';
import { renderIssues, type SelectIssue } from './issue-list.ts';
import { buildPlanView } from './view-model.ts';

/**
 * Builds the result block for a plan summary.
 *
 * @param summary - what `generateList` returned
 * @param onSelect - what clicking an issue does
 * @param listedAbove - the issues the "Your data" panel lists now (not repeated here), or null to list all
 * @returns the block to place in `#result` or `#cohort-result`
 * @example
 * replaceChildren(byId('result'), renderPlan(summary, selectIssueCell, state.issues));
 */
export function renderPlan(
  summary: PlanSummary,
  onSelect: SelectIssue,
  listedAbove: readonly Issue[] | null = null,
): HTMLElement {
  const view = buildPlanView(summary, listedAbove);
  const counts = view.counts.map((entry) =>
    el(
      'li',
      { class: entry.tone, 'data-category': entry.category },
      el('span', {}, entry.category),
      el('strong', {}, String(entry.count)),
    ),
  );
  const checklist = view.checklist.map((row) =>
    el(
      'li',
      { 'data-mark': row.mark },
      el('span', { class: `mark ${row.mark}` }, `${row.symbol} ${row.markText}`),
      ' ',
      row.item,
      row.detail ? el('span', { class: 'muted' }, ` — ${row.detail}`) : null,
    ),
  );
  return el(
    'div',
    { class: 'plan' },
    el('h2', { tabindex: '-1' }, view.heading),
    el('p', { class: 'success' }, view.sheetNote),
    view.nextSteps.length > 0 ? el('h3', {}, 'What to do next') : null,
    view.nextSteps.length > 0
      ? el(
          'ol',
          { class: 'next-steps', 'data-testid': 'result-next-steps' },
          ...view.nextSteps.map((step) => el('li', {}, step)),
        )
      : null,
    view.leftAloneNote
      ? el('p', { class: 'notice', 'data-testid': 'result-left-alone' }, view.leftAloneNote)
      : null,
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, 'Tier'),
      el('dd', { 'data-testid': 'result-tier' }, view.tier),
      el('dt', {}, 'Apply to'),
      el('dd', { 'data-testid': 'result-range' }, view.recommendation.replace(/^Apply to /, '')),
      el('dt', {}, 'ERAS cost'),
      el('dd', { 'data-testid': 'result-eras' }, view.erasCost),
      el('dt', {}, 'Interviews'),
      el('dd', { 'data-testid': 'result-interviews' }, view.interviews),
      el('dt', {}, view.chanceLabel),
      el('dd', { 'data-testid': 'result-chance-of-target' }, view.chanceOfTarget),
    ),
    el('p', { class: 'muted' }, view.erasNote),
    el('p', { 'data-testid': 'result-interview-advice' }, view.interviewAdvice),
    el('p', { class: 'muted', 'data-testid': 'result-model' }, view.model),
    view.progress ? el('h3', {}, 'Season so far') : null,
    view.progress ? el('p', { 'data-testid': 'result-progress' }, view.progress) : null,
    view.shortfall ? el('div', { class: 'notice', 'data-testid': 'result-shortfall' }, view.shortfall) : null,
    el('h3', {}, 'Programs by category'),
    el('ul', { class: 'counts', 'data-testid': 'result-counts' }, ...counts),
    el('h3', {}, 'Dual application'),
    el('p', {}, view.dualApply),
    el('h3', {}, 'Step 3'),
    el('p', {}, view.stepThree),
    el('h3', {}, 'PGY-1 year'),
    el(
      'div',
      { 'data-testid': 'result-pgy-one' },
      view.pgyOne.tracks ? el('p', { class: 'muted' }, view.pgyOne.tracks) : null,
      el('p', {}, view.pgyOne.advice),
      view.pgyOne.unknownNote ? el('p', { class: 'muted' }, view.pgyOne.unknownNote) : null,
    ),
    view.redFlags.length > 0 ? el('h3', {}, 'Red flags to be ready to explain') : null,
    view.redFlags.length > 0
      ? el('ul', { 'data-testid': 'result-red-flags' }, ...view.redFlags.map((flag) => el('li', {}, flag)))
      : null,
    checklist.length > 0 ? el('h3', {}, 'Checklist') : null,
    checklist.length > 0
      ? el('ul', { class: 'checklist', 'data-testid': 'result-checklist' }, ...checklist)
      : null,
    el('h3', {}, 'Signal suggestions'),
    signalList('Gold', view.gold),
    signalList('Silver', view.silver),
    view.issuesNote
      ? el('p', { class: 'muted', 'data-testid': 'result-issues-note' }, view.issuesNote)
      : null,
    renderIssues(view.issues, onSelect),
  );
}

function signalList(kind: string, programs: readonly string[]): HTMLElement {
  if (programs.length === 0) return el('p', { class: 'muted' }, `${kind}: no suggestions.`);
  return el(
    'div',
    { 'data-testid': `result-${kind.toLowerCase()}` },
    el('p', {}, `${kind} (${programs.length})`),
    el('ol', {}, ...programs.map((name) => el('li', {}, name))),
  );
}
