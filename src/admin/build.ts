/**
 * Node-only: writes the editor at /admin/ into a folder: Decap CMS's prebuilt bundle copied from
 * node_modules (served by us, never from elsewhere), the project's script bundled with esbuild,
 * the page with its own Content Security Policy, and the settings read from content/. Used by
 * the site's build (dist/admin/) and by `npm run edit` (a temporary folder).
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeCheck } from './check-bundle';
import { editorSettings, type EditorBackend } from './config';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * The page's policy: scripts from this origin only (no inline script). Decap CMS checks its
 * configuration with Ajv, which compiles validators with `new Function` ('unsafe-eval'), and
 * styles itself with inline <style> ('unsafe-inline' for styles); it talks to GitHub's API when
 * saving there. Reader pages keep the site's stricter policy: this one is /admin/'s alone.
 */
export function adminPolicy(backend: EditorBackend): string {
  const github =
    backend.kind === 'github'
      ? [
          'https://api.github.com',
          ...(backend.baseUrl ? [new URL(backend.baseUrl).origin] : ['https://api.netlify.com']),
        ]
      : [];
  const images =
    backend.kind === 'github' ? ' https://avatars.githubusercontent.com https://raw.githubusercontent.com' : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${images}`,
    "font-src 'self' data:",
    `connect-src 'self'${github.map((origin) => ` ${origin}`).join('')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function page(policy: string): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="strict-origin-when-cross-origin" />
    <title>编辑 · Editor — 贵阳实事案例集</title>
    <link rel="stylesheet" href="admin.css" />
    <script src="casebook-admin.js" defer></script>
  </head>
  <body>
    <a id="casebook-language" class="casebook-language" href="?lang=en">English</a>
  </body>
</html>
`;
}

/** The project's Prettier options for YAML, so data.yaml is written as `prettier --check` wants it. */
async function prettierOptions(root: string): Promise<Record<string, unknown>> {
  const options = JSON.parse(await readFile(join(root, '.prettierrc.json'), 'utf8')) as Record<string, unknown>;
  // Plugins and overrides are for other files (Astro components); YAML needs neither.
  return Object.fromEntries(Object.entries(options).filter(([key]) => key !== 'plugins' && key !== 'overrides'));
}

/** Decap CMS's files to serve: its main bundle, the chunks it loads on demand, and its licence notice. */
async function decapFiles(): Promise<string[]> {
  const dir = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  const names = await readdir(dir);
  return names
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name))
    .map((name) => join(dir, name));
}

/** The settings the editor's script reads (settings.json). */
export async function adminSettings(root: string, backend: EditorBackend) {
  return { ...editorSettings(join(root, 'content'), backend), prettier: await prettierOptions(root) };
}

/** Writes the editor into `out` (e.g. dist/admin); `root` holds content/ and .prettierrc.json. */
export async function writeAdmin(out: string, root: string, backend: EditorBackend): Promise<void> {
  await mkdir(out, { recursive: true });
  // On the deployed site the check runs in the page; where its parser cannot be had, on the pull request.
  const inBrowser = backend.kind === 'github' && (await writeCheck(out, root));
  const settings = await adminSettings(root, backend);
  if (backend.kind === 'github' && !inBrowser) settings.check = 'none';
  await Promise.all([
    build({
      entryPoints: [join(here, 'browser', 'main.ts')],
      outfile: join(out, 'casebook-admin.js'),
      bundle: true,
      format: 'iife',
      target: 'es2020',
      minify: true,
      legalComments: 'linked',
      logLevel: 'error',
    }),
    ...(await decapFiles()).map((file) => copyFile(file, join(out, file.split('/').pop()!))),
    copyFile(join(here, 'browser', 'admin.css'), join(out, 'admin.css')),
    copyFile(join(here, 'browser', 'preview.css'), join(out, 'preview.css')),
    writeFile(join(out, 'settings.json'), JSON.stringify(settings)),
    writeFile(join(out, 'index.html'), page(adminPolicy(backend))),
  ]);
}
