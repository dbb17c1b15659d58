/**
 * The built dist/ has the shape Apps Script needs: the shared checker passes, every registered entry point
 * is exported by src/addon/index.ts, and Code.js stays small.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS, SERVER_FUNCTIONS } from '../src/addon/entry-points.ts';
import * as addon from '../src/addon/index.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('dist/', () => {
  it('passes ../shared/tools/check-gas-bundle.mjs', () => {
    const output = execFileSync('node', [path.join(root, '../shared/tools/check-gas-bundle.mjs'), 'dist'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toMatch(/check-gas-bundle: OK/);
  });

  it('keeps Code.js under 150 KB', () => {
    expect(fs.statSync(path.join(root, 'dist/Code.js')).size).toBeLessThan(150 * 1024);
  });

  it('exports a function for every registered entry point, and registers every export', () => {
    const registered = [...CUSTOM_FUNCTIONS, ...SERVER_FUNCTIONS].map((entry) => entry.name).sort();
    expect(Object.keys(addon).sort()).toEqual(registered);
    for (const name of registered) expect(typeof (addon as Record<string, unknown>)[name]).toBe('function');
  });

  it('ships the manifest with exactly the three scopes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist/appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});
