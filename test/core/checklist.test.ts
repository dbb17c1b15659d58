import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/core/checklist.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Applicant, ChecklistItem } from '../../src/core/types.ts';
import { makeApplicant } from './fixtures.ts';

const s = defaultSettings(2026);

function itemLike(items: ChecklistItem[], pattern: RegExp): ChecklistItem | undefined {
  return items.find((i) => pattern.test(i.item));
}

describe('buildChecklist', () => {
  it.each<[Partial<Applicant>, RegExp, boolean | null]>([
    [{ usceWeeks: 3 }, /US clinical experience/, false],
    [{ usceWeeks: 4 }, /US clinical experience/, true],
    [{ usceWeeks: null }, /US clinical experience/, null],
    [{ radiologyLetters: 1 }, /radiology letters/, false],
    [{ radiologyLetters: 2 }, /radiology letters/, true],
    [{ radiologyLetters: null }, /radiology letters/, null],
    [{ otherLetters: 0 }, /clinical letter/, false],
    [{ otherLetters: 1 }, /clinical letter/, true],
    [{ rotations: [] }, /away rotations/, false],
    [{ rotations: ['Lakeview'] }, /away rotations/, true],
  ])('marks %o: %s met = %s', (overrides, pattern, met) => {
    const item = itemLike(buildChecklist(makeApplicant(overrides), 'Average', s), pattern);
    expect(item?.met).toBe(met);
  });

  it('never counts a rotation that names no program in the list as met', () => {
    const rotationsOf = (rotations: string[], matched: boolean[]) =>
      itemLike(
        buildChecklist(makeApplicant({ rotations }), 'Average', s, {
          rotations: rotations.map((text, i) => ({ text, matched: matched[i]!, distinctive: true })),
        }),
        /away rotations/,
      );
    const typo = rotationsOf(['Lakeveiw Regional Radiology'], [false]);
    expect(typo?.met).toBeNull();
    expect(typo?.detail).toBe(
      'Rotations listed, but "Lakeveiw Regional Radiology" names no program in your Programs sheet, so it counts in no Chance or Fit: check the spelling, or type the name or ID as in your Programs sheet.',
    );
    expect(typo?.detail).not.toContain('Rotations listed: Lakeveiw');
    const mixed = rotationsOf(['Lakeview', 'Medical Center', 'FX-10'], [true, false, false]);
    expect(mixed?.met).toBe(true);
    expect(mixed?.detail).toBe(
      'Rotations listed: Lakeview. "Medical Center" and "FX-10" name no program in your Programs sheet, so they count in no Chance or Fit: check the spelling, or type the name or ID as in your Programs sheet.',
    );
    expect(rotationsOf(['Lakeview'], [true])?.detail).toBe('Rotations listed: Lakeview.');
  });

  it('asks for research only for Moderately or Significantly low, or an unknown tier', () => {
    const applicant = makeApplicant();
    expect(itemLike(buildChecklist(applicant, 'Mildly low', s), /Research/)).toBeUndefined();
    expect(itemLike(buildChecklist(applicant, 'Moderately low', s), /Research/)).toBeDefined();
    expect(itemLike(buildChecklist(applicant, 'Significantly low', s), /Research/)).toBeDefined();
    expect(itemLike(buildChecklist(applicant, null, s), /Research/)).toBeDefined();
  });

  it.each<[number | null, number | null, boolean | null]>([
    [3, 1, true],
    [2, 1, false],
    [3, 0, false],
    [null, 1, null],
    [2, null, false],
  ])('marks %s posters and %s publications as research met = %s', (posters, publications, met) => {
    const items = buildChecklist(makeApplicant({ posters, publications }), 'Moderately low', s);
    expect(itemLike(items, /Research/)?.met).toBe(met);
  });

  it('leaves signals unknown and names the suggested count', () => {
    const item = itemLike(
      buildChecklist(makeApplicant(), 'Average', s, { suggestedSignals: { gold: 6, silver: 4 } }),
      /signals/,
    );
    expect(item?.met).toBeNull();
    expect(item?.detail).toContain('6 gold and 4 silver');
  });

  it('follows minimums moved in Settings', () => {
    const moved = { ...s, minUsceWeeks: 8 };
    const applicant = makeApplicant({ usceWeeks: 6 });
    expect(itemLike(buildChecklist(applicant, 'Average', s), /US clinical/)?.met).toBe(true);
    expect(itemLike(buildChecklist(applicant, 'Average', moved), /US clinical/)?.met).toBe(false);
  });
});
