/** The built site served on 127.0.0.1 and Chromium, started before a test file's tests and stopped after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, openPage, serve, type OpenedPage } from './browser';
import { requireDist } from './dist';

/** What a test file drives: the browser, and the address the site is served at. */
export interface SiteInBrowser {
  readonly browser: Browser;
  readonly url: string;
  /** Opens a path of the site in a context of its own (1280×900 unless `options` say otherwise). */
  open(path: string, options?: Parameters<Browser['newContext']>[0]): Promise<OpenedPage>;
}

/** Registers the hooks that start and stop the server and the browser; read the result inside tests. */
export function siteInBrowser(): SiteInBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    requireDist();
    server = await serve('dist');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
    open: (path, options = {}) => openPage(browser!, server!.url + path, options),
  };
}
