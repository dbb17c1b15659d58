/**
 * `npm run package`: builds, then writes `package-output/`, the folder a maintainer uploads to the Google
 * Workspace Marketplace SDK (and hands to a school that publishes RadList privately):
 *
 * - `listing/`: the Store Listing's text, one file per field, and `store-listing.md`, a paste sheet of
 *   every field of the Store Listing and App Configuration pages, all from `listing/listing.ts`;
 * - `graphics/`: the application icons, the OAuth consent screen logo and the card banner, drawn from
 *   `listing/icon.svg`;
 * - `screenshots/`: 1280 × 800 screenshots of the sample workbook, taken from the playground;
 * - `RadList-sample-workbook.xlsx`: the sample workbook, for anyone to look at in any spreadsheet program;
 * - `apps-script/`: the built add-on (`dist/`), for someone who pastes it into a new Apps Script project;
 * - `README.txt`: what goes where.
 *
 * `OUT` picks another folder. The folder is replaced on every run (only if an earlier run made it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LISTING } from '../listing/listing.ts';
import { launchBrowser } from './package/browser.ts';
import { type DrawnPicture, drawPictures } from './package/icons.ts';
import { GRAPHICS, LIMITS, listingProblems, placeholderLinks } from './package/listing-rules.ts';
import { sampleWorkbookXlsx } from './package/sample-xlsx.ts';
import { type Screenshot, takeScreenshots } from './package/screenshots.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Marks a folder as made by this script, so a later run may replace it. */
const MARKER = '.radlist-package';
const DIST_FILES = ['Code.js', 'Sidebar.html', 'appsscript.json'];
export const SAMPLE_XLSX = 'RadList-sample-workbook.xlsx';

export interface PackageOptions {
  /** Default `package-output` under the repository root. */
  outDir?: string;
  /** The built add-on; default `dist`. */
  distDir?: string;
}

export interface PackageReport {
  outDir: string;
  /** Every file written, relative to `outDir`. */
  files: string[];
  /** What must still be done by hand before uploading (e.g. placeholder links). */
  warnings: string[];
}

/** Empties `dir` if an earlier run made it; refuses to touch a folder it did not make. */
function freshFolder(dir: string): void {
  if (fs.existsSync(dir)) {
    const entries = fs.readdirSync(dir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(
        `${dir} already exists and was not made by npm run package; choose another OUT folder.`,
      );
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, MARKER), 'Made by npm run package; replaced on every run.\n');
}

function scopesOf(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'appsscript.json'), 'utf8'));
  return [...(manifest.oauthScopes as string[])];
}

function storeListingSheet(
  scopes: string[],
  pictures: DrawnPicture[],
  screenshots: Screenshot[],
  warnings: string[],
): string {
  const { links, developer } = LISTING;
  const lines = [
    '# RadList: what to type into the Google Workspace Marketplace SDK',
    '',
    'Made by `npm run package` from `listing/listing.ts` (text), `listing/icon.svg` (pictures) and',
    '`appsscript.json` (scopes). Change those files, not this one. Steps: docs/install.md.',
    '',
    ...(warnings.length > 0 ? ['## Before you upload', '', ...warnings.map((w) => `- ${w}`), ''] : []),
    '## App Configuration page',
    '',
    '| Field | Value |',
    '|---|---|',
    '| App integration | Editor add-on: Sheets add-on (the Script ID and version number of your Apps Script project) |',
    `| OAuth scopes | ${scopes.map((s) => `\`${s}\``).join('<br>')} |`,
    `| Developer name | ${developer.name} |`,
    `| Developer website | ${developer.website} |`,
    `| Developer email | ${developer.email} |`,
    '',
    '## Store Listing page',
    '',
    '| Field | Value |',
    '|---|---|',
    `| Language | ${LISTING.language} |`,
    `| Application name (at most ${LIMITS.name} characters) | ${LISTING.name} (see \`listing/name.txt\`) |`,
    `| Short description (at most ${LIMITS.shortDescription}) | see \`listing/short-description.txt\` |`,
    `| Detailed description (under ${LIMITS.detailedDescriptionBelow.toLocaleString('en-US')}) | paste \`listing/detailed-description.txt\` as it is |`,
    `| Category | ${LISTING.category} |`,
    `| Pricing | ${LISTING.pricing} |`,
    ...pictures.map((p) => `| ${p.what} | \`graphics/${p.file}\` (${p.width} × ${p.height}) |`),
    ...screenshots.map((s, i) => `| Screenshot ${i + 1} | \`screenshots/${s.file}\`: ${s.caption} |`),
    `| Help (also the OAuth consent screen's home page) | ${links.help} |`,
    `| Terms of service | ${links.terms} |`,
    `| Privacy policy | ${links.privacy} |`,
    `| Support | ${links.support} |`,
    '',
    'The help and privacy pages are docs/install.md and docs/privacy.md, published at those addresses.',
    '',
  ];
  return lines.join('\n');
}

