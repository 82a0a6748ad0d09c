/**
 * Node-only: the local backend of `npm run edit`. One server on 127.0.0.1 serves the editor at
 * /admin/, Decap CMS's own local backend (decap-server, file-system mode) at /api/v1, and the
 * content check at /api/check. Every path a request names must lie inside content/; requests
 * from other sites' pages are refused; and files the content check refuses are not written.
 */
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { checkContent, type Problem } from '../content-check/index';
import { adminSettings, writeAdmin } from './build';
import { writable } from './browser/backend';
import { entryProblems } from './check-scope';

const require = createRequire(import.meta.url);
// decap-server's own dependencies, as it resolves them.
const decapRequire = createRequire(require.resolve('decap-server/package.json'));

/** The little of Express (decap-server's web framework) this file uses. */
interface Request {
  body: unknown;
  get(header: string): string | undefined;
}
interface Response {
  status(code: number): Response;
  json(body: unknown): void;
  redirect(url: string): void;
}
type Next = (error?: unknown) => void;
type Handler = (request: Request, response: Response, next: Next) => void;
interface App {
  use(path: string, ...handlers: Handler[]): void;
  get(path: string, handler: Handler): void;
  post(path: string, handler: Handler): void;
}
interface Express {
  (): App & ((request: unknown, response: unknown) => void);
  json(options: { limit: string }): Handler;
  static(dir: string, options: { index: string }): Handler;
}

/** Every repository path a Decap backend request names. */
export function requestPaths(params: Record<string, unknown> | undefined): string[] {
  if (!params) return [];
  const paths: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') paths.push(value);
  };
  add(params.folder);
  add(params.path);
  add(params.mediaFolder);
  for (const file of (params.files as { path?: unknown }[] | undefined) ?? []) add(file?.path);
  for (const file of (params.dataFiles as { path?: unknown; newPath?: unknown }[] | undefined) ?? []) {
    add(file?.path);
    add(file?.newPath);
  }
  for (const asset of (params.assets as { path?: unknown }[] | undefined) ?? []) add(asset?.path);
  for (const path of (params.paths as unknown[] | undefined) ?? []) add(path);
  const entry = params.entry as { path?: unknown } | undefined;
  add(entry?.path);
  add((params.asset as { path?: unknown } | undefined)?.path);
  return paths;
}

/** Whether `path` (relative to `root`) is in content/, also once links are followed. */
export function insideContent(root: string, path: string): boolean {
  if (!writable(path)) return false;
  const content = realpathSync(join(root, 'content'));
  // The deepest part of the path that exists, with links followed, must be inside content/.
  let existing = resolve(root, path);
  while (!existsSync(existing)) existing = dirname(existing);
  const real = realpathSync(existing);
  return real === content || real.startsWith(content + sep);
}

/**
 * Runs the content check on content/ with `files` (path → text) in place of what is there, and
 * returns the problems and warnings of those files and their story folders.
 */
export function checkOverlay(
  root: string,
  files: Record<string, string>,
  now = new Date(),
): { problems: Problem[]; warnings: Problem[] } {
  const scratch = mkdtempSync(join(tmpdir(), 'casebook-check-'));
  try {
    cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    return entryProblems(checkContent(scratch, join(scratch, 'content'), now), files);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The local backend, listening; `close()` stops it and deletes the editor's files. */
export interface EditServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the editor and its local backend for the project at `root` on 127.0.0.1:`port` (0: any free port). */
export async function startEditServer(root: string, port: number): Promise<EditServer> {
  process.env.GIT_REPO_DIRECTORY = root;
  const express = decapRequire('express') as Express;
  const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
    registerLocalFs(app: unknown, options: { logLevel?: string }): Promise<void>;
  };
  const app = express();
  const admin = mkdtempSync(join(tmpdir(), 'casebook-admin-'));
  let origin = '';

  const json = express.json({ limit: '50mb' });
  /** A page of another site may not use this server: browsers send Origin with every such request. */
  const sameOrigin = (request: Request) => {
    const from = request.get('origin');
    return from === undefined || from === origin;
  };
  app.use('/api', json);
  app.use('/api', (request, response, next) => {
    if (!sameOrigin(request)) return void response.status(403).json({ error: 'requests from other sites are refused' });
    next();
  });
  app.post('/api/check', (request, response) => {
    const files = (request.body as { files?: Record<string, unknown> }).files ?? {};
    const texts: Record<string, string> = {};
    for (const [path, text] of Object.entries(files)) {
      if (typeof text !== 'string' || !insideContent(root, path))
        return void response.status(400).json({ error: `${path}: the editor writes only inside content/` });
      texts[path] = text;
    }
    response.json(checkOverlay(root, texts));
  });
  app.post('/api/v1', (request, response, next) => {
    const body = request.body as { action?: string; params?: Record<string, unknown> };
    const outside = requestPaths(body.params).find((path) => !insideContent(root, path));
    if (outside !== undefined)
      return void response.status(403).json({ error: `${outside}: the editor reads and writes only inside content/` });
    if (body.action === 'persistEntry') {
      // The check once more, where the files are written: nothing it refuses reaches content/.
      const dataFiles = (body.params?.dataFiles as { path: string; raw: string }[] | undefined) ?? [];
      const { problems } = checkOverlay(root, Object.fromEntries(dataFiles.map((file) => [file.path, file.raw])));
      if (problems.length)
        return void response.status(422).json({ error: `content check: ${problems.length} problem(s)`, problems });
    }
    next();
  });
  await registerLocalFs(app, { logLevel: 'warn' });
  // Read anew each time: a tag or unit added to content/ is offered at the next reload.
  app.get('/admin/settings.json', (_request, response, next) => {
    adminSettings(root, { kind: 'local', url: `${origin}/api/v1` }).then((settings) => response.json(settings), next);
  });
  app.use('/admin', express.static(admin, { index: 'index.html' }));
  app.get('/', (_request, response) => response.redirect('/admin/'));

  const server: Server = createServer(app as Parameters<typeof createServer>[0]);
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeAdmin(admin, root, { kind: 'local', url: `${origin}/api/v1` });
  return {
    url: origin,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          rmSync(admin, { recursive: true, force: true });
          done();
        }),
      ),
  };
}
