/**
 * The seed's three scenarios end to end, through the built bundle in the emulator: the sample workbook with the
 * Profile's Step 2 CK at 221, at 213, and at 205 with two failed attempts. Each plan must be one an advisor would
 * sign: categories that make sense for a low-score US IMG, expected interviews and a chance of the target that
 * are plausible and explained, and dual-apply advice where the guide calls for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/addon/api.ts';
import { sampleWorkbook } from '../../src/samples/sample-workbook.ts';
import { listRows, openWorkbook, valuesOf } from './harness.ts';

interface Scenario {
  label: string;
  profile: Record<string, unknown>;
}

const SCENARIOS: Scenario[] = [
  { label: '221', profile: { 'Step 2 CK': 221 } },
  { label: '213', profile: { 'Step 2 CK': 213 } },
  {
    label: '205 with 2 failures',
    profile: { 'Step 2 CK': 205, 'Step 1 attempts': 2, 'Step 2 CK attempts': 2 },
  },
];

interface Outcome {
  summary: PlanSummary;
  rows: Record<string, unknown>[];
  plan: unknown[][];
}

function run(scenario: Scenario): Outcome {
  // The seed's scenarios are about the documented defaults: the sample's Outcomes history (which would fit
  // the model to it) is left out.
  const { Outcomes: _history, ...sheets } = sampleWorkbook();
  sheets.Profile = sheets.Profile.map((row) =>
    String(row[0]) in scenario.profile ? [row[0], scenario.profile[String(row[0])]] : row,
  );
  const book = openWorkbook(sheets);
  const reply = book.bundle.callServer('generateList', {});
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return {
    summary: reply.result as PlanSummary,
    rows: listRows(book),
    plan: valuesOf(book, 'Application Plan'),
  };
}

const outcomes = new Map<string, Outcome>();

describe('the seed scenarios, end to end', () => {
  beforeAll(() => {
    for (const scenario of SCENARIOS) outcomes.set(scenario.label, run(scenario));
  });

  it.each(SCENARIOS.map((s) => s.label))(
    '%s: every eligible row has a whole-percent Chance explained in Why',
    (label) => {
      const { rows } = outcomes.get(label)!;
      for (const row of rows) {
        const eligible = ['Reach', 'Target', 'Safety'].includes(String(row.Category));
        if (!eligible) {
          expect(row.Chance).toBe('');
          continue;
        }
        const percent = Math.round(Number(row.Chance) * 100);
        expect(percent).toBeGreaterThanOrEqual(1);
        expect(String(row.Why)).toMatch(new RegExp(`^Chance ${percent}%: US IMG base 5% → `));
      }
    },
  );

  it('gives no low-score IMG a Safety, and more programs out of reach as the score falls', () => {
    const count = (label: string, category: string) =>
      outcomes.get(label)!.rows.filter((r) => r.Category === category).length;
    for (const { label } of SCENARIOS) expect(count(label, 'Safety')).toBe(0);
    expect(count('213', 'Below minimum')).toBeGreaterThan(count('221', 'Below minimum'));
    expect(
      count('205 with 2 failures', 'Below minimum') + count('205 with 2 failures', 'Not eligible'),
    ).toBeGreaterThan(count('213', 'Below minimum') + count('213', 'Not eligible'));
  });

  it('expects fewer interviews as the profile weakens, signals adding most of them', () => {
    const expected = SCENARIOS.map(({ label }) => outcomes.get(label)!.summary.expectedInterviews);
    expect(expected[0]!).toBeGreaterThan(expected[1]!);
    expect(expected[1]!).toBeGreaterThan(expected[2]!);
    for (const { label } of SCENARIOS) {
      const { summary } = outcomes.get(label)!;
      expect(summary.expectedInterviews).toBeGreaterThan(summary.expectedWithoutSignals);
      expect(summary.expectedInterviews).toBeLessThanOrEqual(summary.applyCount);
    }
    // Plausible for a low-score US IMG with a failed attempt, five years out, on a 40-program sheet.
    expect(expected[0]!).toBeGreaterThan(2);
    expect(expected[0]!).toBeLessThan(12);
  });

  it('gives a chance of 12 interviews that is low and explained, with what to do', () => {
    for (const { label } of SCENARIOS) {
      const { summary, plan } = outcomes.get(label)!;
      expect(summary.chanceOfTarget).toBeLessThan(50);
      expect(summary.interviewAdvice).toMatch(/Chance of at least 12: /);
      expect(summary.interviewAdvice).toMatch(/No number of the programs|Applying to \d+ programs/);
      const row = plan.find((r) => String(r[0]).startsWith('Programs for a 90% chance'));
      expect(row?.[2]).toBe(summary.interviewAdvice);
    }
  });

  it('advises dual-applying where the guide does, and says so in what to do', () => {
    const last = outcomes.get('205 with 2 failures')!.summary;
    expect(last.dualApply).toMatch(/^Dual-apply: with 2 failed USMLE attempts/);
    expect(last.recommended).toBe(80);
    expect(last.interviewAdvice).toContain('dual-apply with a backup specialty as advised');
    expect(outcomes.get('213')!.summary.dualApply).toMatch(/^Consider dual-applying/);
    expect(outcomes.get('221')!.summary.dualApply).toBe('Not needed: apply to DR only.');
  });

  it('suggests signals only on Apply rows and geographic-preference divisions where the ties are', () => {
    for (const { label } of SCENARIOS) {
      const { rows, plan } = outcomes.get(label)!;
      for (const row of rows) if (row.Signal !== '') expect(row.Apply).toBe('Yes');
      const geo = plan.find((r) => r[0] === 'Geographic preference');
      expect(String(geo?.[1])).toMatch(/^Geographic preference: not chosen yet\. Consider: /);
    }
    const geo = outcomes.get('221')!.plan.find((r) => r[0] === 'Geographic preference');
    expect(String(geo?.[1])).toContain('East North Central (tie: Milwaukee; 1 rotation');
  });
});

describe('the list sheet a person fills in', () => {
  it('offers dropdowns for Signal sent and Status, shows Chance as a percent, and counts a signal sent', () => {
    const book = openWorkbook(sampleWorkbook());
    expect(book.bundle.callServer('generateList', {}).ok).toBe(true);
    const sheet = book.emulator.spreadsheet.inspect('Application List')!;
    const header = sheet.values[0]!.map(String);
    const at = (column: string) => header.indexOf(column);
    const rows = listRows(book);
    const last = rows.length;
    for (const row of [1, last]) {
      expect(sheet.dataValidations[row]?.[at('Signal sent')]).toMatchObject({
        values: ['Gold', 'Silver'],
        showDropdown: true,
        allowInvalid: true,
      });
      expect(sheet.dataValidations[row]?.[at('Status')]?.values).toEqual([
        'Applied',
        'Invited',
        'Interviewed',
        'Rejected',
        'Withdrawn',
        'Ranked',
        'Matched',
      ]);
      expect(sheet.dataValidations[row]?.[at('Apply')]).toBeNull();
      expect(sheet.numberFormats[row]?.[at('Chance')]).toBe('0%');
    }
    const firstChance = Number(rows[0]!.Chance);
    expect(sheet.displayValues[1]?.[at('Chance')]).toBe(`${Math.round(firstChance * 100)}%`);

    // The applicant sends a gold signal to a program RadList did not suggest, and marks another Applied.
    const pick = rows.findIndex((row) => row.Apply === 'Yes' && row.Signal === '');
    expect(pick).toBeGreaterThanOrEqual(0);
    const before = (book.bundle.callServer('generateList', {}) as { result: { signals: { gold: string[] } } })
      .result.signals.gold;
    book.emulator.spreadsheet.typeAsPerson('Application List', pick + 2, at('Signal sent') + 1, 'Gold');
    book.emulator.spreadsheet.typeAsPerson('Application List', pick + 2, at('Status') + 1, 'Applied');
    const again = book.bundle.callServer('generateList', {}) as {
      result: { signals: { gold: string[] }; expectedInterviews: number };
    };
    const name = String(rows[pick]!.Program);
    expect(again.result.signals.gold).toContain(name);
    expect(again.result.signals.gold).toHaveLength(before.length);
    const after = listRows(book).find((row) => row.Program === name)!;
    expect([after['Signal sent'], after.Status, after.Signal]).toEqual(['Gold', 'Applied', '']);
    expect(String(after.Why)).toContain('With your gold signal');
  });
});
