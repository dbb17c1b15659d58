import { describe, expect, it } from 'vitest';
import { type OutcomeColumn, toCoefficient } from '../../src/core/chance-features.ts';
import {
  cycleText,
  FITTED_SOURCE,
  fitChanceModel,
  MIN_ROWS_PER_RESULT,
  resultBalance,
} from '../../src/core/chance-fit.ts';
import { defaultSettings, type Settings } from '../../src/core/settings.ts';
import { syntheticObservations } from './outcome-fixtures.ts';

const s = defaultSettings(2026);
const ALL_COLUMNS: OutcomeColumn[] = [
  'applicantType',
  'stepTwoScore',
  'typicalStepTwo',
  'minStepTwo',
  'imgShare',
  'programType',
  'rotated',
  'ties',
  'signal',
];

/** "True" values away from the defaults, every one inside its Settings range and orders. */
const TRUTH: Settings = {
  ...s,
  chanceBaseUsMd: 14,
  chanceBaseDo: 9,
  chanceBaseUsImg: 7,
  chanceBaseNonUsImg: 3,
  chanceOddsPer10Below: 0.3,
  chanceOddsPer10Above: 1.4,
  chanceOddsPer10ImgShare: 1.4,
  chanceOddsCommunity: 2,
  chanceOddsHybrid: 1.1,
  chanceOddsRotated: 6,
  chanceOddsTie: 2,
  signalOddsGold: 10,
  signalOddsSilver: 4,
};

