import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/core/build-plan.ts';
import { erasCost } from '../../src/core/eras.ts';
import { pgyOneCount, pgyOneYear } from '../../src/core/pgy-one.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { RankedProgram, Track } from '../../src/core/types.ts';
import { makeApplicant, makeProgram } from './fixtures.ts';

const s = defaultSettings(2026);

/** A ranked row with only what the PGY-1 year reads. */
function row(track: Track | null, apply = true, name = 'Program'): RankedProgram {
  return {
    program: makeProgram({ name, track }),
    rank: 0,
    category: 'Target',
    chance: 20,
    chanceSteps: [],
    chanceUnknown: [],
    fit: 50,
    fitFactors: [],
    margin: null,
    signal: '',
    signalSent: '',
    signalledChance: null,
    apply,
    why: '',
    issues: '',
  };
}

function rows(count: number, track: Track | null, apply = true): RankedProgram[] {
  return Array.from({ length: count }, (_, i) => row(track, apply, `${track ?? 'Blank'} ${i + 1}`));
}

describe('pgyOneCount', () => {
  it.each([
    [0, 0],
    [1, 1],
    [12, 12],
    [30, 30],
    [31, 30],
    [80, 30],
  ])('advises %i Advanced programs %i PGY-1 applications by default', (advanced, advised) => {
    expect(pgyOneCount(advanced, s)).toBe(advised);
  });

  it('follows both settings, rounding up and keeping at least one', () => {
    expect(pgyOneCount(7, { ...s, pgyOnePerAdvanced: 1.5 })).toBe(11);
    expect(pgyOneCount(30, { ...s, pgyOnePerAdvanced: 0.1 })).toBe(3);
    expect(pgyOneCount(2, { ...s, pgyOnePerAdvanced: 0.1 })).toBe(1);
    expect(pgyOneCount(40, { ...s, pgyOneMax: 15 })).toBe(15);
  });

  it('never advises more than the maximum, nor any without an Advanced program', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (advanced, per, max) => {
          const advised = pgyOneCount(advanced, { ...s, pgyOnePerAdvanced: per, pgyOneMax: max });
          expect(advised).toBeLessThanOrEqual(max);
          expect(advised === 0).toBe(advanced === 0);
          expect(Number.isInteger(advised)).toBe(true);
        },
      ),
    );
  });
});

