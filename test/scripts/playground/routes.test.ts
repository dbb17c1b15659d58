/**
 * The playground's route checks: requests from another host (DNS rebinding) or another site (cross-site
 * POST) are refused before anything runs; a file too large is refused before it is parsed; every error is
 * one plain line, never a stack. Runs the real server on a free loopback port.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageFor, refusalFor } from '../../../scripts/playground/routes.ts';
import { type Playground, startPlayground } from '../../../scripts/playground.ts';
import { programListShape, shapeCsv } from '../../fixtures/program-lists.ts';

describe('refusalFor', () => {
  it.each<[Record<string, string>, string, string | null]>([
    [{ host: 'localhost:8080' }, 'GET', null],
    [{ host: '127.0.0.1:8080' }, 'GET', null],
    [{ host: '[::1]:8080' }, 'GET', null],
    [{ host: 'LOCALHOST:8080' }, 'GET', null],
    [{ host: 'localhost:8080', origin: 'http://localhost:8080' }, 'POST', null],
    [{ host: 'localhost:8080' }, 'POST', null],
    [{ host: 'localhost:8080', 'sec-fetch-site': 'same-origin' }, 'POST', null],
    [{ host: 'evil.example:8080' }, 'GET', 'own address'],
    [{ host: 'localhost:9999' }, 'GET', 'own address'],
    [{ host: 'localhost' }, 'GET', 'own address'],
    [{}, 'GET', 'own address'],
    [{ host: 'localhost:8080', origin: 'http://evil.example' }, 'POST', 'another site'],
    [{ host: 'localhost:8080', origin: 'http://127.0.0.1:8080' }, 'POST', 'another site'],
    [{ host: 'localhost:8080', origin: 'null' }, 'POST', 'another site'],
    [{ host: 'localhost:8080', 'sec-fetch-site': 'cross-site' }, 'POST', 'another site'],
  ])('answers %j %s with %j', (headers, method, refusal) => {
    const answer = refusalFor(headers, method, 8080);
    if (refusal === null) expect(answer).toBeNull();
    else expect(answer).toContain(refusal);
  });

  it('also answers to the host the server was started on', () => {
    expect(refusalFor({ host: 'devbox.local:8080' }, 'GET', 8080, 'devbox.local')).toBeNull();
    expect(refusalFor({ host: 'devbox.local:8080' }, 'GET', 8080)).not.toBeNull();
    expect(refusalFor({ host: '0.0.0.0:8080' }, 'GET', 8080, '0.0.0.0')).not.toBeNull();
  });
});

describe('messageFor', () => {
  it('answers one line, never a stack', () => {
    const error = new Error('The CSV file has no rows.\n    at parseCsv (csv-import.ts:1:1)');
    expect(messageFor(error)).toBe('The CSV file has no rows.');
    expect(messageFor({})).toBe('The playground could not do that, for a reason it did not say.');
  });
});

/** A raw request, so tests can send any Host and Origin. */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the playground server', { timeout: 60_000 }, () => {
  let playground: Playground;
  let port: number;

  beforeAll(async () => {
    playground = await startPlayground({ port: 0 });
    port = Number(new URL(playground.url).port);
  });
  afterAll(async () => {
    await playground?.close();
  });

  const api = (path: string) => `http://127.0.0.1:${port}${path}`;

  it('refuses a rebinding host and a cross-site POST with 403, changing nothing', async () => {
    const before = playground.workbook.version;
    const rebinding = await request(api('/api/workbook'), { headers: { host: `attacker.example:${port}` } });
    expect(rebinding.status).toBe(403);
    expect(JSON.parse(rebinding.body).error.message).toContain('only requests to its own address');
    const crossSite = await request(api('/api/reset'), {
      method: 'POST',
      headers: {
        host: `localhost:${port}`,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      body: '{"workbook":"empty"}',
    });
    expect(crossSite.status).toBe(403);
    expect(playground.workbook.version).toBe(before);
  });

  it('imports a CSV with a byte-order mark and CRLF and says what it read', async () => {
    const csv = shapeCsv(programListShape('blog'), { bom: true, crlf: true });
    const answer = await request(api('/api/csv/Programs'), {
      method: 'POST',
      headers: { host: `localhost:${port}`, origin: `http://localhost:${port}` },
      body: Buffer.from(csv, 'utf8'),
    });
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body);
    expect(body).toMatchObject({ ok: true, dataRows: 40, encoding: 'UTF-8' });
    expect(body.summary).toBe(
      'Imported 40 programs into Programs. Recognised 9 columns ("Program", "City, State", "Program Type" → Type, "Track", "Positions", "Min Step 2 CK", "Accepts IMGs" → Takes IMGs, "Sponsors visa", "Notes"); kept 2 as your own ("#", "Applied?").',
    );
  });

  it('refuses a file too large before parsing it, in plain words', async () => {
    const huge = `${'x,'.repeat(400)}x\n`.repeat(2_000);
    const answer = await request(api('/api/csv/Programs'), {
      method: 'POST',
      headers: { host: `localhost:${port}` },
      body: huge,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { message: expect.stringMatching(/^The file is too large to import here/) },
    });
  });

  it('answers /api/run as Apps Script does: a name the script does not declare is not found; a deep argument a plain sentence', async () => {
    const run = (body: string) =>
      request(api('/api/run'), {
        method: 'POST',
        headers: { host: `localhost:${port}`, 'content-type': 'application/json' },
        body,
      });
    for (const name of ['constructor', 'toString', 'Date']) {
      const answer = await run(JSON.stringify({ name }));
      expect(JSON.parse(answer.body)).toEqual({
        ok: false,
        error: { message: `Script function not found: ${name}` },
      });
    }
    const deep = `{"name":"getState","arg":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const answer = await run(deep);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body).not.toMatch(/Maximum call stack/);
    expect(JSON.parse(answer.body).error.message).toBe(
      'The argument could not be sent: it is nested more than 1,000 levels deep.',
    );
  });

  it('answers a bad import or an unknown route with a plain sentence, not a stack or a bare 500', async () => {
    const empty = await request(api('/api/csv/Programs'), {
      method: 'POST',
      headers: { host: `localhost:${port}` },
      body: '',
    });
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body).error.message).toBe('The CSV file has no rows.');
    const wrongSheet = await request(api('/api/csv/Profile'), {
      method: 'POST',
      headers: { host: `localhost:${port}` },
      body: 'a\n1',
    });
    expect(wrongSheet.status).toBe(400);
    expect(JSON.parse(wrongSheet.body).error.message).toBe('A CSV file can replace only Programs or Cohort.');
    const missing = await request(api('/api/delete-sheet'), {
      method: 'POST',
      headers: { host: `localhost:${port}`, 'content-type': 'application/json' },
      body: '{"sheet":"No such sheet"}',
    });
    expect(JSON.parse(missing.body)).toEqual({
      ok: false,
      error: { message: 'There is no sheet named "No such sheet".' },
    });
    expect(missing.body).not.toMatch(/\bat \w+ \(/);
  });
});