describe('fitChanceModel', () => {
  it('recovers known parameters from 16,000 synthetic outcomes: every one within 0.25 in log-odds (odds within ×1.28), the score slopes within 0.1', () => {
    const observations = syntheticObservations(TRUTH, {
      applicants: 400,
      perApplicant: 40,
      cycles: [2024, 2025],
      seed: 20260612,
    });
    const fit = fitChanceModel(observations, s, ALL_COLUMNS);
    expect(fit.fitted).toBe(true);
    expect(fit.summary).toBe('chances from your outcomes (16,000 applications, 2024, 2025)');
    expect(fit.validation).toBe('fitted on 2024, tested on 2025 (8,000 applications)');
    expect(fit.heldOut!.fitted!.logLoss).toBeLessThan(fit.heldOut!.defaults.logLoss);
    for (const p of fit.parameters) {
      const error = Math.abs(toCoefficient(p.key, p.used) - toCoefficient(p.key, TRUTH[p.key]));
      expect(error, p.key).toBeLessThan(p.key.startsWith('chanceOddsPer10') ? 0.1 : 0.25);
      expect(p.source).toBe(FITTED_SOURCE);
      expect(fit.settings[p.key]).toBe(p.used);
    }
  });

  it('keeps the defaults below the Settings thresholds, and says how many rows and applicants there are', () => {
    const observations = syntheticObservations(TRUTH, {
      applicants: 19,
      perApplicant: 40,
      cycles: [2025],
      seed: 3,
    });
    const fit = fitChanceModel(observations, s, ALL_COLUMNS);
    expect(fit.fitted).toBe(false);
    expect(fit.summary).toBe('chances from the documented defaults');
    expect(fit.reason).toContain(
      '760 usable rows from 19 applicants; fitting needs at least 200 rows from 20 applicants',
    );
    expect(fit.settings).toEqual(s);
    expect(fit.parameters.every((p) => p.fitted === null && p.used === s[p.key])).toBe(true);
    expect(fit.heldOut?.fitted).toBeNull();
    const fewer = fitChanceModel(observations.slice(0, 190), { ...s, outcomesMinApplicants: 5 }, ALL_COLUMNS);
    expect(fewer.reason).toContain('190 usable rows from 5 applicants; fitting needs at least 200 rows');
  });

  it('tests on grouped folds instead when the latest cycle holds applications of fewer than 5 applicants', () => {
    const earlier = syntheticObservations(TRUTH, {
      applicants: 60,
      perApplicant: 20,
      cycles: [2024, 2025],
      seed: 23,
    });
    const latest = syntheticObservations(TRUTH, {
      applicants: 4,
      perApplicant: 20,
      cycles: [2026],
      seed: 29,
    }).map((o) => ({ ...o, applicant: `N-${o.applicant}` }));
    const fit = fitChanceModel([...earlier, ...latest], s, ALL_COLUMNS);
    expect(fit.validation).toMatch(/^5 folds grouped by applicant/);
    expect(fit.cycles).toEqual([2024, 2025, 2026]);
  });

  it('fits with 5 folds grouped by applicant when every outcome is from one cycle', () => {
    const observations = syntheticObservations(TRUTH, {
      applicants: 60,
      perApplicant: 30,
      cycles: [2025],
      seed: 5,
    });
    const fit = fitChanceModel(observations, s, ALL_COLUMNS);
    expect(fit.validation).toMatch(/^5 folds grouped by applicant/);
    expect(fit.heldOut!.rows).toBe(1800);
  });

  it('leaves a parameter at its value when Outcomes has no column for it, and says which column', () => {
    const observations = syntheticObservations(TRUTH, {
      applicants: 100,
      perApplicant: 30,
      cycles: [2024, 2025],
      seed: 7,
    });
    const fit = fitChanceModel(
      observations,
      s,
      ALL_COLUMNS.filter((c) => c !== 'signal' && c !== 'rotated'),
    );
    const gold = fit.parameters.find((p) => p.key === 'signalOddsGold')!;
    expect(gold).toMatchObject({ fitted: null, used: 14.43, source: 'Documented default' });
    expect(gold.note).toBe('Not fitted: Outcomes has no "Signal" column.');
    expect(fit.parameters.find((p) => p.key === 'chanceOddsRotated')!.note).toContain('"Rotated"');
  });

  it('calls a Settings value the advisor changed "Your Settings", and pulls towards it', () => {
    const mine = { ...s, chanceOddsTie: 5 };
    const fit = fitChanceModel([], mine, ALL_COLUMNS);
    expect(fit.parameters.find((p) => p.key === 'chanceOddsTie')).toMatchObject({
      default: 5,
      used: 5,
      source: 'Your Settings',
    });
  });

  it('keeps the defaults when the fit does not predict the latest cycle better, showing the fitted values beside them', () => {
    // Earlier cycles follow very different rules from the latest one, which follows the defaults.
    const earlier = syntheticObservations(
      { ...TRUTH, chanceBaseUsImg: 30, chanceBaseNonUsImg: 25, chanceOddsCommunity: 6, signalOddsGold: 60 },
      { applicants: 60, perApplicant: 30, cycles: [2023, 2024], seed: 11 },
    );
    const latest = syntheticObservations(s, {
      applicants: 30,
      perApplicant: 30,
      cycles: [2025],
      seed: 12,
    }).map((o) => ({ ...o, applicant: `L-${o.applicant}` }));
    const fit = fitChanceModel([...earlier, ...latest], s, ALL_COLUMNS);
    expect(fit.fitted).toBe(false);
    expect(fit.reason).toMatch(/did not predict held-out outcomes better than the defaults/);
    expect(fit.settings).toEqual(s);
    const base = fit.parameters.find((p) => p.key === 'chanceBaseUsImg')!;
    expect(base.fitted).toBeGreaterThan(10);
    expect(base.used).toBe(5);
    expect(base.note).toBe('Fitted, not used: the fit did not predict held-out outcomes better.');
  });

  it('holds a parameter at its Settings bound rather than let a rotation lower the chance', () => {
    const observations = syntheticObservations(
      { ...TRUTH, chanceOddsRotated: 0.2 },
      { applicants: 300, perApplicant: 40, cycles: [2024, 2025], seed: 13, rotated: 0.25 },
    );
    const fit = fitChanceModel(observations, s, ALL_COLUMNS);
    const rotated = fit.parameters.find((p) => p.key === 'chanceOddsRotated')!;
    expect(rotated.fitted).toBe(1);
    expect(rotated.note).toBe('Fitted, held at the edge of its Settings range (1–100).');
  });

  it('never shows a calibration band drawn from fewer than 5 applicants', () => {
    const observations = syntheticObservations(TRUTH, {
      applicants: 24,
      perApplicant: 20,
      cycles: [2024, 2025],
      seed: 17,
    });
    const fit = fitChanceModel(observations, s, ALL_COLUMNS);
    for (const band of fit.calibration) {
      if (band.withheld)
        expect([band.count, band.observedRate, band.meanPredicted, band.applicants]).toEqual([
          null,
          null,
          null,
          null,
        ]);
      else expect(band.applicants === 0 || band.applicants! >= 5).toBe(true);
    }
  });

  it('gives the same answer every time', () => {
    const observations = syntheticObservations(TRUTH, {
      applicants: 40,
      perApplicant: 20,
      cycles: [2025],
      seed: 19,
    });
    expect(fitChanceModel(observations, s, ALL_COLUMNS)).toEqual(
      fitChanceModel(observations, s, ALL_COLUMNS),
    );
  });
});

