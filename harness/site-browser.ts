/**
 * The browser and the built site, shared by every test file of a project (started by the global
 * setup, browser-setup.ts): a file connects before its tests and disconnects after.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  /**
   * Shows a path of the site in a page kept for looking at pages one after another, at a viewport
   * of 1280×900 unless given, in the light scheme: for a test that reads a page and changes nothing
   * beyond it (no storage, no permissions, no routes; its colour scheme and media type it may
   * change). Give it back with `done()`: the next test's page is
   * loaded in it, which costs a third of opening a new one.
   */
  view(path: string, viewport?: { width: number; height: number }): Promise<ViewedPage>;
}

/** A page lent by `SiteInBrowser.view`, with what it reported while loading and after. */
export interface ViewedPage {
  page: Page;
  /** Console errors and uncaught exceptions since it was lent. */
  errors: string[];
  /** The path of every request it made since it was lent. */
  requests: string[];
  /** The HTTP status of the page itself. */
  status: number | undefined;
  /** Gives the page back (on screen, in the light scheme again) for the next test. */
  done(): Promise<void>;
}

/** Registers the hooks that connect to the shared browser and disconnect; read the result inside tests. */
export function siteInBrowser(): SiteInBrowser {
  let browser: Browser | undefined;
  /** A context per viewport for the pages `view` lends, and the pages not lent at the moment. */
  const contexts = new Map<string, Promise<BrowserContext>>();
  const idle = new Map<string, Page[]>();
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
    async view(path, viewport = { width: 1280, height: 900 }) {
      const key = `${viewport.width}×${viewport.height}`;
      if (!contexts.has(key)) contexts.set(key, browser!.newContext({ viewport }));
      const page = idle.get(key)?.pop() ?? (await (await contexts.get(key)!).newPage());
      const errors: string[] = [];
      const onConsole = (message: import('playwright-core').ConsoleMessage) =>
        message.type() === 'error' && errors.push(message.text());
      const onError = (error: Error) => errors.push(error.message);
      const requests: string[] = [];
      const onRequest = (request: import('playwright-core').Request) => requests.push(new URL(request.url()).pathname);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      page.on('request', onRequest);
      const response = await page.goto(siteUrl() + path);
      return {
        page,
        errors,
        requests,
        status: response?.status(),
        async done() {
          page.off('console', onConsole);
          page.off('pageerror', onError);
          page.off('request', onRequest);
          await page.emulateMedia({ colorScheme: 'light', media: null });
          idle.set(key, [...(idle.get(key) ?? []), page]);
        },
      };
    },
  };
}
