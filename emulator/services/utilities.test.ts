import { describe, expect, it } from 'vitest';
import { CallCounter } from '../counter.ts';
import { formatDate } from './format-date.ts';
import { createUtilities } from './utilities.ts';

describe('formatDate', () => {
  const summer = Date.UTC(2025, 5, 1, 14, 5, 9); // Sunday 1 June 2025, 14:05:09 UTC
  const winter = Date.UTC(2025, 0, 3, 4, 0, 0); // Friday 3 January 2025, 04:00 UTC
  it.each([
    [summer, 'America/New_York', 'yyyy-MM-dd HH:mm:ss', '2025-06-01 10:05:09'],
    [winter, 'America/New_York', 'yyyy-MM-dd HH:mm', '2025-01-02 23:00'],
    [summer, 'UTC', 'EEE d MMM yy', 'Sun 1 Jun 25'],
    [summer, 'Europe/London', 'MMMM d, yyyy h:mm a', 'June 1, 2025 3:05 PM'],
    [summer, 'GMT+2', 'HH:mm', '16:05'],
    [summer, 'GMT-05:30', 'HH:mm', '08:35'],
    [summer, 'Asia/Tokyo', "yyyy-MM-dd'T'HH", '2025-06-01T23'],
    [winter, 'UTC', "EEEE 'at' H", 'Friday at 4'],
  ])('formats %i in %s with %s', (time, zone, pattern, expected) => {
    expect(formatDate(new Date(time), zone, pattern)).toBe(expected);
  });

  it('refuses an unknown time zone', () => {
    expect(() => formatDate(new Date(0), 'Mars/Olympus', 'yyyy')).toThrow('Invalid argument: timeZone');
  });
});

describe('Utilities', () => {
  it('round-trips blobs through zip and unzip', () => {
    const utilities = createUtilities(new CallCounter());
    const blobs = [
      utilities.newBlob('a,b', 'text/csv', 'a.csv'),
      utilities.newBlob('é', 'text/plain', 'b.txt'),
    ];
    const zipped = utilities.zip(blobs, 'lists.zip');
    expect(zipped.getContentType()).toBe('application/zip');
    expect(zipped.getName()).toBe('lists.zip');
    const files = utilities.unzip(zipped).map((b) => [b.getName(), b.getDataAsString()]);
    expect(files).toEqual([
      ['a.csv', 'a,b'],
      ['b.txt', 'é'],
    ]);
  });

  it('returns signed bytes as Apps Script does and decodes base64 to the same bytes', () => {
    const utilities = createUtilities(new CallCounter());
    const bytes = utilities.newBlob('é').getBytes();
    expect(bytes).toEqual([-61, -87]);
    expect(utilities.base64Decode(utilities.base64Encode('é'))).toEqual(bytes);
    expect(utilities.newBlob(bytes).getDataAsString()).toBe('é');
  });

  it('sleeps on the emulated clock only', () => {
    const counter = new CallCounter();
    const started = Date.now();
    createUtilities(counter).sleep(120_000);
    expect(counter.elapsedMs).toBe(120_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('makes distinct UUIDs', () => {
    const utilities = createUtilities(new CallCounter());
    expect(utilities.getUuid()).not.toBe(utilities.getUuid());
  });
});
