/**
 * `npm start`: the local playground. Loads the BUILT add-on (`dist/`, made by `npm run build`) into the
 * in-memory Apps Script emulator with the fictional sample workbook, and serves a spreadsheet-like page at
 * http://localhost:8080 (`PORT` overrides; `HOST` picks the interface, 127.0.0.1 by default): sheet tabs,
 * the grid, the add-on menu, and the real sidebar, whose `google.script.run` calls reach the real server
 * code. No Google account, no network. Tests start it in-process with `startPlayground`.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandler } from './playground/routes.ts';
import { PlaygroundWorkbook, type StartingWorkbook } from './playground/workbook.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface PlaygroundOptions {
  /** 0 picks a free port. Default: `PORT` or 8080. */
  port?: number;
  host?: string;
  /** Default `dist` under the project root. */
  distDir?: string;
  /** `sample` (default) sets up the sample workbook through the add-on; `empty` starts with one blank sheet. */
  workbook?: StartingWorkbook;
}

export interface Playground {
  url: string;
  workbook: PlaygroundWorkbook;
  close(): Promise<void>;
}

/**
 * Starts the playground server.
 *
 * @param options - port, host, dist directory and starting workbook
 * @returns its URL, the session behind it, and `close()`
 * @example
 * const { url, close } = await startPlayground({ port: 0 });
 */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const distDir = path.resolve(root, options.distDir ?? 'dist');
  for (const file of ['Code.js', 'Sidebar.html']) {
    if (!fs.existsSync(path.join(distDir, file))) {
      throw new Error(
        `${path.join(distDir, file)} is missing. Run "npm run build" first (npm start does it).`,
      );
    }
  }
  const workbook = new PlaygroundWorkbook(distDir);
  const problems = await workbook.reset(options.workbook ?? 'sample');
  for (const problem of problems) console.warn(`RadList playground: ${problem}`);
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer(createHandler(workbook, distDir, host));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${port}/`,
    workbook,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number from 0 to 65535, not "${process.env.PORT}".`);
    process.exit(1);
  }
  startPlayground({ port, host: process.env.HOST }).then(
    ({ url }) => console.log(`RadList playground: ${url}  (Ctrl+C to stop)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
