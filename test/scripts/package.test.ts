/**
 * `npm run package` and what it is made from: the listing file (every field, Google's length limits, the
 * formulas it names exist), the manifest left as it is, the sample workbook as an .xlsx that opens as a
 * zip with the right parts and holds every sample sheet, and (with Chromium) the whole package: icons,
 * banner and screenshots at the Marketplace's sizes, the descriptions from the listing file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTING } from '../../listing/listing.ts';
import {
  characters,
  GRAPHICS,
  LIMITS,
  listingProblems,
  placeholderLinks,
} from '../../scripts/package/listing-rules.ts';
import { ABOUT_SHEET, sampleWorkbookXlsx, xlsxSheetName } from '../../scripts/package/sample-xlsx.ts';
import { makePackage, type PackageReport, SAMPLE_XLSX } from '../../scripts/package.ts';
import { CUSTOM_FUNCTIONS } from '../../src/addon/entry-points.ts';
import { SAMPLE_WORKBOOK } from '../../src/samples/sample-workbook.ts';
import { browserAvailability } from '../browser/helpers/chromium.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('listing/listing.ts', () => {
  it('has every Store Listing field, within Google’s limits', () => {
    expect(listingProblems(LISTING)).toEqual([]);
    expect(characters(LISTING.name)).toBeLessThanOrEqual(LIMITS.name);
    expect(characters(LISTING.shortDescription)).toBeLessThanOrEqual(LIMITS.shortDescription);
    expect(characters(LISTING.detailedDescription)).toBeLessThan(LIMITS.detailedDescriptionBelow);
    for (const field of [
      'name',
      'shortDescription',
      'detailedDescription',
      'category',
      'language',
    ] as const) {
      expect(LISTING[field].trim(), field).not.toBe('');
    }
    for (const [name, link] of Object.entries(LISTING.links))
      expect(link, name).toMatch(/^(https:\/\/|mailto:)/);
  });

  it('refuses what the Store Listing would refuse', () => {
    expect(listingProblems({ ...LISTING, name: 'Google RadList' })).toEqual([
      'name: expected a name without the word "Google".',
    ]);
    expect(listingProblems({ ...LISTING, name: 'R'.repeat(51) })).toEqual([
      'name: expected at most 50 characters.',
    ]);
    expect(listingProblems({ ...LISTING, shortDescription: 'é'.repeat(200) })).toEqual([]);
    expect(listingProblems({ ...LISTING, shortDescription: 'x'.repeat(201) })[0]).toMatch(
      /^shortDescription:/,
    );
    expect(listingProblems({ ...LISTING, detailedDescription: 'x'.repeat(16_000) })[0]).toMatch(
      /^detailedDescription:/,
    );
    expect(
      listingProblems({ ...LISTING, links: { ...LISTING.links, privacy: 'http://x.org/p' } })[0],
    ).toMatch(/^links\.privacy:/);
    const { category: _category, ...withoutCategory } = LISTING;
    expect(listingProblems(withoutCategory)[0]).toMatch(/^category:/);
  });

  it('names only formulas RadList has, and the menu path the add-on builds', () => {
    const named = [...LISTING.detailedDescription.matchAll(/=(RAD_[A-Z_]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    const registered = Object.keys(CUSTOM_FUNCTIONS);
    for (const name of named) expect(registered).toContain(name);
    const menu = fs.readFileSync(path.join(root, 'src', 'addon', 'menu.ts'), 'utf8');
    expect(menu).toContain("addItem('Open RadList'");
    expect(LISTING.detailedDescription).toContain('Extensions → RadList → Open RadList');
  });

  it('says which addresses are still placeholders', () => {
    expect(
      placeholderLinks({ ...LISTING, links: { ...LISTING.links, help: 'https://example.org/help' } }),
    ).toContain('https://example.org/help');
    const real = {
      ...LISTING,
      links: {
        help: 'https://radlist.org/install',
        privacy: 'https://radlist.org/privacy',
        support: 'mailto:help@radlist.org',
        terms: 'https://radlist.org/terms',
      },
      developer: { name: 'RadList', email: 'help@radlist.org', website: 'https://radlist.org' },
    };
    expect(placeholderLinks(real)).toEqual([]);
  });
});

describe('the Apps Script manifest', () => {
  it('stays as it is: no listing data in it (an Editor add-on keeps its listing in the Marketplace SDK)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8'));
    expect(Object.keys(manifest).sort()).toEqual([
      'dependencies',
      'exceptionLogging',
      'oauthScopes',
      'runtimeVersion',
      'timeZone',
    ]);
  });
});

/** Whether every start tag in `xml` is closed in order (a well-formedness check small enough to trust). */
function tagsBalance(xml: string): boolean {
  const open: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) open.push(name!);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

