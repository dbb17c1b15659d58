/** Tests for the sidebar's view models (src/sidebar/view-model.ts). */
import { describe, expect, it } from 'vitest';
import type { PlanSummary, StateResult } from '../../src/addon/api.ts';
import { ISSUES_SHOWN_FIRST } from '../../src/sidebar/issue-view.ts';
import {
  buildPlanView,
  buildStatusView,
  checklistRow,
  dataFingerprint,
  leftAloneNote,
} from '../../src/sidebar/view-model.ts';
import { makePgyOne } from '../core/fixtures.ts';

function makeSummary(overrides: Partial<PlanSummary> = {}): PlanSummary {
  return {
    applicant: 'Dr Test',
    tier: 'Mildly low',
    recommended: 60,
    range: '60–80',
    counts: { Reach: 5, Target: 30, Safety: 25, 'Below minimum': 12, 'Not eligible': 3 },
    erasCost: 797,
    applyCount: 39,
    sheetName: 'Application List',
    planSheetName: 'Application Plan',
    leftAlone: [],
    dualApply: 'Not needed.',
    stepThree: 'After matching; not needed before.',
    redFlags: [],
    checklist: [],
    signals: { gold: ['Fictional Valley'], silver: [] },
    shortfall: null,
    expectedInterviews: 7.4,
    expectedWithoutSignals: 2.1,
    targetInterviews: 12,
    chanceOfTarget: 23,
    chanceOfTargetText: '23%',
    interviewAdvice: 'Expected interviews from your 39 applications: 7.4 with your signals (2.1 without).',
    pgyOne: makePgyOne({ categorical: 39 }),
    model: 'chances from the documented defaults',
    progress: null,
    nextSteps: [
      'Apply to the 39 programs marked Yes in the Apply column of your list. ERAS fees: about $797.',
    ],
    issues: [],
    issueCount: 0,
    ...overrides,
  };
}

function makeState(overrides: Partial<StateResult> = {}): StateResult {
  return {
    sheets: { profile: true, programs: true, cohort: true, settings: true },
    applicant: { name: 'Dr Test', stepTwoScore: 221, tier: 'Mildly low' },
    cohort: [],
    programCount: 42,
    missing: [],
    issues: [],
    issueCount: 0,
    settings: [],
    ...overrides,
  };
}

describe('checklistRow', () => {
  it.each([
    [true, 'met', 'Met', '✓'],
    [false, 'not-met', 'Not met', '✗'],
    [null, 'unknown', 'Unknown', '?'],
  ] as const)('marks met=%s as %s in words and symbol', (met, mark, markText, symbol) => {
    expect(checklistRow({ item: '2 radiology letters', met, detail: 'you have 1' })).toEqual({
      item: '2 radiology letters',
      detail: 'you have 1',
      mark,
      markText,
      symbol,
    });
  });
});

