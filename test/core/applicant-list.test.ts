/**
 * `makeApplicantList` on the fictional sample workbook, read through the sheet readers: the cases reviewers
 * found by hand stay fixed (no signal below a Preferred minimum, no Safety without a known score).
 */
import { describe, expect, it } from 'vitest';
import { makeApplicantList } from '../../src/core/applicant-list.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { SAMPLE_COHORT } from '../../src/samples/sample-cohort.ts';
import { SAMPLE_PROGRAMS } from '../../src/samples/sample-programs.ts';
import { readCohort } from '../../src/sheets/read-cohort.ts';
import { readPrograms } from '../../src/sheets/read-programs.ts';

const s = defaultSettings(2026);
const { programs } = readPrograms(SAMPLE_PROGRAMS);
const cohort = readCohort(SAMPLE_COHORT).applicants.map((entry) => entry.applicant);

describe('makeApplicantList', () => {
  it('suggests no signal at Willowmere, whose preferred 225 Esi Mensah misses', () => {
    const esi = cohort.find((a) => a.name === 'Esi Mensah (sample)')!;
    const row = makeApplicantList(esi, programs, s).ranked.find((r) =>
      r.program.name.startsWith('Willowmere'),
    )!;
    expect(row.issues).toContain('below the preferred minimum Step 2 CK 225');
    expect(row.signal).toBe('');
  });

  it.each(cohort.map((a) => [a.name, a] as const))(
    'signals no program below its minimum for %s',
    (_name, applicant) => {
      for (const row of makeApplicantList(applicant, programs, s).ranked) {
        if (row.signal === '') continue;
        expect(row.category === 'Reach' || row.category === 'Target' || row.category === 'Safety').toBe(true);
        expect(row.issues).not.toContain('minimum Step 2 CK');
      }
    },
  );

  it.each(cohort.map((a) => [a.name, a] as const))(
    'lists no Safety for %s once the Step 2 CK is unknown',
    (_name, applicant) => {
      const { ranked } = makeApplicantList({ ...applicant, stepTwoScore: null }, programs, s);
      expect(ranked.filter((r) => r.category === 'Safety')).toEqual([]);
    },
  );
});
