import { readFileSync, readdirSync } from 'node:fs';

/**
 * How busy the machine is with work that is not the benchmark's, from /proc (Linux; elsewhere
 * every figure is undefined). "Ours" is this process and its descendants (the app, the
 * baseline server, an embedded PostgreSQL and its backends) plus, when it runs on this
 * machine, the PostgreSQL server of DATABASE_URL: with a shared server, other databases'
 * queries count as ours. A finished child's CPU time is kept in its parent's cutime/cstime,
 * so short-lived processes (parallel workers) are not lost.
 */
export class CpuMeter {
  private readonly roots: number[];

  constructor(extraRoots: number[] = []) {
    this.roots = [process.pid, ...extraRoots];
  }

  /** Counters to pass to `foreignPercent` later; undefined without /proc. */
  sample(): CpuSample | undefined {
    try {
      const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
      const ticks = fields.slice(0, 8).map(Number);
      const total = ticks.reduce((sum, n) => sum + n, 0);
      const idle = ticks[3] + ticks[4];
      return { total, busy: total - idle, ours: this.ourTicks() };
    } catch {
      return undefined;
    }
  }

  /** The share (0–100) of the machine's CPU time between two samples spent on other work. */
  static foreignPercent(before: CpuSample | undefined, after: CpuSample | undefined): number | undefined {
    if (before === undefined || after === undefined || after.total <= before.total) return undefined;
    const foreign = after.busy - before.busy - (after.ours - before.ours);
    return Math.max(0, (100 * foreign) / (after.total - before.total));
  }

  private ourTicks(): number {
    const processes = new Map<number, { ppid: number; ticks: number }>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readStat(Number(entry));
      if (stat) processes.set(Number(entry), stat);
    }
    const ours = new Set(this.roots.filter((pid) => processes.has(pid)));
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, { ppid }] of processes) {
        if (!ours.has(pid) && ours.has(ppid)) {
          ours.add(pid);
          grew = true;
        }
      }
    }
    let ticks = 0;
    for (const pid of ours) ticks += processes.get(pid)!.ticks;
    return ticks;
  }
}

export interface CpuSample {
  total: number;
  busy: number;
  ours: number;
}

/** utime + stime + cutime + cstime and the parent of a process, or undefined when it is gone. */
function readStat(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return { ppid: Number(fields[1]), ticks: utime + stime + cutime + cstime };
  } catch {
    return undefined;
  }
}

/** The postmaster of a backend process of this machine (by its pid), if there is one here. */
export function localPostmaster(backendPid: number): number | undefined {
  try {
    const comm = readFileSync(`/proc/${backendPid}/comm`, 'utf8').trim();
    if (!comm.startsWith('postgres')) return undefined;
    return readStat(backendPid)?.ppid;
  } catch {
    return undefined;
  }
}

/**
 * Waits (up to `maxSeconds`) for a second in which other work took less than `percent` of the
 * machine, and returns the last such reading. Our own processes are idle meanwhile, so the
 * reading is the machine's background.
 */
export async function waitForQuietMachine(
  meter: CpuMeter,
  percent: number,
  maxSeconds: number,
): Promise<{ foreign: number | undefined; waitedSeconds: number }> {
  const started = performance.now();
  for (;;) {
    const before = meter.sample();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const foreign = CpuMeter.foreignPercent(before, meter.sample());
    const waitedSeconds = (performance.now() - started) / 1000;
    if (foreign === undefined || foreign < percent || waitedSeconds >= maxSeconds) return { foreign, waitedSeconds };
  }
}
