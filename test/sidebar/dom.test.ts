/** Tests for the pure part of the DOM helpers (src/sidebar/dom.ts): which URLs may become links. */
import { describe, expect, it } from 'vitest';
import { safeHttpsUrl } from '../../src/sidebar/dom.ts';

describe('safeHttpsUrl', () => {
  it.each([
    'https://docs.google.com/spreadsheets/d/abc123/edit',
    'HTTPS://docs.google.com/x',
    'https://example.org/path?q=1&r=2#top',
  ])('accepts %s', (url) => {
    expect(safeHttpsUrl(url)).toBe(url);
  });

  it('trims surrounding spaces', () => {
    expect(safeHttpsUrl('  https://docs.google.com/x  ')).toBe('https://docs.google.com/x');
  });

  it.each([
    'http://docs.google.com/x',
    'javascript:alert(1)',
    ' javascript:alert(1)//https://',
    'data:text/html,<b>x</b>',
    '//docs.google.com/x',
    'https://',
    'https://docs.google.com/x" onmouseover="alert(1)',
    'https://a.com/<script>',
    'https://a.com/\nb',
    '',
    null,
    42,
    { url: 'https://a.com' },
  ])('rejects %j', (url) => {
    expect(safeHttpsUrl(url)).toBeNull();
  });
});
