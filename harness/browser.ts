/** Serving dist/ on 127.0.0.1 and driving Debian's Chromium with playwright-core. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type LaunchOptions,
  type Page,
} from 'playwright-core';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../src/lib/security';

/** Where Chromium is: CHROME_PATH, or Debian's package. */
export function chromePath(): string | undefined {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/**
 * Serves a built site folder on an ephemeral loopback port, with the site's own 404 page and the
 * headers its `_headers` file gives each path, as a static host that reads the file would.
 */
export async function serve(dir = 'dist', base = ''): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, gzip: false });
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFound = join(dir, '404.html');
  const missing = (response: import('node:http').ServerResponse) => {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  };
  // Served under `base` (e.g. '/casebook'), as a host serving the site at a sub-path would: other paths are 404.
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    for (const [name, value] of headersFor(rules, url.split(/[?#]/)[0]!)) response.setHeader(name, value);
    if (base) {
      if (url !== base && !url.startsWith(`${base}/`)) return missing(response);
      request.url = url.slice(base.length) || '/';
    }
    files(request, response, () => missing(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The environment Chromium starts with: ours without a preloaded library. Tests may run under
 * libfaketime (a clock a year ahead), whose preload breaks Chromium's crash handler; the browser
 * keeps the real clock.
 */
function browserEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !/^(LD_PRELOAD|FAKETIME.*)$/.test(entry[0]),
    ),
  );
}

/** Headless Chromium with the flags this network needs (no background connections). */
function launchOptions(): LaunchOptions {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: run `npm test` (it installs one) or set CHROME_PATH.');
  return {
    executablePath,
    env: browserEnv(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}

/** Starts headless Chromium for this process alone. */
export async function launch(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/**
 * Starts headless Chromium for other processes to share: each connects to its `wsEndpoint()` with
 * `connect`, and closing what `connect` returned leaves the browser running for the others.
 */
export async function launchShared(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** A browser started by `launchShared`, in another process. */
export async function connect(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** A page opened by `openPage`, with what it reported while loading and after. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors (Content Security Policy violations and failed requests among them) and uncaught exceptions. */
  errors: string[];
  /** The path of every request the page made. */
  requests: string[];
  /** The HTTP status of the page itself. */
  status: number | undefined;
}

/** Opens `url` in a new 1280×900 context (or with `options`), collecting errors and requests. */
export async function openPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const response = await page.goto(url);
  return { page, context, errors, requests, status: response?.status() };
}
