import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings.ts';
import { sampleOutcomes } from '../../src/samples/sample-outcomes.ts';
import { FIT_COLUMNS, modelFromOutcomes, observationsOf } from '../../src/sheets/outcome-model.ts';
import { readOutcomes } from '../../src/sheets/read-outcomes.ts';

const s = defaultSettings(2026);
/** The sample Outcomes sheet: its header and first 40 applications. */
const SHEET = sampleOutcomes().slice(0, 41);
const HEADER = SHEET[0] as string[];

/** The sheet without one column. */
function without(header: string): unknown[][] {
  const at = HEADER.indexOf(header);
  return SHEET.map((r) => r.filter((_, j) => j !== at));
}

describe('FIT_COLUMNS', () => {
  it('names only columns the Outcomes reader reports, so a full sheet gives the fit every one', () => {
    expect(readOutcomes(SHEET).columns).toEqual(expect.arrayContaining([...FIT_COLUMNS]));
  });
});

describe('observationsOf', () => {
  it('keeps the usable rows only (a cycle, an applicant and a result)', () => {
    const full = observationsOf(readOutcomes(SHEET));
    const [first, second] = readOutcomes(SHEET).records.filter((r) => r.usable);
    const values = SHEET.map((r) => [...r]);
    values[first!.row - 1]![HEADER.indexOf('Result')] = '';
    values[second!.row - 1]![HEADER.indexOf('Applicant')] = '';
    const observations = observationsOf(readOutcomes(values));
    expect(full.length).toBeGreaterThan(20);
    expect(observations).toHaveLength(full.length - 2);
    expect(observations).toEqual(full.slice(2).map((o) => expect.objectContaining(o)));
    expect(observations.every((o) => typeof o.cycle === 'number' && typeof o.invited === 'boolean')).toBe(
      true,
    );
  });
});

describe('modelFromOutcomes', () => {
  it('keeps the Settings values without an Outcomes sheet', () => {
    const fit = modelFromOutcomes(null, s);
    expect(fit.fitted).toBe(false);
    expect(fit.rows).toBe(0);
  });

  it('tells the fit which columns the sheet lacks', () => {
    const note = (values: unknown[][]) =>
      modelFromOutcomes(readOutcomes(values), s).parameters.find((p) => p.key === 'signalOddsGold')?.note;
    expect(note(without('Signal'))).toContain('Outcomes has no "Signal" column');
    expect(note(SHEET)).not.toContain('no "Signal" column');
  });
});