function readme(report: { files: string[]; warnings: string[] }): string {
  return [
    'RadList: what to upload',
    '=======================',
    '',
    'listing/store-listing.md      every field of the Marketplace SDK, and which file goes where',
    'listing/*.txt                 the name and descriptions, ready to paste',
    'graphics/                     application icons (32, 48, 96, 128 px), OAuth consent screen logo (120 px), card banner (220 x 140)',
    `screenshots/                  ${GRAPHICS.screenshot.width} x ${GRAPHICS.screenshot.height} screenshots of the fictional sample workbook`,
    `${SAMPLE_XLSX.padEnd(30)}the sample workbook, to look at in any spreadsheet program`,
    'apps-script/                  the add-on itself: the three files an Apps Script project needs',
    '',
    'The steps are in docs/install.md ("Publish RadList to your school").',
    ...(report.warnings.length > 0
      ? ['', 'Before you upload:', ...report.warnings.map((w) => `- ${w}`)]
      : []),
    '',
  ].join('\n');
}

/**
 * Writes the whole package.
 *
 * @param options - output folder and built add-on
 * @returns the folder, the files written and what is left to do by hand
 * @example
 * const { files } = await makePackage({ outDir: '/tmp/radlist-package' });
 */
export async function makePackage(options: PackageOptions = {}): Promise<PackageReport> {
  const problems = listingProblems(LISTING);
  if (problems.length > 0) {
    throw new Error(`listing/listing.ts does not fit the Store Listing:\n- ${problems.join('\n- ')}`);
  }
  const distDir = path.resolve(root, options.distDir ?? 'dist');
  for (const file of DIST_FILES) {
    if (!fs.existsSync(path.join(distDir, file))) {
      throw new Error(
        `${path.join(distDir, file)} is missing. Run "npm run build" first (npm run package does it).`,
      );
    }
  }
  const outDir = path.resolve(root, options.outDir ?? 'package-output');
  freshFolder(outDir);
  const files: string[] = [];
  const write = (relative: string, content: string | Uint8Array) => {
    const target = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    files.push(relative);
  };

  const placeholders = placeholderLinks(LISTING);
  const warnings =
    placeholders.length > 0
      ? [
          `listing/listing.ts still has placeholder addresses (${placeholders.join(', ')}): set SITE (listing/site.ts) to where ` +
            "docs/install.md and docs/privacy.md are published, and the developer's email, then run npm run package again.",
        ]
      : [];

  write(SAMPLE_XLSX, sampleWorkbookXlsx(distDir).bytes);
  for (const file of DIST_FILES)
    write(path.join('apps-script', file), fs.readFileSync(path.join(distDir, file)));
  write('listing/name.txt', `${LISTING.name}\n`);
  write('listing/short-description.txt', `${LISTING.shortDescription}\n`);
  write('listing/detailed-description.txt', `${LISTING.detailedDescription}\n`);

  const browser = await launchBrowser();
  let pictures: DrawnPicture[];
  let screenshots: Screenshot[];
  try {
    const svg = fs.readFileSync(path.join(root, 'listing', 'icon.svg'), 'utf8');
    pictures = await drawPictures(browser, svg, path.join(outDir, 'graphics'));
    screenshots = await takeScreenshots(browser, distDir, path.join(outDir, 'screenshots'));
  } finally {
    await browser.close();
  }
  files.push(
    ...pictures.map((p) => `graphics/${p.file}`),
    ...screenshots.map((s) => `screenshots/${s.file}`),
  );
  write('listing/store-listing.md', storeListingSheet(scopesOf(distDir), pictures, screenshots, warnings));
  write('README.txt', readme({ files, warnings }));
  return { outDir, files: files.sort(), warnings };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  makePackage({ outDir: process.env.OUT }).then(
    (report) => {
      console.log(`RadList package written to ${report.outDir}:`);
      for (const file of report.files) console.log(`  ${file}`);
      for (const warning of report.warnings) console.warn(`Before you upload: ${warning}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
