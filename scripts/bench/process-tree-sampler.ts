/**
 * Peak memory and CPU time of a process tree on Linux, sampled from /proc: the
 * build runs as node -> (astro, pagefind service), and children that are killed
 * rather than reaped never show up in the parent's rusage. CPU time matters on a
 * shared machine: wall time grows with everyone else's load, CPU time much less.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Resident and high-water-mark memory of one process, in kB, from /proc/<pid>/status. */
export interface ProcessMemory {
  rssKb: number;
  hwmKb: number;
}

/** Reads VmRSS and VmHWM out of the text of /proc/<pid>/status (kernel threads have neither: 0). */
export function parseStatus(status: string): ProcessMemory {
  const field = (name: string): number => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) : 0;
  };
  return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
}

/** The parent pid from the text of /proc/<pid>/stat; the command name may hold spaces and parentheses. */
export function parseParentPid(stat: string): number | null {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(afterName[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** The command name from the text of /proc/<pid>/stat, as the kernel keeps it (at most 15 characters). */
export function parseCommand(stat: string): string {
  return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

/** Clock ticks per second of /proc's time fields (USER_HZ, 100 on Linux x86). */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time of the process itself (all its threads), in ms, from the text of /proc/<pid>/stat. */
export function parseCpuMs(stat: string): number {
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(afterName[11]) + Number(afterName[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : 0;
}

/** The pids of `root` and every process descending from it, given a child -> parent map. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function readOr(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function processStats(): Map<number, string> {
  const stats = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    if (stat !== null) stats.set(Number(name), stat);
  }
  return stats;
}

function parentsOf(stats: ReadonlyMap<number, string>): Map<number, number> {
  const parents = new Map<number, number>();
  for (const [pid, stat] of stats) {
    const ppid = parseParentPid(stat);
    if (ppid !== null) parents.set(pid, ppid);
  }
  return parents;
}

/** What a sampler saw over a process tree's life. */
export interface TreeMemoryPeak {
  /** Largest sum of VmRSS over the whole tree at one sample. */
  peakTreeRssKb: number;
  /** Largest VmHWM of any single process in the tree (its own peak, not sampled). */
  peakProcessHwmKb: number;
  /** User + system CPU time of every process seen in the tree, each at its last sample (misses under one interval per process). */
  cpuMs: number;
  /** Largest VmHWM seen per command name ("node", "pagefind_extend"), to say which step holds the memory. */
  peakHwmKbByCommand: Record<string, number>;
  samples: number;
  intervalMs: number;
}

/** Starts sampling the tree under `rootPid` every `intervalMs`; call the returned function to stop and read the peaks. */
export function sampleTreeMemory(rootPid: number, intervalMs = 100): () => TreeMemoryPeak {
  const peak: TreeMemoryPeak = { peakTreeRssKb: 0, peakProcessHwmKb: 0, cpuMs: 0, peakHwmKbByCommand: {}, samples: 0, intervalMs };
  const cpuByPid = new Map<number, number>();
  const sample = (): void => {
    let sum = 0;
    const stats = processStats();
    for (const pid of descendants(rootPid, parentsOf(stats))) {
      const stat = stats.get(pid);
      if (stat !== undefined) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, parseCpuMs(stat)));
      const status = readOr(`/proc/${pid}/status`);
      if (status === null) continue;
      const mem = parseStatus(status);
      sum += mem.rssKb;
      if (stat !== undefined) {
        const command = parseCommand(stat);
        peak.peakHwmKbByCommand[command] = Math.max(peak.peakHwmKbByCommand[command] ?? 0, mem.hwmKb);
      }
      peak.peakProcessHwmKb = Math.max(peak.peakProcessHwmKb, mem.hwmKb);
    }
    peak.peakTreeRssKb = Math.max(peak.peakTreeRssKb, sum);
    peak.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    return { ...peak, peakHwmKbByCommand: { ...peak.peakHwmKbByCommand }, cpuMs: [...cpuByPid.values()].reduce((a, b) => a + b, 0) };
  };
}