describe('the sample workbook as .xlsx', () => {
  let parts: Record<string, string>;
  let sheetNames: string[];

  beforeAll(() => {
    const made = sampleWorkbookXlsx('dist');
    sheetNames = made.sheetNames;
    parts = Object.fromEntries(
      Object.entries(unzipSync(made.bytes)).map(([name, bytes]) => [name, strFromU8(bytes)]),
    );
  });

  /** Every text and number of one sheet, in order. */
  function cellsOf(sheetName: string): string[] {
    const index = sheetNames.indexOf(sheetName);
    expect(index, sheetName).toBeGreaterThanOrEqual(0);
    const xml = parts[`xl/worksheets/sheet${index + 1}.xml`]!;
    return [...xml.matchAll(/<(?:t[^>]*|v)>(.*?)<\/(?:t|v)>/gs)].map((m) => m[1]!);
  }

  it('opens as a zip holding the parts of a workbook, one worksheet per sheet', () => {
    const worksheets = sheetNames.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    expect(Object.keys(parts).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        ...worksheets,
      ].sort(),
    );
    for (const [name, xml] of Object.entries(parts)) {
      expect(xml.startsWith('<?xml'), name).toBe(true);
      expect(tagsBalance(xml), name).toBe(true);
    }
    for (const worksheet of worksheets)
      expect(parts['[Content_Types].xml']).toContain(`PartName="/${worksheet}"`);
    const targets = [...parts['xl/_rels/workbook.xml.rels']!.matchAll(/Target="([^"]+)"/g)].map(
      (m) => `xl/${m[1]}`,
    );
    for (const target of targets) expect(Object.keys(parts)).toContain(target);
  });

  it('starts with "About this file" and holds every sheet of the sample workbook, in order', () => {
    const listed = [...parts['xl/workbook.xml']!.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(listed).toEqual(sheetNames.map((name) => name.replace(/&/g, '&amp;')));
    expect(sheetNames[0]).toBe(ABOUT_SHEET);
    for (const name of Object.keys(SAMPLE_WORKBOOK)) expect(sheetNames).toContain(name);
    expect(sheetNames).toEqual(
      expect.arrayContaining(['Application List', 'Application Plan', 'Cohort Summary']),
    );
    const about = cellsOf(ABOUT_SHEET).join('\n');
    for (const name of sheetNames.slice(1)) expect(about).toContain(name);
  });

  it('holds the sample data as typed, and formula results rather than formulas', () => {
    const programs = cellsOf('Programs');
    const [header, firstProgram] = SAMPLE_WORKBOOK.Programs;
    expect(programs.slice(0, header!.length)).toEqual(header);
    expect(programs).toContain(String(firstProgram![0]));
    const cohort = cellsOf('Cohort');
    expect(cohort).toContain(String(SAMPLE_WORKBOOK.Cohort[1]![0]));
    expect(cohort).toContain('Competitive');
    expect(Object.values(parts).join('\n')).not.toMatch(/>=RAD_/);
    expect(cellsOf('Application List')).toContain('Category');
  });

  it('is the same file from one run to the next', () => {
    expect(sampleWorkbookXlsx('dist').bytes).toEqual(sampleWorkbookXlsx('dist').bytes);
  });
});

describe('xlsxSheetName', () => {
  it('makes names .xlsx accepts: at most 31 characters, no []:*?/\\, none repeated', () => {
    const taken = new Set<string>();
    const long = 'List – A very long applicant name indeed';
    const names = [long, long, 'a/b:c', 'Profile', 'PROFILE'].map((name) => xlsxSheetName(name, taken));
    for (const name of names) {
      expect(characters(name)).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[2]).toBe('a-b-c');
    expect(names[3]).toBe('Profile');
  });
});

/** Width and height from a PNG's header (no decoding). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const availability = browserAvailability();

describe.runIf(availability.kind === 'run')(
  'npm run package (whole, in Chromium)',
  { timeout: 60_000 },
  () => {
    let outDir: string;
    let report: PackageReport;

    beforeAll(async () => {
      outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'radlist-package-'));
      fs.rmSync(outDir, { recursive: true });
      report = await makePackage({ outDir });
    });

    afterAll(() => {
      if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
    });

    it('draws the icons, the consent-screen logo and the card banner at their sizes', () => {
      for (const size of [...GRAPHICS.icons, GRAPHICS.consentLogo]) {
        expect(pngSize(path.join(outDir, 'graphics', `icon-${size}.png`))).toEqual({
          width: size,
          height: size,
        });
      }
      const { width, height } = GRAPHICS.cardBanner;
      expect(pngSize(path.join(outDir, 'graphics', `card-banner-${width}x${height}.png`))).toEqual({
        width,
        height,
      });
    });

    it('takes screenshots of the sample workbook at 1280 × 800', () => {
      const shots = report.files.filter((file) => file.startsWith('screenshots/'));
      expect(shots.length).toBeGreaterThanOrEqual(3);
      for (const shot of shots) expect(pngSize(path.join(outDir, shot))).toEqual(GRAPHICS.screenshot);
      const sizes = new Set(shots.map((shot) => fs.statSync(path.join(outDir, shot)).size));
      expect(sizes.size).toBe(shots.length); // each shows something different
    });

    it('writes the descriptions from the listing file, the sample .xlsx, the add-on and a paste sheet', () => {
      const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
      expect(read('listing/name.txt').trim()).toBe(LISTING.name);
      expect(read('listing/short-description.txt').trim()).toBe(LISTING.shortDescription);
      expect(read('listing/detailed-description.txt').trim()).toBe(LISTING.detailedDescription);
      const sheet = read('listing/store-listing.md');
      for (const scope of JSON.parse(read('apps-script/appsscript.json')).oauthScopes)
        expect(sheet).toContain(scope);
      for (const link of Object.values(LISTING.links)) expect(sheet).toContain(link);
      expect(fs.readFileSync(path.join(outDir, SAMPLE_XLSX)).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(read('apps-script/Code.js')).toBe(fs.readFileSync(path.join(root, 'dist', 'Code.js'), 'utf8'));
      expect(read('README.txt')).toContain('docs/install.md');
    });

    it('replaces its own folder on the next run, but never a folder it did not make', async () => {
      const other = fs.mkdtempSync(path.join(os.tmpdir(), 'radlist-not-a-package-'));
      fs.writeFileSync(path.join(other, 'keep.txt'), 'mine');
      try {
        await expect(makePackage({ outDir: other })).rejects.toThrow(/was not made by npm run package/);
        expect(fs.readFileSync(path.join(other, 'keep.txt'), 'utf8')).toBe('mine');
      } finally {
        fs.rmSync(other, { recursive: true, force: true });
      }
    });
  },
);
