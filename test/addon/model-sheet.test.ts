/**
 * The chance model in force through the built bundle: a list run fits the model to `Outcomes` and writes the
 * `Model` sheet with the list; the plan and the sidebar say which model is in force; `RAD_CHANCE` and
 * `RAD_CATEGORY` read the fitted values from the Model sheet (never fitting); a person's own `Model` sheet is
 * never written over nor read; bad Outcomes cells are issues by cell and the defaults stay.
 */
import { describe, expect, it } from 'vitest';
import { categoryFromChance, scoresOnlyChance } from '../../src/core/chance.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { sampleWorkbook } from '../../src/samples/sample-workbook.ts';
import { applyModel } from '../../src/sheets/read-model.ts';
import { readOutcomes } from '../../src/sheets/read-outcomes.ts';
import { openWorkbook, valuesOf, type Workbook } from './harness.ts';

const defaults = defaultSettings(new Date().getFullYear());

function generate(book: Workbook, args: unknown = {}) {
  const reply = book.bundle.callServer('generateList', args);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.result as { model: string; issues: { sheet: string; cell: string; message: string }[] };
}

function planRow(book: Workbook, item: string): unknown[] | undefined {
  return valuesOf(book, 'Application Plan').find((row) => row[0] === item);
}

describe('the Model sheet and the model in force', () => {
  it('is fitted to the sample history and written with the list; the plan and the reply say so', () => {
    const book = openWorkbook(sampleWorkbook());
    const reply = generate(book);
    expect(reply.model).toMatch(/^chances from your outcomes \(\d+ applications, 2022–2025\)$/);
    expect(planRow(book, 'Chance model')?.[1]).toBe(reply.model);
    const model = book.emulator.spreadsheet.inspect('Model')!;
    expect(model.notes[0]![0]).toMatch(/^RadList: the Model of /);
    expect(model.values[0]).toEqual(['Parameter', 'Default', 'Fitted', 'Used', 'Source', 'Details']);
    expect(model.values.flat()).toContain('Fitted to your outcomes');
    expect(model.values.flat()).toContain('Log-loss');
  });

  it('gives RAD_CHANCE and RAD_CATEGORY the fitted values, exactly as the Model sheet holds them', () => {
    const book = openWorkbook(sampleWorkbook());
    generate(book);
    const inForce = applyModel(valuesOf(book, 'Model'), defaults).settings;
    expect(inForce).not.toEqual(defaults);
    for (const [score, typical, minimum, share] of [
      [221, 227, '', 35],
      [236, 230, 215, 10],
      [205, 240, 200, ''],
    ] as [number, number, number | '', number | ''][]) {
      const expected = scoresOnlyChance(
        score,
        typical,
        minimum === '' ? null : minimum,
        share === '' ? null : share / 100,
        inForce,
      )!;
      expect(book.bundle.customFunction('RAD_CHANCE', score, typical, minimum, share)).toBe(expected.chance);
      if (share === '') {
        expect(book.bundle.customFunction('RAD_CATEGORY', score, minimum, typical)).toBe(
          categoryFromChance(
            scoresOnlyChance(score, typical, minimum === '' ? null : minimum, null, inForce)!.chance,
            inForce,
          ),
        );
      }
    }
  });

  it('writes no Model without an Outcomes sheet, and brings an earlier Model back to the defaults when Outcomes is gone', () => {
    const { Outcomes, ...withoutOutcomes } = sampleWorkbook();
    const plain = openWorkbook(withoutOutcomes);
    expect(generate(plain).model).toBe('chances from the documented defaults');
    expect(plain.emulator.spreadsheet.inspect('Model')).toBeNull();

    const book = openWorkbook(sampleWorkbook());
    generate(book);
    const fitted = book.bundle.customFunction('RAD_CHANCE', 221, 227, '', 35);
    book.emulator.spreadsheet.removeSheet('Outcomes');
    expect(generate(book).model).toBe('chances from the documented defaults');
    expect(valuesOf(book, 'Model').flat()).not.toContain('Fitted to your outcomes');
    const back = book.bundle.customFunction('RAD_CHANCE', 221, 227, '', 35);
    expect(back).toBe(scoresOnlyChance(221, 227, null, 0.35, defaults)!.chance);
    expect(back).not.toBe(fitted);
    expect(Outcomes.length).toBeGreaterThan(200);
  });

  it("never writes over nor reads a person's own sheet named Model", () => {
    const mine = [
      ['Parameter', 'Used', 'Source'],
      ['Chance odds tie', 50, 'Fitted to your outcomes'],
    ];
    const book = openWorkbook({ ...sampleWorkbook(), Model: mine });
    generate(book);
    expect(valuesOf(book, 'Model')).toEqual(mine);
    expect(valuesOf(book, 'Model (2)')[0]![0]).toBe('Parameter');
    const inForce = applyModel(valuesOf(book, 'Model (2)'), defaults).settings;
    expect(book.bundle.customFunction('RAD_CHANCE', 221, 227, '', 35)).toBe(
      scoresOnlyChance(221, 227, null, 0.35, inForce)!.chance,
    );
  });

  it('reports bad Outcomes cells by cell, keeps the defaults when no row is usable, and changes nothing in Outcomes', () => {
    const outcomes = [
      ['Cycle', 'Applicant', 'Program', 'Result', 'Source'],
      ['last year', 'A01', 'Lakeview Regional Radiology', 'Invited', 'Pasted'],
      [2025, 'A02', 'Lakeview Regional Radiology', 'maybe', 'Pasted'],
      [2025, '', 'Lakeview Regional Radiology', 'Not invited', 'Pasted'],
    ];
    const { Outcomes: _sample, ...rest } = sampleWorkbook();
    const book = openWorkbook({ ...rest, Outcomes: outcomes });
    const reply = generate(book);
    expect(reply.model).toBe('chances from the documented defaults');
    const cells = reply.issues.filter((i) => i.sheet === 'Outcomes').map((i) => i.cell);
    expect(cells).toEqual(expect.arrayContaining(['A2', 'D3', 'B4']));
    expect(reply.issues.find((i) => i.cell === 'D3')?.message).toMatch(
      /Result "maybe" is not a result; expected Invited, Not invited or Withdrawn/,
    );
    expect(reply.issues.find((i) => i.cell === 'A2')?.message).toMatch(/cycle year/);
    expect(valuesOf(book, 'Outcomes')).toEqual(outcomes);
    const model = valuesOf(book, 'Model');
    expect(model.find((row) => row[0] === 'Usable rows')?.[1]).toBe(0);
    expect(model.some((row) => row[0] === 'Outcomes' && row[1] === 'D3')).toBe(true);
    expect(book.bundle.customFunction('RAD_CHANCE', 221, 227, '', 35)).toBe(
      scoresOnlyChance(221, 227, null, 0.35, defaults)!.chance,
    );
  });
  it('refuses to fit an Outcomes sheet of invitations only: the defaults stay, and the plan, the Model sheet and an issue say why', () => {
    const sample = sampleWorkbook();
    const header = sample.Outcomes[0]!.map(String);
    const result = header.indexOf('Result');
    const invitedOnly = [
      sample.Outcomes[0]!,
      ...sample.Outcomes.slice(1).map((row) => row.map((cell, i) => (i === result ? 'Interviewed' : cell))),
    ];
    const book = openWorkbook({ ...sample, Outcomes: invitedOnly });
    const reply = generate(book);
    expect(reply.model).toBe('chances from the documented defaults');
    const resultHeader = `${String.fromCharCode(65 + result)}1`;
    const issue = reply.issues.find((i) => i.sheet === 'Outcomes' && i.cell === resultHeader);
    expect(issue?.message).toMatch(/got an invitation and none that got no invitation/);
    expect(issue?.message).toMatch(/Add the applications that got no invitation, with Result "Not invited"/);
    expect(String(planRow(book, 'Chance model')?.[2])).toMatch(/none that got no invitation/);
    const inForce = valuesOf(book, 'Model').find((row) => row[0] === 'In force');
    expect(inForce?.[1]).toBe('Defaults');
    expect(String(inForce?.[5])).toMatch(/none that got no invitation/);
    expect(book.bundle.customFunction('RAD_CHANCE', 221, 227, '', 35)).toBe(
      scoresOnlyChance(221, 227, null, 0.35, defaults)!.chance,
    );
  });

  it('leaves out an Outcomes row from a cycle after the one in force, with an issue at its Cycle cell', () => {
    const sample = sampleWorkbook();
    const header = sample.Outcomes[0]!.map(String);
    const cycle = header.indexOf('Cycle');
    const future = defaults.cycleYear + 1;
    const outcomes = sample.Outcomes.map((row, i) =>
      i > 0 && i % 13 === 0 ? row.map((cell, c) => (c === cycle ? future : cell)) : row,
    );
    const book = openWorkbook({ ...sample, Outcomes: outcomes });
    const reply = generate(book);
    const letter = String.fromCharCode(65 + cycle);
    const flagged = reply.issues.filter(
      (i) => i.sheet === 'Outcomes' && i.message.includes(`Cycle ${future}`),
    );
    expect(flagged.map((i) => i.cell)).toEqual(
      outcomes.flatMap((_, i) => (i > 0 && i % 13 === 0 ? [`${letter}${i + 1}`] : [])),
    );
    expect(flagged[0]!.message).toMatch(/after the cycle year in force .* The row is left out of the fit\./);
    expect(reply.model).not.toContain(String(future));
    const usable = valuesOf(book, 'Model').find((row) => row[0] === 'Usable rows')?.[1];
    const usableBefore = readOutcomes(sample.Outcomes)
      .records.filter((r) => r.usable)
      .map((r) => r.row);
    const leftOut = flagged.filter((i) => usableBefore.includes(Number(i.cell.slice(1)))).length;
    expect(leftOut).toBeGreaterThan(20);
    expect(usable).toBe(usableBefore.length - leftOut);
    expect(JSON.stringify(valuesOf(book, 'Model'))).not.toContain(`tested on ${future}`);
  });
});