describe('buildPlanView', () => {
  it('says which chance model is in force and the season so far', () => {
    const view = buildPlanView(
      makeSummary({
        model: 'chances from your outcomes (412 applications, 2022–2025)',
        progress: {
          applied: 3,
          waiting: 1,
          invited: 1,
          rejected: 1,
          withdrawn: 0,
          expected: 0.6,
          withoutChance: 0,
          text: '3 applications marked, 1 invited, 1 rejected, 1 waiting.',
        },
      }),
    );
    expect(view.model).toBe('Chances from your outcomes (412 applications, 2022–2025).');
    expect(view.progress).toBe('3 applications marked, 1 invited, 1 rejected, 1 waiting.');
    expect(buildPlanView(makeSummary()).progress).toBeNull();
  });
  it('formats the ERAS cost in dollars and names the Apply count', () => {
    const view = buildPlanView(makeSummary({ erasCost: 797, applyCount: 39 }));
    expect(view.erasCost).toBe('$797');
    expect(view.erasNote).toBe('ERAS fees for the 39 programs marked Apply');
  });

  it('adds the PGY-1 applications to the ERAS cost and says what each part costs', () => {
    const pgyOne = makePgyOne({ advanced: 12, categorical: 27, recommended: 12, erasCost: 132 });
    const view = buildPlanView(makeSummary({ erasCost: 797, applyCount: 39, pgyOne }));
    expect(view.erasCost).toBe('$929');
    expect(view.erasNote).toBe(
      'ERAS fees for the 39 programs marked Apply ($797) and 12 PGY-1 programs ($132), each priced as its own specialty',
    );
  });

  it('shows the Apply set by Track once, leaving out kinds with none, with the advice and the blank-Track note', () => {
    const pgyOne = makePgyOne({
      advanced: 12,
      categorical: 20,
      unknown: 7,
      recommended: 12,
      advice: 'Advanced programs start in the second year of residency (PGY-2), …',
      unknownNote: 'The Track of 7 programs you apply to is blank, …',
    });
    const view = buildPlanView(makeSummary({ pgyOne }));
    expect(view.pgyOne).toEqual({
      tracks: 'Programs you apply to: 12 Advanced · 20 Categorical · 7 unknown',
      advice: 'Advanced programs start in the second year of residency (PGY-2), …',
      unknownNote: 'The Track of 7 programs you apply to is blank, …',
    });
    expect(buildPlanView(makeSummary({ pgyOne: makePgyOne() })).pgyOne.tracks).toBeNull();
  });

  it('lists every category in list order with the list colours for the last two', () => {
    const view = buildPlanView(makeSummary());
    expect(view.counts.map((c) => [c.category, c.count, c.tone])).toEqual([
      ['Reach', 5, 'reach'],
      ['Target', 30, 'target'],
      ['Safety', 25, 'safety'],
      ['Below minimum', 12, 'below-minimum'],
      ['Not eligible', 3, 'not-eligible'],
    ]);
  });

  it('shows 0 for a category the server left out', () => {
    const counts = { Reach: 1, Target: 2, Safety: 3 } as PlanSummary['counts'];
    const view = buildPlanView(makeSummary({ counts }));
    expect(view.counts.find((c) => c.category === 'Not eligible')?.count).toBe(0);
  });

  it.each([
    ['Competitive', 'Competitive'],
    [null, 'Unknown (no readable Step 2 CK score)'],
  ] as const)('shows tier %s as "%s"', (tier, text) => {
    expect(buildPlanView(makeSummary({ tier })).tier).toBe(text);
  });

  it('words the recommended range', () => {
    expect(buildPlanView(makeSummary({ recommended: 80, range: '80+, and dual-apply' })).recommendation).toBe(
      'Apply to 80+ programs, and dual-apply',
    );
  });

  it('names the sheet written and the applicant', () => {
    const view = buildPlanView(makeSummary({ applicant: 'Ana', sheetName: 'List – Ana' }));
    expect(view.heading).toBe('List for Ana');
    expect(view.sheetNote).toBe('Written to the "List – Ana" sheet.');
  });

  it('lists every issue, with the count the server gave, when nothing lists them above', () => {
    const issues = [{ sheet: 'Programs', row: 7, column: 6, cell: 'F7', message: 'expected a score' }];
    const one = buildPlanView(makeSummary({ issues, issueCount: 1 }));
    expect([one.issues?.heading, one.issues?.restLabel, one.issuesNote]).toEqual([
      'Data issues (1)',
      null,
      null,
    ]);
    expect(buildPlanView(makeSummary({ issues, issueCount: 4 })).issues?.restLabel).toBe('and 3 more');
    expect(buildPlanView(makeSummary()).issues).toBeNull();
  });

  it('leaves out the issues the "Your data" panel lists and says so', () => {
    const listed = { sheet: 'Programs', row: 7, column: 6, cell: 'F7', message: 'expected a score' };
    const own = {
      sheet: 'Programs',
      row: 1,
      column: 1,
      cell: 'A1',
      message: 'The live highlight could not be updated.',
    };
    const view = buildPlanView(makeSummary({ issues: [listed, own], issueCount: 2 }), [listed]);
    expect(view.issues?.first.map((row) => row.issue)).toEqual([own]);
    expect(view.issuesNote).toBe('1 data issue is listed under "Your data" above.');
    const none = buildPlanView(makeSummary({ issues: [listed], issueCount: 1 }), [listed]);
    expect([none.issues, none.issuesNote]).toEqual([null, '1 data issue is listed under "Your data" above.']);
  });

  it('passes signals, shortfall and advice through unchanged (text stays text)', () => {
    const html = '<img src=x onerror=alert(1)>';
    const view = buildPlanView(
      makeSummary({ signals: { gold: [html], silver: ['B'] }, shortfall: html, dualApply: html }),
    );
    expect(view.gold).toEqual([html]);
    expect(view.silver).toEqual(['B']);
    expect(view.shortfall).toBe(html);
    expect(view.dualApply).toBe(html);
  });
});