describe('a one-sided Outcomes sheet', () => {
  const observations = syntheticObservations(TRUTH, {
    applicants: 100,
    perApplicant: 20,
    cycles: [2024, 2025],
    seed: 11,
  });

  it('is not fitted when it holds only invitations: the defaults stay and the reason asks for the applications that got none', () => {
    const invitedOnly = observations.filter((o) => o.invited);
    expect(invitedOnly.length).toBeGreaterThanOrEqual(s.outcomesMinRows);
    const fit = fitChanceModel(invitedOnly, s, ALL_COLUMNS);
    expect(fit.fitted).toBe(false);
    expect(fit.settings).toEqual(s);
    expect(fit.reason).toContain(
      `Outcomes has ${invitedOnly.length} applications that got an invitation and none that got no invitation`,
    );
    expect(fit.reason).toContain('Add the applications that got no invitation, with Result "Not invited"');
    // The same rows everybody invited: a fit would call every program a sure interview.
    const everyone = observations.map((o) => ({ ...o, invited: true }));
    expect(fitChanceModel(everyone, s, ALL_COLUMNS).fitted).toBe(false);
  });

  it('is not fitted with a handful of "Not invited" rows either, nor with refusals only', () => {
    const invited = observations.filter((o) => o.invited);
    const few = [...invited, ...observations.filter((o) => !o.invited).slice(0, MIN_ROWS_PER_RESULT - 1)];
    const fit = fitChanceModel(few, s, ALL_COLUMNS);
    expect(fit.fitted).toBe(false);
    expect(fit.reason).toMatch(/and only 9 \(from \d+ applicants?\) that got no invitation/);
    const refusals = observations.map((o) => ({ ...o, invited: false }));
    const none = fitChanceModel(refusals, s, ALL_COLUMNS);
    expect(none.fitted).toBe(false);
    expect(none.reason).toMatch(
      /got no invitation and none that got one .* Add the applications that got an invitation/,
    );
  });

  it('says a sheet is one-sided even when it is also too small, and never calls a parameter fitted when no fit ran', () => {
    const invitedOnly = observations.filter((o) => o.invited).slice(0, 150);
    const fit = fitChanceModel(invitedOnly, s, ALL_COLUMNS);
    expect(fit.reason).toMatch(
      /^Outcomes has 150 usable rows from \d+ applicants; fitting needs at least 200 rows/,
    );
    expect(fit.reason).toContain('and none that got no invitation');
    const notes = fit.parameters.map((p) => p.note);
    expect(notes.some((note) => note.startsWith('Fitted'))).toBe(false);
    expect(notes).toContain('Not fitted: Outcomes has too few usable rows (see In force).');
    const oneSided = fitChanceModel(
      observations.map((o) => ({ ...o, invited: true })),
      s,
      ALL_COLUMNS,
    );
    expect(oneSided.parameters.some((p) => p.note.startsWith('Fitted'))).toBe(false);
  });

  it("leaves an applicant type's base chance unfitted when that type's rows are one-sided, and fits the rest", () => {
    const big = syntheticObservations(TRUTH, {
      applicants: 120,
      perApplicant: 30,
      cycles: [2024, 2025],
      seed: 13,
    });
    const doInvitedOnly = big.map((o) => (o.applicantType === 'DO' ? { ...o, invited: true } : o));
    const fit = fitChanceModel(doInvitedOnly, s, ALL_COLUMNS);
    const base = fit.parameters.find((p) => p.key === 'chanceBaseDo')!;
    expect(base).toMatchObject({ fitted: null, used: s.chanceBaseDo });
    expect(base.note).toMatch(/^Not fitted: its applications include none that got no invitation/);
    expect(fit.parameters.find((p) => p.key === 'chanceBaseUsImg')!.fitted).not.toBeNull();
  });
});

describe('resultBalance', () => {
  it('names the rarer result when either has fewer than 10 rows or 5 applicants', () => {
    const rows = (n: number, invited: boolean, applicants: number) =>
      Array.from({ length: n }, (_, i) => ({ applicant: `A${i % applicants}`, invited }));
    expect(resultBalance([...rows(10, true, 5), ...rows(10, false, 5)]).short).toBeNull();
    expect(resultBalance([...rows(10, true, 5), ...rows(9, false, 5)]).short).toBe('not invited');
    expect(resultBalance([...rows(30, true, 4), ...rows(300, false, 20)]).short).toBe('invited');
    expect(resultBalance([...rows(3, true, 3), ...rows(2, false, 2)]).short).toBe('not invited');
    expect(resultBalance([...rows(12, true, 5), ...rows(40, false, 9)])).toEqual({
      invited: { rows: 12, applicants: 5 },
      notInvited: { rows: 40, applicants: 9 },
      short: null,
    });
  });
});

describe('cycleText', () => {
  it('joins consecutive cycles with a dash and lists the others', () => {
    expect(cycleText([2022, 2023, 2024])).toBe('2022–2024');
    expect(cycleText([2024, 2025])).toBe('2024, 2025');
    expect(cycleText([2021, 2023, 2024])).toBe('2021, 2023, 2024');
  });
});
