/** Tests for what the sidebar is sent after a list is made (src/core/plan-summary.ts). */
import { describe, expect, it } from 'vitest';
import { firstIssues, ISSUES_SENT, summarizePlan } from '../../src/core/plan-summary.ts';
import type { Issue, Plan } from '../../src/core/types.ts';
import { issueAt } from '../../src/sheets/a1.ts';
import { makePgyOne } from './fixtures.ts';

const PLAN: Plan = {
  applicant: 'Ana Li',
  stepTwoScore: 222,
  failedAttempts: 0,
  tier: 'Mildly low',
  recommended: 60,
  range: '60–80',
  dualApply: 'Consider dual-applying: …',
  stepThree: 'Not needed.',
  redFlags: [],
  checklist: [{ item: '2 radiology letters', met: null, detail: '' }],
  counts: { Reach: 1, Target: 2, Safety: 3, 'Below minimum': 4, 'Not eligible': 5 },
  applyCount: 6,
  erasCost: 330,
  signals: { gold: ['A'], silver: [] },
  signalSource: 'suggested',
  shortfall: null,
  applyFill: null,
  interviews: {
    programs: 6,
    expected: 2.46,
    expectedWithoutSignals: 0.91,
    target: 12,
    chanceOfTarget: 0,
    chanceOfTargetText: 'less than 1%',
    wanted: 90,
    programsNeeded: null,
    chanceWithAll: 0,
    advice: 'Expected interviews from your 6 applications: 2.5 with your signals (0.9 without).',
  },
  geographicPreference: null,
  suggestedDivisions: [],
  geographicAdvice: '',
  dataNotes: [],
  pgyOne: makePgyOne({ categorical: 6 }),
};

describe('summarizePlan', () => {
  it('carries the plan’s figures and advice, and the sheet written', () => {
    const summary = summarizePlan(PLAN, 'List – Ana Li', []);
    expect(summary).toMatchObject({
      applicant: 'Ana Li',
      tier: 'Mildly low',
      recommended: 60,
      range: '60–80',
      erasCost: 330,
      applyCount: 6,
      sheetName: 'List – Ana Li',
      signals: { gold: ['A'], silver: [] },
      expectedInterviews: 2.5,
      expectedWithoutSignals: 0.9,
      targetInterviews: 12,
      chanceOfTarget: 0,
      chanceOfTargetText: 'less than 1%',
      interviewAdvice: 'Expected interviews from your 6 applications: 2.5 with your signals (0.9 without).',
      pgyOne: PLAN.pgyOne,
      issues: [],
      issueCount: 0,
    });
    expect(summary).not.toHaveProperty('stepTwoScore');
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('firstIssues', () => {
  it.each([0, 1, ISSUES_SENT, ISSUES_SENT + 1, 1000])(
    'sends at most 200 of %i issues and counts all',
    (n) => {
      const issues: Issue[] = Array.from({ length: n }, (_, i) => issueAt('Programs', i + 2, 1, 'x'));
      const first = firstIssues(issues);
      expect(first.issues).toEqual(issues.slice(0, ISSUES_SENT));
      expect(first.issueCount).toBe(n);
    },
  );
});
