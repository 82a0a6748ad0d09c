/**
 * Global setup of the test projects that use a browser: Chromium is there (installed if it can be)
 * before the first test that needs it, whichever project or file runs first; then one Chromium is
 * started for all of the project's test files (`testBrowser()` connects to it), and for the site
 * project one server of dist/ (`siteUrl()`), instead of one of each per file.
 */
import type { TestProject } from 'vitest/node';
import { ensureBrowser } from './ensure-browser';
import { launchShared, serve } from './browser';
import { requireDist } from './dist';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the project's shared Chromium listens. */
    browserEndpoint: string;
    /** Where the site project's server of dist/ listens ('' for other projects). */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureBrowser();
  const browser = await launchShared();
  project.provide('browserEndpoint', browser.wsEndpoint());
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  if (project.name === 'site') {
    requireDist();
    server = await serve('dist');
  }
  project.provide('siteUrl', server?.url ?? '');
  return async () => {
    await server?.close();
    await browser.close();
  };
}
