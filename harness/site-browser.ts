/**
 * The browser and the built site, shared by every test file of a project (started by the global
 * setup, browser-setup.ts): a file connects before its tests and disconnects after.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connect, openPage, type OpenedPage } from './browser';

/** The project's shared Chromium, connected for this file: close it when done (the browser stays up). */
export function testBrowser(): Promise<Browser> {
  return connect(inject('browserEndpoint'));
}

/** The address the site project's server of dist/ listens at. */
export function siteUrl(): string {
  const url = inject('siteUrl');
  if (!url) throw new Error('dist/ is served only for the site project');
  return url;
}

/** What a test file drives: the browser, and the address the site is served at. */
export interface SiteInBrowser {
  readonly browser: Browser;
  readonly url: string;
  /** Opens a path of the site in a context of its own (1280×900 unless `options` say otherwise). */
  open(path: string, options?: Parameters<Browser['newContext']>[0]): Promise<OpenedPage>;
}

/** Registers the hooks that connect to the shared browser and disconnect; read the result inside tests. */
export function siteInBrowser(): SiteInBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await testBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return siteUrl();
    },
    open: (path, options = {}) => openPage(browser!, siteUrl() + path, options),
  };
}
