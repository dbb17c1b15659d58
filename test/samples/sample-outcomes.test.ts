import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../src/core/logistic-fit.ts';
import { SAMPLE_OUTCOME_CYCLES, sampleOutcomes } from '../../src/samples/sample-outcomes.ts';
import { SAMPLE_PROGRAMS } from '../../src/samples/sample-programs.ts';
import { OUTCOME_HEADERS, readOutcomes } from '../../src/sheets/read-outcomes.ts';
import { readPrograms } from '../../src/sheets/read-programs.ts';

const values = sampleOutcomes();
const read = readOutcomes(values);
const usable = read.records.filter((r) => r.usable);

describe('sampleOutcomes', () => {
  it('is the same on every call and a fresh array each time', () => {
    const again = sampleOutcomes();
    expect(again).toEqual(values);
    expect(again).not.toBe(values);
  });

  it('has the Outcomes headers and reads without a single issue', () => {
    expect(values[0]).toEqual(OUTCOME_HEADERS);
    expect(read.issues).toEqual([]);
    expect(read.missing).toEqual([]);
  });

  it('holds enough to fit: several past cycles, at least 20 applicants and 200 usable rows', () => {
    expect(read.cycles).toEqual(SAMPLE_OUTCOME_CYCLES);
    expect(read.applicants).toBeGreaterThanOrEqual(20);
    expect(read.usableRows).toBeGreaterThanOrEqual(200);
    expect(read.records.some((r) => r.result === 'Withdrawn')).toBe(true);
  });

  it('names applicants by codes only and labels every row fictional', () => {
    expect(read.records.every((r) => /^S\d{2}$/.test(r.applicant))).toBe(true);
    expect(new Set(read.records.map((r) => r.source))).toEqual(new Set(['Fictional sample — not real data']));
  });

  it('uses only the fictional sample programs, with their own figures', () => {
    const programs = readPrograms(SAMPLE_PROGRAMS).programs;
    for (const record of read.records) {
      const program = programs.find((p) => p.name === record.program && p.id === record.id);
      expect(program, record.program).toBeDefined();
      expect(record.typicalStepTwo).toBe(program!.typicalStepTwo);
      expect(record.minStepTwo).toBe(program!.minStepTwo);
    }
  });

  it('sends at most 4 gold and 4 silver signals per applicant and never to a program that takes no IMGs from an IMG', () => {
    for (const applicant of new Set(read.records.map((r) => r.applicant))) {
      const rows = read.records.filter((r) => r.applicant === applicant);
      expect(rows.filter((r) => r.signal === 'Gold').length).toBeLessThanOrEqual(4);
      expect(rows.filter((r) => r.signal === 'Silver').length).toBeLessThanOrEqual(4);
    }
    const noImgs = new Set(
      readPrograms(SAMPLE_PROGRAMS)
        .programs.filter((p) => p.takesImgs === false)
        .map((p) => p.name),
    );
    expect(read.records.filter((r) => r.applicantType?.includes('IMG') && noImgs.has(r.program))).toEqual([]);
  });

  it('carries the invented model: gold-signalled applications are invited more often', () => {
    const rate = (rows: typeof usable) => rows.filter((r) => r.invited).length / rows.length;
    const overall = rate(usable);
    expect(overall).toBeGreaterThan(0.1);
    expect(overall).toBeLessThan(0.6);
    expect(rate(usable.filter((r) => r.signal === 'Gold'))).toBeGreaterThan(
      rate(usable.filter((r) => r.signal === '')),
    );
    const fit = fitLogistic(
      usable.map((r) => ({ x: [1, r.signal === 'Gold' ? 1 : 0], y: r.invited ? 1 : 0, group: r.applicant })),
      { priorMean: [0, 0], priorPrecision: 0.1 },
    );
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[1]).toBeGreaterThan(0.5);
  });
});
