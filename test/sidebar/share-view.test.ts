/** Tests for the share confirmation (src/sidebar/share-view.ts). */
import { describe, expect, it } from 'vitest';
import { buildShareView } from '../../src/sidebar/share-view.ts';

const LONG_URL = `https://docs.google.com/spreadsheets/d/${'a1B2'.repeat(20)}/edit?usp=drivesdk`;

describe('buildShareView', () => {
  it('gives a short link text, never the address itself, and names the file beside it', () => {
    const view = buildShareView({ url: LONG_URL, fileId: 'x', fileName: 'RadList – Ana Lee.xlsx' });
    expect(view).toEqual({
      sentence: 'Shared "RadList – Ana Lee.xlsx".',
      details: null,
      url: LONG_URL,
      linkText: 'Open the shared file',
      noLink: null,
    });
  });

  it.each(['http://docs.google.com/x', 'javascript:alert(1)', '', 'https://a.com/" onclick="x'])(
    'gives no link for %j and says why',
    (url) => {
      const view = buildShareView({ url, fileId: 'x', fileName: 'Ana.xlsx' });
      expect(view.url).toBeNull();
      expect(view.noLink).toMatch(/not a safe address/);
    },
  );

  it.each([
    ['  Ana.xlsx ', 'Shared "Ana.xlsx".'],
    ['', 'Shared.'],
    ['<img src=x onerror=alert(1)>', 'Shared "<img src=x onerror=alert(1)>".'],
  ])('words file name %j as %j', (fileName, sentence) => {
    expect(buildShareView({ url: LONG_URL, fileId: 'x', fileName }).sentence).toBe(sentence);
  });
});

describe('buildShareView details', () => {
  it('says who got the file, how, and whether scores are in it', () => {
    const result = {
      url: 'https://docs.google.com/spreadsheets/d/x/edit',
      fileId: 'x',
      fileName: 'RadList – Ana',
    };
    expect(
      buildShareView(result, { email: 'm@example.org', role: 'viewer', includeScores: false }).details,
    ).toBe('m@example.org can view. Step scores are left out. Each share makes a new file.');
    expect(
      buildShareView(result, { email: 'm@example.org', role: 'commenter', includeScores: true }).details,
    ).toMatch(/^m@example.org can comment\. Step scores are included\./);
  });
});