describe('buildStatusView', () => {
  it('labels each input sheet found or missing in words', () => {
    const view = buildStatusView(
      makeState({ sheets: { profile: true, programs: false, cohort: false, settings: true } }),
    );
    expect(view.sheets.map((s) => s.label)).toEqual([
      'Profile: found',
      'Programs: missing',
      'Cohort: missing',
      'Settings: found',
    ]);
    expect(view.offerSetup).toBe(true);
  });

  it.each([
    [{ name: 'Ana', stepTwoScore: 221, tier: 'Mildly low' as const }, 'Ana · Step 2 CK 221 · Mildly low'],
    [{ name: 'Ana', stepTwoScore: null, tier: null }, 'Ana · Step 2 CK unknown · tier unknown'],
    [
      { name: '', stepTwoScore: 250, tier: 'Competitive' as const },
      'Unnamed applicant · Step 2 CK 250 · Competitive',
    ],
    [null, 'No applicant found in the Profile sheet.'],
  ])('describes applicant %j', (applicant, text) => {
    expect(buildStatusView(makeState({ applicant })).applicant).toBe(text);
  });

  it.each([
    [[], true, false],
    [['The Programs sheet has no programs yet.'], true, false],
    [['There is no Programs sheet.'], false, true],
  ])('offers setup only when a sheet is missing (missing %j)', (missing, allSheets, offered) => {
    const sheets = { profile: allSheets, programs: allSheets, cohort: allSheets, settings: allSheets };
    expect(buildStatusView(makeState({ missing, sheets })).offerSetup).toBe(offered);
  });

  it('counts programs and cohort applicants', () => {
    const view = buildStatusView(makeState({ programCount: 1, cohort: ['A', 'B'] }));
    expect(view.programs).toBe('1 program');
    expect(view.cohort).toBe('2 cohort applicants');
    expect(buildStatusView(makeState({ cohort: [] })).cohort).toBeNull();
  });

  it('says how many issues were cut off', () => {
    const issues = Array.from({ length: 200 }, (_, i) => ({
      sheet: 'Programs',
      row: i + 2,
      column: 1,
      cell: `A${i + 2}`,
      message: 'x',
    }));
    const view = buildStatusView(makeState({ issues, issueCount: 250 })).issues;
    expect([view?.first.length, view?.rest.length, view?.restLabel]).toEqual([
      ISSUES_SHOWN_FIRST,
      200 - ISSUES_SHOWN_FIRST,
      `and ${250 - ISSUES_SHOWN_FIRST} more`,
    ]);
    expect(view?.notListed).toMatch(/^50 more are not listed here/);
  });
});

describe('buildPlanView interviews', () => {
  it('shows expected interviews with and without signals and the chance of the target', () => {
    const view = buildPlanView(makeSummary());
    expect(view.interviews).toBe('7.4 (2.1 without signals)');
    expect([view.chanceLabel, view.chanceOfTarget]).toEqual(['Chance of 12+', '23%']);
    expect(view.interviewAdvice).toContain('7.4 with your signals');
  });
});

describe('buildPlanView red flags', () => {
  it('passes the red flags through for the result panel', () => {
    expect(buildPlanView(makeSummary({ redFlags: ['1 failed USMLE attempt'] })).redFlags).toEqual([
      '1 failed USMLE attempt',
    ]);
  });
});

describe('where a list went when a person’s own sheet had its name', () => {
  it('names both sheets when the plan is not in the usual one, and says what was left alone', () => {
    const view = buildPlanView(
      makeSummary({
        sheetName: 'Application List (2)',
        planSheetName: 'Application Plan (2)',
        leftAlone: ['Application List', 'Application Plan'],
      }),
    );
    expect(view.sheetNote).toBe('Written to the "Application List (2)" and "Application Plan (2)" sheets.');
    expect(view.leftAloneNote).toBe(
      'Sheets named "Application List" and "Application Plan" that RadList did not make were left as they are.',
    );
    expect(buildPlanView(makeSummary()).leftAloneNote).toBeNull();
  });

  it.each([
    [[], null],
    [['Cohort Summary'], 'A sheet named "Cohort Summary" that RadList did not make was left as it is.'],
    [['A', 'B', 'C'], 'Sheets named "A", "B" and "C" that RadList did not make were left as they are.'],
  ])('says %j as %j', (names, note) => {
    expect(leftAloneNote(names)).toBe(note);
  });
});

describe('what to do next and stale results', () => {
  it('shows the plan summary’s next steps, in order', () => {
    const steps = ['Apply to the 39 programs …', 'Place your 6 gold signals …'];
    expect(buildPlanView(makeSummary({ nextSteps: steps })).nextSteps).toEqual(steps);
  });

  it('tells data that changed (score, programs, issues, a setting) from data that did not', () => {
    const state = makeState();
    expect(dataFingerprint(makeState())).toBe(dataFingerprint(state));
    expect(dataFingerprint(makeState({ programCount: state.programCount + 1 }))).not.toBe(
      dataFingerprint(state),
    );
    expect(dataFingerprint(makeState({ issueCount: state.issueCount + 1 }))).not.toBe(dataFingerprint(state));
  });
});
