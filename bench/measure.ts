/**
 * Runs a command and measures it as a user would feel it: wall time, CPU time of the whole
 * process tree, the peak of the tree's summed resident memory (sampled every 100 ms from /proc),
 * and how busy the rest of the machine was meanwhile (Linux only).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** What one run of a command cost. */
export interface RunCost {
  seconds: number;
  /** User + system CPU of the command and everything it started. */
  cpuSeconds: number;
  /** Highest sum of resident memory over the command's process tree, in MiB. */
  peakMiB: number;
  /** The tree at that moment: each process's command (shortened) and resident MiB, largest first. */
  peakProcesses: { command: string; MiB: number }[];
  /** CPU the rest of the machine used meanwhile, in cores (0 = idle, 2 = both cores busy). */
  otherCores: number;
  /** The one-minute load average when the run started. */
  loadBefore: number;
  status: number;
  output: string;
}

const PAGE = 4096;

interface ProcessEntry {
  pid: number;
  name: string;
  parent: number;
  rssPages: number;
  ticks: number;
}
const HZ = 100;

/** Parent pid, resident pages and CPU ticks of every process, from /proc. */
function processes(): Map<number, ProcessEntry> {
  const table = new Map<number, ProcessEntry>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), {
        pid: Number(name),
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        rssPages: Number(fields[21]),
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** A process's command line, short: program and arguments by their last path part ("node astro.mjs build"). */
function commandOf({ pid, name }: { pid: number; name: string }): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return (
      args
        .map((arg) => arg.split('/').at(-1))
        .join(' ')
        .slice(0, 60) || name
    );
  } catch {
    return name;
  }
}

/** The pids of `root` and all its descendants. */
function tree(table: ReturnType<typeof processes>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    if (!table.has(pid)) continue;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Busy CPU ticks of the whole machine, from /proc/stat. */
function machineTicks(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

/**
 * Runs `command` in `cwd` through bash, whose `times` reports the CPU of everything it waited
 * for, including processes the sampler never saw.
 */
export async function measureRun(command: string, cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<RunCost> {
  const loadBefore = loadavg()[0]!;
  const ticksBefore = machineTicks();
  const started = performance.now();
  const child = spawn('bash', ['-c', `${command}; status=$?; echo "@@times"; times; exit $status`], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakPages = 0;
  let peakProcesses: RunCost['peakProcesses'] = [];
  const sample = () => {
    const table = processes();
    const members = tree(table, child.pid!).map((pid) => table.get(pid)!);
    const pages = members.reduce((sum, member) => sum + member.rssPages, 0);
    if (pages <= peakPages) return;
    peakPages = pages;
    peakProcesses = members
      .map((member) => ({ command: commandOf(member), MiB: Math.round((member.rssPages * PAGE) / 1024 / 1024) }))
      .filter((member) => member.MiB >= 5)
      .sort((a, b) => b.MiB - a.MiB);
  };
  const timer = setInterval(sample, 100);
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const busy = (machineTicks() - ticksBefore) / HZ;
  // `times` prints the shell's own line, then its children's: "0m1.234s 0m0.567s".
  const times = output.slice(output.lastIndexOf('@@times')).split('\n')[2] ?? '';
  const cpuSeconds = [...times.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, match) => sum + Number(match[1]) * 60 + Number(match[2]),
    0,
  );
  return {
    seconds,
    cpuSeconds,
    peakMiB: (peakPages * PAGE) / 1024 / 1024,
    peakProcesses,
    otherCores: Math.max(0, (busy - cpuSeconds) / seconds),
    loadBefore,
    status,
    output: output.slice(0, output.lastIndexOf('@@times')),
  };
}

/** The machine, as a results file records it. */
export function machine(): { cores: number; cpu: string; memoryGiB: number; node: string; platform: string } {
  const memory = /MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(Number(memory) / 1024 / 1024),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** The median of some numbers (the lower middle one for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}
