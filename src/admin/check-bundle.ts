/**
 * Node-only: the content check as the editor's page runs it on the deployed site, where there is
 * no local backend: `src/admin/browser/content-check.ts` bundled with Node's file system replaced
 * by content/ in memory, and the parser the check and Astro use (satteri) as its WebAssembly
 * build. That build's package declares `cpu: wasm32`, so `npm install` leaves it out on every
 * machine; it is fetched once, for satteri's own version, with `npm pack` into the cache.
 * Without it (no registry) the editor says the check runs on the pull request instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const WASM_PACKAGE = '@bruits/satteri-wasm32-wasi';

/** The folder of satteri's WebAssembly package for the installed satteri, fetched into the cache once. */
export function satteriWasm(root: string): string | undefined {
  // satteri exports no package.json: its folder is two up from its entry (dist/index.js).
  const manifest = join(dirname(require.resolve('satteri')), '..', 'package.json');
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const cache = join(root, 'node_modules', '.cache', 'casebook-satteri-wasm', version);
  const dir = join(cache, 'package');
  if (existsSync(join(dir, 'package.json'))) return dir;
  const scratch = `${cache}.${process.pid}`;
  try {
    mkdirSync(scratch, { recursive: true });
    const name = execFileSync('npm', ['pack', `${WASM_PACKAGE}@${version}`, '--silent'], {
      cwd: scratch,
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    execFileSync('tar', ['-xzf', name], { cwd: scratch });
    mkdirSync(cache, { recursive: true });
    renameSync(join(scratch, 'package'), dir);
    return dir;
  } catch {
    // Another build fetching it at the same moment may have put it in place first.
    return existsSync(join(dir, 'package.json')) ? dir : undefined;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every file of content/ as text, keyed `content/…` (images as empty text: the check only asks whether they exist). */
function contentFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const key = relative(root, path).split(sep).join('/');
        files[key] = /\.(?:ya?ml|mdx?|json|txt)$/.test(name) ? readFileSync(path, 'utf8') : '';
      }
    }
  };
  walk(join(root, 'content'));
  return files;
}

/** Node built-ins the check imports, served by the in-memory stand-ins; the wasm package from its folder. */
function browserModules(wasm: string): Plugin {
  const stand = (name: string) => join(here, 'browser', 'node', `${name}.ts`);
  return {
    name: 'casebook-check-modules',
    setup(context) {
      context.onResolve({ filter: /^node:(fs|module)$/ }, (args) => ({ path: stand(args.path.slice(5)) }));
      context.onResolve({ filter: /^node:path$/ }, () => ({ path: require.resolve('path-browserify') }));
      context.onResolve({ filter: /^@bruits\/satteri-wasm32-wasi$/ }, () => ({
        path: join(wasm, 'satteri_napi.wasi-browser.js'),
      }));
    },
  };
}

/**
 * Writes the check into `out` (beside the editor): `casebook-check.js`, its chunks, the parser's
 * WebAssembly and worker, and `content.json`. Returns false when the parser could not be had.
 */
export async function writeCheck(out: string, root: string): Promise<boolean> {
  const wasm = satteriWasm(root);
  if (!wasm) return false;
  const worker = join(out, 'check', WASM_PACKAGE, 'wasi-worker-browser.mjs');
  await mkdir(dirname(worker), { recursive: true });
  await Promise.all([
    build({
      entryPoints: { 'casebook-check': join(here, 'browser', 'content-check.ts') },
      outdir: join(out, 'check'),
      bundle: true,
      format: 'esm',
      splitting: true,
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'linked',
      logLevel: 'error',
      plugins: [browserModules(wasm)],
    }),
    build({
      entryPoints: [join(wasm, 'wasi-worker-browser.mjs')],
      outfile: worker,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      logLevel: 'error',
    }),
    copyFile(join(wasm, 'satteri_napi.wasm32-wasi.wasm'), join(out, 'check', 'satteri_napi.wasm32-wasi.wasm')),
    writeFile(join(out, 'check', 'content.json'), JSON.stringify(contentFiles(root))),
  ]);
  return true;
}
