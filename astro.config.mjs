// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { LOCALES, sitemapI18n } from './src/lib/locale.ts';
import { isEmbedPath } from './src/lib/paths.ts';
import { siteAddress, withoutBase } from './src/lib/base.ts';
import { mdxGuard } from './src/content-check/mdx-guard.ts';
import { contentLinks, contentModules } from './src/content-check/module-guard.ts';
import { MARKDOWN_FEATURES } from './src/content-check/story-body.ts';
import { listedFiles } from './src/build/files.ts';
import { adminEditor } from './src/admin/integration.ts';
import { securityHeaders } from './src/build/headers.ts';

/**
 * Where the site is deployed; canonical URLs, feeds and the sitemap use it. A path in it
 * (https://example.org/casebook/) becomes the base every link carries. Empty means the default;
 * a malformed address stops the build naming SITE_URL.
 */
/** The chunk of a story's compiled MDX: one of eight, by its folder name. */
function storyChunk(/** @type {string} */ id) {
  const story = /[\\/]content[\\/]initiatives[\\/]([^\\/]+)[\\/][^\\/]+\.mdx(?:$|\?)/.exec(id)?.[1];
  if (story === undefined) return undefined;
  let hash = 0;
  for (const char of story) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `stories-${hash % 8}`;
}

const { site, base } = siteAddress(process.env.SITE_URL);
/** The base path without its trailing slash: '' at a domain's root. */
const basePath = base.replace(/\/+$/, '');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.CASEBOOK_OUT_DIR ?? './dist',
  // The content store holds text with language fallbacks filled in: a new language needs a fresh one.
  cacheDir: `./node_modules/.astro/${LOCALES.join('-')}`,
  build: { format: 'directory' },
  // The site's own pages (content/pages/) are Markdown, held to the same rule as stories.
  markdown: { processor: satteri({ mdastPlugins: [mdxGuard], features: MARKDOWN_FEATURES }) },
  integrations: [
    // Nothing in content/ is read through a symbolic link: the build stops before Astro's loaders follow one.
    contentLinks(),
    // Stories may hold only Markdown and the story components: the content check's rule, enforced again at compile time.
    mdx({ processor: satteri({ mdastPlugins: [mdxGuard] }) }),
    sitemap({
      i18n: sitemapI18n(),
      // Embed pages are the stories' charts again, for other sites to frame: the stories are the pages to find.
      filter: (page) => !page.includes('/404') && !isEmbedPath(withoutBase(new URL(page).pathname, basePath)),
    }),
    // Social cards, chart images and per-story downloads are listed by the build and written when it is done.
    listedFiles(),
    // Security headers for static hosts that read `_headers`, from the same policy as the pages' <meta>;
    // after the listed files, so its rules follow the finished site's folders.
    securityHeaders(basePath),
    // The editor at /admin/, after `_headers` is written (it adds its own policy there, for a folder
    // the rules above have not seen).
    adminEditor(basePath),
  ],
  vite: {
    // Nothing in content/ is loaded as code: only texts, data and images that are what they say, no links.
    plugins: [contentModules()],
    // The dev server does not watch built sites (dist/, the link, and the .dist-* folders) or the build lock.
    server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**', '**/.build.lock*'] } },
    build: {
      // Keep scripts in files of their own so the Content Security Policy needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      // `npm run build` builds into a folder that held an earlier site and removes what this build did
      // not write (src/build/output.ts): files are rewritten in place rather than deleted and made anew.
      emptyOutDir: !process.env.CASEBOOK_OUT_DIR,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's MDX output carries a module-level directive that Rollup reports per file.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
        // Story modules in a few shared chunks instead of two files each: 4,000 files written, read
        // and deleted by a 1,000-story build become a handful.
        output: { manualChunks: storyChunk },
      },
    },
  },
});
