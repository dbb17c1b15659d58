/**
 * `npm run build`: writes dist/ exactly as `clasp push` uploads it.
 *
 * - dist/Code.js: src/addon/index.ts bundled by esbuild as one IIFE assigned to `RadList`, followed by a
 *   generated top-level `function` declaration for every entry point of the registry
 *   (src/addon/entry-points.ts) calling `RadList.ENTRY_POINTS.NAME` (Apps Script only calls declared
 *   functions), each custom function with the JSDoc Sheets shows as help.
 * - dist/Sidebar.html: src/sidebar/sidebar.html with its CSS and bundled script inlined (no external files).
 * - dist/appsscript.json: copied from appsscript.json at the repository root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { type EntryPoint, entryList } from '../src/addon/entry-points.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const GLOBAL = 'RadList';

/** JSDoc for one entry point; custom functions get `@customfunction` and typed `@param` help. */
function docFor(entry: EntryPoint): string {
  const lines = [entry.summary, ''];
  for (const p of entry.params) {
    const name = p.optional ? `[${p.name}]` : p.name;
    lines.push(`@param {${p.type}} ${name} ${p.help}`);
  }
  if (entry.returns) lines.push(`@return {${entry.returns.type}} ${entry.returns.help}`);
  if (entry.example) lines.push(`@example ${entry.example}`);
  if (entry.customFunction) lines.push('@customfunction');
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */`;
}

/** The generated declarations that make each entry point visible to Apps Script. */
export function entryDeclarations(entries: readonly EntryPoint[]): string {
  return entries
    .map((entry) => {
      const params = entry.params.map((p) => p.name).join(', ');
      return `${docFor(entry)}\nfunction ${entry.name}(${params}) {\n  return ${GLOBAL}.ENTRY_POINTS.${entry.name}.apply(null, arguments);\n}\n`;
    })
    .join('\n');
}

/**
 * esbuild's options for the server bundle (also used by `npm run bench` to see what is in it; the metafile
 * changes nothing in the output).
 */
export function serverBuildOptions(): esbuild.BuildOptions & { write: false; metafile: true } {
  return {
    entryPoints: [path.join(root, 'src/addon/index.ts')],
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    legalComments: 'none',
    // Minified: Apps Script parses the whole bundle on every execution (each custom-function cell included),
    // so size is load time. Entry points keep their names through the footer's `RadList.ENTRY_POINTS.NAME` calls.
    minify: true,
    charset: 'utf8',
    logLevel: 'warning',
  };
}

/** dist/Code.js from the bundle's text: a header, the bundle, and the generated entry-point declarations. */
export function codeJs(bundle: string): string {
  const header =
    '// RadList — built by scripts/build.ts from src/. Do not edit; edit src/ and run npm run build.\n';
  const footer = `\n// Entry points (generated from src/addon/entry-points.ts).\n${entryDeclarations(entryList())}`;
  return header + bundle + footer;
}

/**
 * Bundles the server code as dist/Code.js holds it, with esbuild's metafile (bytes each source module adds).
 *
 * @param plugins - esbuild plugins (the bench swaps modules out to measure what they cost; the build adds none)
 * @returns the Code.js text and the metafile
 */
export async function bundleServer(
  plugins: esbuild.Plugin[] = [],
): Promise<{ code: string; metafile: esbuild.Metafile }> {
  const result = await esbuild.build({ ...serverBuildOptions(), plugins });
  return { code: codeJs(result.outputFiles[0]!.text), metafile: result.metafile };
}

async function buildServer(): Promise<void> {
  writeDistFile('Code.js', (await bundleServer()).code);
}

async function buildSidebar(): Promise<void> {
  const dir = path.join(root, 'src/sidebar');
  const result = await esbuild.build({
    entryPoints: [path.join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const script = result.outputFiles[0]!.text.replace(/<\/(script)/gi, '<\\/$1');
  const css = fs.readFileSync(path.join(dir, 'style.css'), 'utf8').replace(/<\/(style)/gi, '<\\/$1');
  const template = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8');
  if (!template.includes('/*STYLE*/') || !template.includes('/*SCRIPT*/')) {
    throw new Error('src/sidebar/sidebar.html must contain the /*STYLE*/ and /*SCRIPT*/ markers');
  }
  const html = template.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => script);
  writeDistFile('Sidebar.html', html);
}

/** The files dist/ holds; anything else found there is removed. */
const DIST_FILES = ['Code.js', 'Sidebar.html', 'appsscript.json'];

/**
 * Writes one dist/ file through a temporary file and a rename, so a test or playground reading dist/ while
 * another build runs never sees half a file.
 */
function writeDistFile(name: string, content: string): void {
  const temporary = path.join(dist, `.${name}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, path.join(dist, name));
}

export async function build(): Promise<void> {
  fs.mkdirSync(dist, { recursive: true });
  for (const file of fs.readdirSync(dist)) {
    if (!DIST_FILES.includes(file) && !file.endsWith('.tmp'))
      fs.rmSync(path.join(dist, file), { recursive: true, force: true });
  }
  writeDistFile('appsscript.json', fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8'));
  await Promise.all([buildServer(), buildSidebar()]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().then(
    () => {
      const size = fs.statSync(path.join(dist, 'Code.js')).size;
      console.log(`built dist/ (Code.js ${(size / 1024).toFixed(1)} KB)`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