describe('pgyOneYear', () => {
  it('counts only the Apply set by Track', () => {
    const ranked = [
      ...rows(5, 'Advanced'),
      ...rows(20, 'Categorical'),
      ...rows(2, 'Both'),
      ...rows(3, null),
      ...rows(9, 'Advanced', false),
    ];
    const year = pgyOneYear(ranked, s);
    expect(year).toMatchObject({ advanced: 5, categorical: 20, both: 2, unknown: 3 });
  });

  it('advises as many PGY-1 applications as Advanced programs and prices them as their own specialty', () => {
    const year = pgyOneYear([...rows(12, 'Advanced'), ...rows(40, 'Categorical')], s);
    expect(year.recommended).toBe(12);
    expect(year.erasCost).toBe(132);
    expect(year.advice).toBe(
      'Advanced programs start in the second year of residency (PGY-2), so you also need a first year: apply to about 12 preliminary medicine, preliminary surgery or transitional-year programs (12 of the programs you apply to are Advanced). They are a separate ERAS specialty, so their fees are counted on their own: $132.',
    );
    expect(year.unknownNote).toBeNull();
  });

  it('counts a program offering both tracks with the Advanced ones, and says so', () => {
    const year = pgyOneYear([...rows(3, 'Advanced'), ...rows(1, 'Both'), ...rows(10, 'Categorical')], s);
    expect(year.recommended).toBe(4);
    expect(year.advice).toContain(
      'apply to about 4 preliminary medicine, preliminary surgery or transitional-year programs (3 of the programs you apply to are Advanced, and 1 offers both tracks, so you could match its Advanced position).',
    );
    const onlyBoth = pgyOneYear([...rows(2, 'Both'), ...rows(1, 'Categorical')], s);
    expect(onlyBoth.advice).toContain(
      '(2 of the programs you apply to offer both tracks, so you could match their Advanced position)',
    );
    const one = pgyOneYear(rows(1, 'Advanced'), s);
    expect(one.advice).toContain(
      'apply to about 1 preliminary medicine, preliminary surgery or transitional-year program (1 of the programs you apply to is Advanced).',
    );
  });

  it('caps the advice at 30 programs, which the first ERAS fee covers', () => {
    const year = pgyOneYear(rows(45, 'Advanced'), s);
    expect(year.recommended).toBe(30);
    expect(year.erasCost).toBe(330);
    expect(year.advice).toContain('apply to about 30 preliminary medicine');
  });

  it('advises no PGY-1 year when every program is Categorical', () => {
    const year = pgyOneYear(rows(50, 'Categorical'), s);
    expect(year).toMatchObject({ recommended: 0, erasCost: 0, unknownNote: null });
    expect(year.advice).toContain('include the first year of residency (PGY-1)');
  });

  it('says a blank Track once, with how many programs it concerns', () => {
    const year = pgyOneYear([...rows(4, 'Advanced'), ...rows(7, null)], s);
    expect(year.recommended).toBe(4);
    expect(year.unknownNote).toBe(
      "The Track of 7 programs you apply to is blank, so RadList cannot tell whether they are Advanced (starting at PGY-2, so needing a separate first year) or Categorical (first year included); fill in Track from each program's NRMP code or website.",
    );
    expect(year.advice).not.toContain('blank');
  });

  it('names the missing Track column instead when the sheet has none', () => {
    const year = pgyOneYear(rows(3, null), s, true);
    expect(year.recommended).toBe(0);
    expect(year.unknownNote).toMatch(
      /^Your Programs sheet has no Track column, so RadList cannot tell whether the 3 programs/,
    );
    expect(year.advice).toContain('None of the programs you apply to is known to be Advanced');
  });

  it('waits for an Apply set before advising', () => {
    const year = pgyOneYear(rows(5, 'Advanced', false), s);
    expect(year).toMatchObject({ advanced: 0, recommended: 0, erasCost: 0, unknownNote: null });
    expect(year.advice).toContain('No programs are marked Apply yet');
  });

  it('adds up to the whole Apply set', () => {
    const track = fc.constantFrom<Track | null>('Advanced', 'Categorical', 'Both', null);
    fc.assert(
      fc.property(fc.array(fc.tuple(track, fc.boolean()), { maxLength: 120 }), (cells) => {
        const ranked = cells.map(([t, apply], i) => row(t, apply, `P${i}`));
        const year = pgyOneYear(ranked, s);
        const applying = cells.filter(([, apply]) => apply).length;
        expect(year.advanced + year.categorical + year.both + year.unknown).toBe(applying);
        expect(year.recommended).toBe(pgyOneCount(year.advanced + year.both, s));
        expect(year.unknownNote === null).toBe(year.unknown === 0);
      }),
    );
  });
});

describe('buildPlan and the PGY-1 year', () => {
  it('carries the PGY-1 year, keeping the DR cost apart: the fee count restarts for the PGY-1 specialty', () => {
    const ranked = [...rows(12, 'Advanced'), ...rows(31, 'Categorical')];
    const plan = buildPlan(makeApplicant(), ranked, s);
    expect(plan.applyCount).toBe(43);
    expect(plan.erasCost).toBe(erasCost([43], s));
    expect(plan.pgyOne.recommended).toBe(12);
    expect(plan.erasCost + plan.pgyOne.erasCost).toBe(erasCost([43, 12], s));
    expect(plan.erasCost + plan.pgyOne.erasCost).toBe(30 * 11 + 13 * 30 + 12 * 11);
  });

  it('uses the missing-column wording when Track is absent from the Programs sheet', () => {
    const plan = buildPlan(makeApplicant(), rows(3, null), s, new Set(['track'] as const));
    expect(plan.pgyOne.unknownNote).toContain('no Track column');
  });
});
