/**
 * Peak memory of a process tree on Linux, sampled from /proc: the build runs as
 * tsx -> node -> (astro, pagefind) so the child's own rusage would miss most of it.
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

function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    const ppid = stat === null ? null : parseParentPid(stat);
    if (ppid !== null) parents.set(Number(name), ppid);
  }
  return parents;
}

/** What a sampler saw over a process tree's life. */
export interface TreeMemoryPeak {
  /** Largest sum of VmRSS over the whole tree at one sample. */
  peakTreeRssKb: number;
  /** Largest VmHWM of any single process in the tree (its own peak, not sampled). */
  peakProcessHwmKb: number;
  samples: number;
  intervalMs: number;
}

/** Starts sampling the tree under `rootPid` every `intervalMs`; call the returned function to stop and read the peaks. */
export function sampleTreeMemory(rootPid: number, intervalMs = 100): () => TreeMemoryPeak {
  const peak: TreeMemoryPeak = { peakTreeRssKb: 0, peakProcessHwmKb: 0, samples: 0, intervalMs };
  const sample = (): void => {
    let sum = 0;
    for (const pid of descendants(rootPid, processParents())) {
      const status = readOr(`/proc/${pid}/status`);
      if (status === null) continue;
      const mem = parseStatus(status);
      sum += mem.rssKb;
      peak.peakProcessHwmKb = Math.max(peak.peakProcessHwmKb, mem.hwmKb);
    }
    peak.peakTreeRssKb = Math.max(peak.peakTreeRssKb, sum);
    peak.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    return { ...peak };
  };
}
