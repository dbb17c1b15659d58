/**
 * The playground's HTTP routes: the grid page and its static files (and Chart.js from node_modules), the
 * sidebar the add-on showed with the `google.script.run` bridge injected, the docs/ pages as plain text (the
 * sidebar's help links land there), and the JSON API the page and the bridge call (`/api/run` is the
 * bridge's round trip to the real server code; `/api/shared` the files sharing made, which stay here). Every answer to a bad request is a plain sentence, never a
 * stack. The playground is a local tool: a request whose `Host` is not the playground's own address (DNS
 * rebinding) or whose `Origin` is another site (a cross-site POST) is refused before anything runs.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportProblem } from './csv-import.ts';
import type { PlaygroundWorkbook, StartingWorkbook } from './workbook.ts';

const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');
/** The repository's docs/, served as plain text at /docs/NAME (the sidebar's help links point there). */
const DOCS_DIR = path.resolve(STATIC_DIR, '../../../docs');
const STATIC_FILES: Record<string, string> = {
  '/': 'index.html',
  '/playground/grid.js': 'grid.js',
  '/playground/charts.js': 'charts.js',
  '/playground/grid.css': 'grid.css',
  '/playground/bridge.js': 'bridge.js',
};
/** Chart.js, served from node_modules (the page's policy allows scripts from this server only). */
const CHART_JS = path.resolve(STATIC_DIR, '../../../node_modules/chart.js/dist/chart.umd.min.js');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Names google.script.run can call: top-level identifiers not ending in `_` (Apps Script hides those). */
const SERVER_NAME = /^[A-Za-z$][\w$]*$/;

class BadRequest extends Error {}

/** Host names the playground answers to besides the one it was started on. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Why a request must be refused because of where it comes from, or null when it is the page's own: its
 * `Host` must name this machine (a loopback name, or `host` the server was started on) and the server's
 * port, so a web page whose own domain was pointed at 127.0.0.1 (DNS rebinding) is refused; a request that
 * may change something (not GET/HEAD) must come from the same origin (`Origin` equal to `http://` + Host)
 * or from no browser page at all (no `Origin`, and `Sec-Fetch-Site` not cross-site).
 *
 * @param headers - the request headers
 * @param method - the HTTP method
 * @param port - the port the server listens on
 * @param host - the host name the server was started on (e.g. 127.0.0.1), if any
 * @returns the refusal in plain words, or null
 * @example
 * refusalFor({ host: 'localhost:8080' }, 'GET', 8080) // null
 * refusalFor({ host: 'evil.example:8080' }, 'GET', 8080) // 'This playground answers only …'
 */
export function refusalFor(
  headers: IncomingMessage['headers'],
  method: string,
  port: number,
  host?: string,
): string | null {
  const names = new Set([...LOOPBACK_NAMES, ...(host && host !== '0.0.0.0' && host !== '::' ? [host] : [])]);
  const allowed = new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
  const hostHeader = String(headers.host ?? '').toLowerCase();
  if (!allowed.has(hostHeader)) {
    return `This playground answers only requests to its own address (http://localhost:${port}/), not to "${hostHeader.slice(0, 100)}".`;
  }
  if (method === 'GET' || method === 'HEAD') return null;
  const origin = headers.origin;
  if (typeof origin === 'string' && origin !== '') {
    return origin.toLowerCase() === `http://${hostHeader}`
      ? null
      : 'This playground accepts changes only from its own page, not from another site.';
  }
  return headers['sec-fetch-site'] === 'cross-site'
    ? 'This playground accepts changes only from its own page, not from another site.'
    : null;
}

function send(res: ServerResponse, status: number, body: string, type: string, extra = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ImportProblem('The file is larger than 10 MB.', 413);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ImportProblem('The request is larger than 10 MB.', 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBytes(req)).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req);
  try {
    const value: unknown = body ? JSON.parse(body) : {};
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new BadRequest('The request body must be a JSON object.');
}

function stringField(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new BadRequest(`"${key}" must be a non-empty string.`);
  return value;
}

/** The HTTP status for an error: a bad request or file is the person's to fix (4xx); anything else 500. */
function statusOf(error: unknown): number {
  if (error instanceof ImportProblem) return error.status;
  return error instanceof BadRequest ? 400 : 500;
}

/** The message an error answers with: its own plain sentence (one line, no stack), or a general one. */
export function messageFor(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const line = (text.split('\n')[0] ?? '').trim().slice(0, 500);
  return line === '' ? 'The playground could not do that, for a reason it did not say.' : line;
}

/**
 * The sidebar page with the bridge loaded before the sidebar's own script: the page the add-on last showed
 * (`showSidebar`, with what it wrote into it, such as the tab to open on), or dist/Sidebar.html before it
 * showed one.
 */
function sidebarHtml(distDir: string, shown: string | null): string {
  const html = shown ?? fs.readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8');
  const bridge = '<script src="/playground/bridge.js"></script>';
  const head = html.search(/<head[^>]*>/i);
  if (head < 0) return bridge + html;
  const end = html.indexOf('>', head) + 1;
  return html.slice(0, end) + bridge + html.slice(end);
}

