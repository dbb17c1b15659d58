import { describe, expect, it } from 'vitest';
import { FITTED_SOURCE, fitChanceModel } from '../../src/core/chance-fit.ts';
import { WITHHELD_NOTE } from '../../src/core/outcome-privacy.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { sampleOutcomes } from '../../src/samples/sample-outcomes.ts';
import { issueAt } from '../../src/sheets/a1.ts';
import { applyModel } from '../../src/sheets/read-model.ts';
import { readOutcomes } from '../../src/sheets/read-outcomes.ts';
import { buildModelSheet, MODEL_COLUMNS } from '../../src/sheets/write-model.ts';
import { storedValues } from './write-fixtures.ts';

const s = defaultSettings(2026);

function sampleFit() {
  const read = readOutcomes(sampleOutcomes());
  const observations = read.records
    .filter((r) => r.usable)
    .map((r) => ({ ...r, cycle: r.cycle!, invited: r.invited! }));
  return fitChanceModel(observations, s, read.columns as never);
}

describe('buildModelSheet', () => {
  const fit = sampleFit();
  const sheet = buildModelSheet(fit, s, [issueAt('Outcomes', 7, 16, 'Result "maybe" is not a result')]);
  const values = storedValues(sheet.values);
  const rowOf = (label: string) => values.find((row) => row[0] === label)!;

  it('has one row per parameter: default, fitted, used and source', () => {
    expect(values[0]).toEqual([...MODEL_COLUMNS]);
    const tie = rowOf('Chance odds tie');
    expect(tie.slice(1, 5)).toEqual([
      3,
      fit.parameters.find((p) => p.key === 'chanceOddsTie')!.fitted,
      tie[3],
      tie[4],
    ]);
    expect(rowOf('Gold signal odds')[4]).toBe(fit.fitted ? FITTED_SOURCE : 'Documented default');
    expect(rowOf('Chance odds per failed attempt').slice(1, 5)).toEqual([0.5, '', 0.5, 'Documented default']);
  });

  it('says how many outcomes were used, the held-out scores and the calibration, blanking small bands', () => {
    expect(rowOf('Usable rows')[1]).toBe(fit.rows);
    expect(rowOf('Log-loss')[1]).toBeCloseTo(fit.heldOut!.defaults.logLoss, 3);
    const bands = fit.calibration;
    for (const band of bands) {
      const line = rowOf(band.band);
      if (band.withheld) expect(line.slice(1, 6)).toEqual(['', '', '', '', WITHHELD_NOTE]);
      else expect(line[3]).toBe(band.count);
    }
    expect(values.some((row) => row[0] === 'Outcomes' && row[1] === 'P7')).toBe(true);
  });

  it('shows each held-out score of the defaults and of the fit to 4 decimals, Log-loss then Brier score', () => {
    const held = fit.heldOut!;
    const at = (label: string) => values.findIndex((row) => row[0] === label);
    expect(at('Brier score')).toBe(at('Log-loss') + 1);
    const round = (x: number | undefined) => (x === undefined ? '' : Math.round(x * 1e4) / 1e4);
    expect(rowOf('Log-loss').slice(1, 3)).toEqual([
      round(held.defaults.logLoss),
      round(held.fitted?.logLoss),
    ]);
    expect(rowOf('Brier score').slice(1, 3)).toEqual([round(held.defaults.brier), round(held.fitted?.brier)]);
    expect(rowOf('Brier score')[5]).toContain('squared gap');
  });

  it('is read back by the formulas: the fitted values used, and nothing else', () => {
    const back = applyModel(values, s);
    for (const p of fit.parameters) expect(back.settings[p.key], p.key).toBe(p.used);
    expect(back.fitted.length).toBe(fit.parameters.filter((p) => p.source === FITTED_SOURCE).length);
    expect(back.issues).toEqual([]);
  });
});

describe('buildModelSheet with many unreadable Outcomes cells', () => {
  it('lists the first 1,000 by cell and says how many more there are', () => {
    const fit = fitChanceModel([], s, []);
    const issues = Array.from({ length: 1203 }, (_, i) => issueAt('Outcomes', i + 2, 16, 'not a result'));
    const values = buildModelSheet(fit, s, issues).values;
    expect(values.filter((row) => row[0] === 'Outcomes')).toHaveLength(1000);
    expect(values[values.length - 1]![0]).toBe('… and 203 more');
  });
});

describe('applyModel', () => {
  const header = ['Parameter', 'Default', 'Fitted', 'Used', 'Source', 'Details'];

  it('ignores rows that are not fitted, and values out of range with an issue by cell', () => {
    const back = applyModel(
      [
        header,
        ['Chance odds tie', 3, 2, 2, 'Documented default', ''],
        ['Chance odds rotated here', 4, 500, 500, FITTED_SOURCE, ''],
        ['Gold signal odds', 14.43, 10, 10, FITTED_SOURCE, ''],
      ],
      s,
    );
    expect(back.settings.chanceOddsTie).toBe(3);
    expect(back.settings.chanceOddsRotated).toBe(4);
    expect(back.settings.signalOddsGold).toBe(10);
    expect(back.issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Model!D3']);
  });

  it('falls back to Settings for an edited pair that breaks an order (silver above gold)', () => {
    const back = applyModel([header, ['Silver signal odds', 5.9, 20, 20, FITTED_SOURCE, '']], s);
    expect(back.settings.signalOddsSilver).toBe(5.9);
    expect(back.fitted).toEqual([]);
  });

  it('changes nothing for a sheet without the Model header', () => {
    expect(applyModel([['My own model'], ['x']], s).settings).toEqual(s);
  });
});
