import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildXlsxParts, escapeXml } from '../../src/sheets/share-file.ts';
import type { SheetOutput } from '../../src/sheets/sheet-output.ts';

/** Reads a worksheet's cells back: ref → { type, value }. */
function readCells(xml: string): Map<string, { type: string; value: string; style: string }> {
  const cells = new Map<string, { type: string; value: string; style: string }>();
  const unescapeXml = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  for (const match of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const [, ref = '', attrs = '', inner = ''] = match;
    const type = /t="(\w+)"/.exec(attrs)?.[1] ?? 'n';
    const style = /s="(\d+)"/.exec(attrs)?.[1] ?? '0';
    const text = /<t[^>]*>(.*?)<\/t>/s.exec(inner)?.[1] ?? /<v>(.*?)<\/v>/.exec(inner)?.[1] ?? '';
    cells.set(ref, { type, value: unescapeXml(text), style });
  }
  return cells;
}

function output(values: (string | number | boolean)[][], colour = '#ffffff'): SheetOutput {
  return {
    values,
    backgrounds: values.map((row) => row.map(() => colour)),
    frozenRows: 1,
    columnWidths: values[0]?.map(() => 70),
  };
}

function roundTrip(sheets: { name: string; output: SheetOutput }[]): Record<string, string> {
  const files = Object.fromEntries(buildXlsxParts(sheets).map((p) => [p.path, strToU8(p.text)]));
  return Object.fromEntries(Object.entries(unzipSync(zipSync(files))).map(([k, v]) => [k, strFromU8(v)]));
}

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<tag>', '&lt;tag&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ['bell\u0007here', 'bellhere'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['lone \ud800 surrogate', 'lone  surrogate'],
    ['pair 😀 kept', 'pair 😀 kept'],
  ])('escapes %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});

describe('buildXlsxParts', () => {
  it('makes a package with a workbook naming each sheet in order', () => {
    const files = roundTrip([
      { name: 'List', output: output([['Rank']]) },
      { name: 'Plan', output: output([['Applicant']]) },
    ]);
    for (const path of [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ]) {
      expect(Object.keys(files)).toContain(path);
    }
    const names = [...files['xl/workbook.xml']!.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['List', 'Plan']);
    expect(files['xl/worksheets/sheet2.xml']).toContain('Applicant');
  });

  it.each([
    { value: 230, type: 'n', stored: '230' },
    { value: 0.35, type: 'n', stored: '0.35' },
    { value: true, type: 'b', stored: '1' },
    { value: 'Lakeview', type: 'inlineStr', stored: 'Lakeview' },
    { value: '\'=HYPERLINK("x")', type: 'inlineStr', stored: '=HYPERLINK("x")' },
    { value: "'230", type: 'inlineStr', stored: '230' },
    { value: "''quoted", type: 'inlineStr', stored: "'quoted" },
    { value: 'A & <B>', type: 'inlineStr', stored: 'A & <B>' },
  ])('writes $value as a $type cell holding $stored', ({ value, type, stored }) => {
    const files = roundTrip([{ name: 'List', output: output([['Head'], [value]]) }]);
    const cell = readCells(files['xl/worksheets/sheet1.xml']!).get('A2');
    expect(cell).toEqual({ type, value: stored, style: '0' });
  });

  it('never writes a formula element', () => {
    const files = roundTrip([{ name: 'List', output: output([['=SUM(A1)', "'=1+1", '@x', '+1']]) }]);
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });

  it('freezes the header row and colours highlighted cells with one fill per colour', () => {
    const list = output([['Rank'], [1], [2]]);
    list.backgrounds = [['#efefef'], ['#f4cccc'], ['#ffffff']];
    const files = roundTrip([{ name: 'List', output: list }]);
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('ySplit="1"');
    const cells = readCells(sheet);
    expect(cells.get('A1')?.style).toBe('1');
    expect(cells.get('A2')?.style).toBe('2');
    expect(cells.get('A3')?.style).toBe('0');
    expect(files['xl/styles.xml']).toContain('FFF4CCCC');
    expect(files['xl/styles.xml']).toContain('<cellXfs count="3">');
  });
});

describe('buildXlsxParts: formats', () => {
  it('carries number formats, alignments, wraps and frozen columns, so a mentor sees 21%, $797 and +5', () => {
    const out: SheetOutput = {
      ...output([
        ['Rank', 'Chance', 'Cost', 'Margin', 'Why'],
        [1, 0.21, 797, 5, 'long text'],
      ]),
      frozenColumns: 2,
      columnFormats: { 1: '0%', 2: '$#,##0', 3: '+0;"−"0;0' },
      columnAlignments: { 0: 'right', 1: 'right', 2: 'right', 3: 'right', 4: 'left' },
      columnWraps: { 4: true },
      columnVerticalAlignments: { 0: 'top', 1: 'top', 2: 'top', 3: 'top', 4: 'top' },
    };
    const files = roundTrip([{ name: 'List', output: out }]);
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain(
      '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>',
    );
    const styles = files['xl/styles.xml']!;
    const formats = new Map(
      [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    const xfs = [...styles.matchAll(/<xf numFmtId="(\d+)"[^>]*?(?:\/>|>(.*?)<\/xf>)/g)].slice(1);
    const cells = readCells(sheet);
    const formatOf = (ref: string) => {
      const xf = xfs[Number(cells.get(ref)!.style)]!;
      return formats.get(xf[1]!) ?? 'General';
    };
    expect([formatOf('B2'), formatOf('C2'), formatOf('D2')]).toEqual(['0%', '$#,##0', '+0;&quot;−&quot;0;0']);
    const why = xfs[Number(cells.get('E2')!.style)]![2];
    expect(why).toBe('<alignment horizontal="left" vertical="top" wrapText="1"/>');
  });
});
