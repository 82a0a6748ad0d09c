/**
 * `npm run edit`: the editor at /admin/ on this machine, with its local backend: it reads and
 * writes the files in content/ of this checkout, and runs the content check before each save.
 * Options: `--port <n>` (default 4322; 0 picks a free one).
 */
import { startEditServer } from '../src/admin/server';

const at = process.argv.indexOf('--port');
const port = Number(at >= 0 ? process.argv[at + 1] : (process.env.PORT ?? 4322));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port needs a port number, e.g. --port 4322 (got ${process.argv[at + 1] ?? process.env.PORT})`);
  process.exit(2);
}

const server = await startEditServer(process.cwd(), port).catch((error: unknown) => {
  const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(busy ? `Port ${port} is in use: try npm run edit -- --port ${port + 1}` : error);
  process.exit(1);
});
console.log(`Editor: ${server.url}/admin/  (stories are read from and saved to content/; Ctrl+C stops it)`);
console.log(`编辑器：${server.url}/admin/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
