/**
 * The build lock: a build waits for a live build, takes over at once a lock whose builder is dead,
 * and two builds that find the same dead lock never both take it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/** A step of another build, run (once) just before this process links or renames a file to `at`. */
const cut = vi.hoisted(() => ({ at: undefined as string | undefined, by: 'link', run: () => {} }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const before = (path: string, by: string) => {
    if (cut.at && cut.by === by && path.endsWith(cut.at)) {
      cut.at = undefined;
      cut.run();
    }
  };
  return {
    ...fs,
    linkSync: (existing: string, path: string) => (before(path, 'link'), fs.linkSync(existing, path)),
    renameSync: (from: string, to: string) => (before(to, 'rename'), fs.renameSync(from, to)),
  };
});
const { LOCK, record, startOf, takeLock, tryLock, unlock } = await import('../../src/build/lock');

let root = '';
let sleeper: ChildProcess;
beforeAll(() => {
  // A live process that is not a build: its record stands for another build running.
  sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });
});
afterAll(() => {
  sleeper.kill();
});
afterEach(() => {
  cut.at = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const fresh = () => (root = mkdtempSync(join(tmpdir(), 'casebook-lock-')));
const write = (name: string, holder: object) => writeFileSync(join(root, name), JSON.stringify(holder));
const holder = () => JSON.parse(readFileSync(join(root, LOCK), 'utf8')) as { id: string; pid: number };
const own = record();
const other = () => record(sleeper.pid!, 'other-build');

describe('a lock whose builder is dead', () => {
  it.each([
    ['its process has ended', () => record(deadPid(), 'dead')],
    ['its process id is this very process (a container started again)', () => record(process.pid, 'earlier')],
  ])('is taken over at once when %s', (_, left) => {
    fresh();
    write(LOCK, left());
    expect(tryLock(root)).toBeUndefined();
    expect(holder().id).toBe(own.id);
    expect(readdirSync(root)).toEqual([LOCK]);
  });

  it.skipIf(startOf(process.pid) === undefined)(
    'is taken over at once when its process id now names another process (needs Linux /proc)',
    () => {
      fresh();
      write(LOCK, { ...other(), start: '1' });
      expect(tryLock(root)).toBeUndefined();
      expect(holder().id).toBe(own.id);
    },
  );

  it('is taken over at once when it is the lock folder of an earlier version', () => {
    fresh();
    mkdirSync(join(root, LOCK));
    writeFileSync(join(root, LOCK, 'pid'), String(deadPid()));
    expect(tryLock(root)).toBeUndefined();
    expect(holder().id).toBe(own.id);
  });

  it('is taken over even when a build killed while taking it over left its claim', () => {
    fresh();
    write(LOCK, record(deadPid(), 'dead'));
    write(`${LOCK}.dead`, record(deadPid(), 'claimer'));
    expect(tryLock(root)).toBeUndefined();
    expect(holder().id).toBe(own.id);
    expect(readdirSync(root)).toEqual([LOCK]);
  });

  it('is left to a live build that claimed it first', () => {
    fresh();
    write(LOCK, record(deadPid(), 'dead'));
    write(`${LOCK}.dead`, other());
    expect(tryLock(root)?.pid).toBe(sleeper.pid);
    expect(holder().id).toBe('dead');
  });

  // Two builds find the same dead lock; the other one acts at the worst moment for this one.
  it.each([
    ['while this one claims the dead lock', 'link', `${LOCK}.dead`, 'other-build'],
    ['just before this one replaces the dead lock', 'rename', LOCK, own.id],
  ])('goes to one build only when the other arrives %s', (_, by, at, winner) => {
    fresh();
    write(LOCK, record(deadPid(), 'dead'));
    let theirs: ReturnType<typeof tryLock> | 'not run' = 'not run';
    Object.assign(cut, { at, by });
    cut.run = () => (theirs = tryLock(root, other()));
    const mine = tryLock(root);
    expect(theirs).not.toBe('not run');
    expect(holder().id).toBe(winner);
    // The one that took it was told so (undefined); the other was told who holds it, and waits.
    const [taker, waiter] = winner === own.id ? [mine, theirs] : [theirs, mine];
    expect(taker).toBeUndefined();
    expect(waiter).toMatchObject({ id: winner });
    expect(readdirSync(root)).toEqual([LOCK]);
  });

  it.each([
    ['before it links its record to the free lock', 'link', LOCK, false],
    ['before it replaces the dead lock with its record', 'rename', LOCK, true],
  ])(
    'is still taken when another build, clearing what dead builds left, removes this one’s record %s',
    (_, by, at, dead) => {
      fresh();
      if (dead) write(LOCK, record(deadPid(), 'dead'));
      Object.assign(cut, { at, by });
      // What a build that has just taken a lock does with a record it read while it was half written.
      cut.run = () => {
        for (const name of readdirSync(root)) if (name.endsWith('.new')) rmSync(join(root, name));
      };
      expect(tryLock(root)).toBeUndefined();
      expect(cut.at).toBeUndefined();
      expect(holder().id).toBe(own.id);
      expect(readdirSync(root)).toEqual([LOCK]);
    },
  );
});

describe('a lock a build holds', () => {
  it('keeps another build waiting, saying so, until it gives up naming the holder', async () => {
    fresh();
    write(LOCK, other());
    const said: string[] = [];
    await expect(takeLock(root, 0, (line) => said.push(line))).rejects.toThrow(
      `another build (process ${sleeper.pid}) is still running after 0 s; try again later`,
    );
    expect(said).toEqual([`Another build (process ${sleeper.pid}) is running; waiting for it to finish…`]);
    expect(holder().id).toBe('other-build');
  });

  it('from another machine or container is waited for, with how to remove it if nothing runs there', async () => {
    fresh();
    write(LOCK, { ...record(deadPid(), 'far'), host: 'builder-2', where: 'another machine' });
    const said: string[] = [];
    await expect(takeLock(root, 0, (line) => said.push(line))).rejects.toThrow(
      /on builder-2, another machine or container\) is still running after 0 s; try again later; if no build runs there, delete \.build\.lock$/,
    );
    expect(said[0]).toMatch(/waiting for it to finish…; if no build runs there, delete \.build\.lock$/);
  });

  it('is released by its holder only', async () => {
    fresh();
    const release = await takeLock(root);
    release();
    expect(readdirSync(root)).toEqual([]);
    write(LOCK, other());
    unlock(root);
    expect(holder().id).toBe('other-build');
  });
});

describe('builds started together on a dead lock', () => {
  it('hold it one at a time', async () => {
    fresh();
    write(LOCK, record(deadPid(), 'dead'));
    const log = join(root, 'log');
    const build = `
      import { appendFileSync } from 'node:fs';
      const { takeLock } = await import(${JSON.stringify(join(process.cwd(), 'src/build/lock.ts'))});
      const release = await takeLock(${JSON.stringify(root)}, 60_000, () => {});
      appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + '\\n');
      await new Promise((resolve) => setTimeout(resolve, 50));
      appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + '\\n');
      release();`;
    const builds = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ['--input-type=module', '-e', build], { stdio: ['ignore', 'ignore', 'inherit'] }),
    );
    const statuses = await Promise.all(builds.map((child) => new Promise((done) => child.on('close', done))));
    expect(statuses).toEqual([0, 0, 0, 0, 0, 0]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(12);
    for (let index = 0; index < lines.length; index += 2) {
      expect([lines[index], lines[index + 1]]).toEqual([lines[index], lines[index]!.replace('in', 'out')]);
      expect(lines[index]).toMatch(/^in \d+$/);
    }
    expect(readdirSync(root)).toEqual(['log']);
  }, 30_000);
});