async function handleApi(
  workbook: PlaygroundWorkbook,
  req: IncomingMessage,
  route: string,
  res: ServerResponse,
) {
  const method = req.method ?? 'GET';
  const csv = /^\/api\/csv\/(.+)$/.exec(route);
  if (csv && method === 'GET') {
    const sheet = decodeURIComponent(csv[1]!);
    const text = await workbook.exportCsv(sheet);
    const file = `${sheet.replace(/[^\w -]+/g, '_')}.csv`;
    send(res, 200, text, 'text/csv; charset=utf-8', {
      'content-disposition': `attachment; filename="${file}"`,
    });
    return;
  }
  if (method === 'GET' && route === '/api/workbook') return sendJson(res, 200, await workbook.snapshot());
  if (method === 'GET' && route === '/api/version') return sendJson(res, 200, { version: workbook.version });
  if (method === 'GET' && route === '/api/shared') return sendJson(res, 200, await workbook.sharedFiles());
  const shared = /^\/api\/shared\/([\w-]{1,80})$/.exec(route);
  if (method === 'GET' && shared) return sendJson(res, 200, await workbook.sharedFile(shared[1]!));
  if (method !== 'POST') throw new BadRequest(`${method} ${route} is not something the playground answers.`);
  if (csv) {
    const imported = await workbook.importCsv(decodeURIComponent(csv[1]!), await readBytes(req));
    return sendJson(res, 200, { ok: true, ...imported });
  }
  const body = await readJson(req);
  switch (route) {
    case '/api/run': {
      const name = stringField(body, 'name');
      if (!SERVER_NAME.test(name) || name.endsWith('_'))
        throw new BadRequest(`"${name}" is not a server function.`);
      return sendJson(res, 200, await workbook.callServer(name, body.arg));
    }
    case '/api/menu':
      return sendJson(res, 200, await workbook.runMenuItem(stringField(body, 'functionName')));
    case '/api/cell': {
      const value = body.value;
      if (typeof value !== 'string') throw new BadRequest('"value" must be the text typed into the cell.');
      const answer = await workbook.editCell(stringField(body, 'sheet'), stringField(body, 'a1'), value);
      return sendJson(res, 200, answer.stored ? { ok: true } : { ok: false, rejected: answer.message });
    }
    case '/api/activate':
      await workbook.activate(stringField(body, 'sheet'));
      return sendJson(res, 200, { ok: true });
    case '/api/delete-sheet':
      await workbook.deleteSheet(stringField(body, 'sheet'));
      return sendJson(res, 200, { ok: true });
    case '/api/reset': {
      const start: StartingWorkbook = body.workbook === 'empty' ? 'empty' : 'sample';
      const problems = await workbook.reset(start);
      return sendJson(res, 200, { ok: true, problems });
    }
    default:
      throw new BadRequest(`${method} ${route} is not something the playground answers.`);
  }
}

/**
 * The request handler for one playground session.
 *
 * @param workbook - the session the API acts on
 * @param distDir - where the built Sidebar.html is read from (on every request, so a rebuild shows)
 * @returns a Node `http` request listener
 * @example
 * http.createServer(createHandler(workbook, 'dist')).listen(8080)
 */
export function createHandler(workbook: PlaygroundWorkbook, distDir: string, host?: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const route = (req.url ?? '/').split('?')[0]!;
    const refusal = refusalFor(req.headers, req.method ?? 'GET', req.socket.localPort ?? 0, host);
    if (refusal) return sendJson(res, 403, { ok: false, error: { message: refusal } });
    try {
      if (route.startsWith('/api/')) return await handleApi(workbook, req, route, res);
      if (route === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
      if (route === '/sidebar') {
        return send(res, 200, sidebarHtml(distDir, workbook.lastSidebarHtml()), CONTENT_TYPES['.html']!);
      }
      const doc = /^\/docs\/([a-z][a-z-]{0,40})$/.exec(route);
      if (doc) {
        const file = path.join(DOCS_DIR, `${doc[1]}.md`);
        if (!fs.existsSync(file))
          return send(res, 404, 'There is no such help page.', 'text/plain; charset=utf-8');
        return send(res, 200, fs.readFileSync(file, 'utf8'), 'text/plain; charset=utf-8');
      }
      if (route === '/playground/vendor/chart.js') {
        return send(res, 200, fs.readFileSync(CHART_JS, 'utf8'), CONTENT_TYPES['.js']!);
      }
      const file = STATIC_FILES[route];
      if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      const type = CONTENT_TYPES[path.extname(file)]!;
      const policy = file === 'index.html' ? { 'content-security-policy': PAGE_POLICY } : {};
      send(res, 200, fs.readFileSync(path.join(STATIC_DIR, file), 'utf8'), type, policy);
    } catch (error) {
      if (res.headersSent) return;
      sendJson(res, statusOf(error), { ok: false, error: { message: messageFor(error) } });
    }
  };
}
