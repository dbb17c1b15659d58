/**
 * The add-on's pictures, all drawn from the one SVG in the repository (`listing/icon.svg`) by Chromium: the
 * Store Listing's application icons (32, 48, 96 and 128 px), the OAuth consent screen's 120 px logo, and the
 * 220 × 140 application card banner (the icon beside the name and a line of the short description).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { LISTING } from '../../listing/listing.ts';
import { GRAPHICS } from './listing-rules.ts';

export interface DrawnPicture {
  file: string;
  width: number;
  height: number;
  what: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A page holding only `body`, sized exactly `width` × `height`, with nothing loaded from outside. */
function page(body: string, width: number, height: number, style = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0;width:${width}px;height:${height}px;overflow:hidden;background:transparent}
img{display:block;width:${width}px;height:${height}px}${style}</style></head><body>${body}</body></html>`;
}

/**
 * Draws every icon size, the consent-screen logo and the card banner into `outDir`.
 *
 * @param browser - a running Chromium
 * @param svg - the icon's SVG text
 * @param outDir - the folder to write the PNG files to (created if missing)
 * @returns what was drawn, one entry per file
 */
export async function drawPictures(browser: Browser, svg: string, outDir: string): Promise<DrawnPicture[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const source = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  const drawn: DrawnPicture[] = [];
  const context = await browser.newContext({ deviceScaleFactor: 1, viewport: { width: 256, height: 256 } });
  try {
    const tab = await context.newPage();
    const shoot = async (file: string, width: number, height: number, html: string, what: string) => {
      await tab.setViewportSize({ width, height });
      await tab.setContent(html, { waitUntil: 'load' });
      await tab.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
      await tab.screenshot({
        path: path.join(outDir, file),
        omitBackground: true,
        clip: { x: 0, y: 0, width, height },
      });
      drawn.push({ file, width, height, what });
    };
    const sizes = [...new Set<number>([...GRAPHICS.icons, GRAPHICS.consentLogo])].sort((a, b) => a - b);
    for (const size of sizes) {
      const what =
        size === GRAPHICS.consentLogo
          ? 'OAuth consent screen logo'
          : `Application icon ${size} × ${size}${(GRAPHICS.requiredIcons as readonly number[]).includes(size) ? ' (required)' : ''}`;
      await shoot(`icon-${size}.png`, size, size, page(`<img src="${source}" alt="">`, size, size), what);
    }
    const { width, height } = GRAPHICS.cardBanner;
    const banner = page(
      `<div class="card"><img src="${source}" alt=""><div><p class="name">${escapeHtml(LISTING.name)}</p>` +
        '<p class="line">Residency application lists, explained</p></div></div>',
      width,
      height,
      `.card{box-sizing:border-box;width:${width}px;height:${height}px;padding:0 14px;display:flex;align-items:center;gap:12px;
background:linear-gradient(160deg,#2a64ad,#173d70);font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;color:#fff}
.card img{width:64px;height:64px;flex:none;border-radius:14px;box-shadow:0 2px 6px rgba(0,0,0,.35)}
.name{margin:0;font-size:26px;font-weight:bold;letter-spacing:.3px}
.line{margin:4px 0 0;font-size:11px;line-height:1.3;opacity:.92}`,
    );
    await shoot(
      `card-banner-${width}x${height}.png`,
      width,
      height,
      banner,
      'Application card banner (required)',
    );
  } finally {
    await context.close();
  }
  return drawn;
}
