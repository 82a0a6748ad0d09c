/**
 * Node-only: the Astro integration that puts the editor at /admin/ into a built site, saving to
 * the GitHub repository named by `repository` in package.json (one pull request per story). The
 * editor is written when the build is done: it is no page of the site (not in the sitemap, not
 * indexed by search, loaded by no reader's page) and carries its own policy, also in `_headers`.
 * Without a repository there is nothing to save to, and no /admin/ is written.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { repositoryUrl } from '../lib/repository';
import { adminPolicy, writeAdmin } from './build';
import type { EditorBackend } from './config';

/**
 * GitHub settings: the repository named in package.json, or the one GitHub Actions builds
 * (`GITHUB_REPOSITORY`, as in the deploy workflow); undefined without either.
 */
export async function githubBackend(root: string): Promise<EditorBackend | undefined> {
  const manifest = JSON.parse(await readFile(`${root}/package.json`, 'utf8')) as { repository?: unknown };
  const url = repositoryUrl(manifest.repository) ?? repositoryUrl(process.env.GITHUB_REPOSITORY);
  if (!url) return undefined;
  return {
    kind: 'github',
    repo: url.replace('https://github.com/', ''),
    branch: process.env.CASEBOOK_BRANCH || 'main',
    baseUrl: process.env.CASEBOOK_OAUTH_URL || undefined,
    siteDomain: process.env.CASEBOOK_OAUTH_SITE || undefined,
  };
}

/**
 * The `_headers` rule of the editor under `base` (the site's base path, '' at a domain's root):
 * hosts that read the file drop the site's policy there (`!`, Cloudflare Pages) for the editor's.
 */
export function adminHeaders(base: string, policy: string): string {
  return `${base}/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n  X-Robots-Tag: noindex\n`;
}

/** The integration, for a site served under `base` ('' at a domain's root). */
export function adminEditor(base: string): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'casebook-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const backend = await githubBackend(root);
        if (!backend) {
          logger.info('no repository (package.json `repository`, or GITHUB_REPOSITORY): /admin/ is not written');
          return;
        }
        await writeAdmin(fileURLToPath(new URL('admin/', dir)), root, backend);
        await appendFile(new URL('_headers', dir), adminHeaders(base, adminPolicy(backend)));
      },
    },
  };
}
