/** Parse time of each hostile family at two sizes, and how much faster than its input it grows. */
import { parseFiling } from '../parser/parse-filing.ts';
import type { HostileFamily } from './hostile-families.ts';
import { median } from './stats.ts';

/** Largest growth ratio accepted: time ratio over input ratio (1.0 is linear; a quadratic step gives about 4 at a 4x size step). */
export const GROWTH_TARGET = 1.5;

/** One family's figures at its two sizes. */
export interface FamilyGrowth {
  name: string;
  unit: string;
  sizes: [number, number];
  bytes: [number, number];
  medianMs: [number, number];
  /** (time ratio) / (input ratio). */
  growth: number;
}

/** Time ratio divided by input ratio: how much faster than its input the time grows. */
export function growthRatio(bytes: readonly [number, number], ms: readonly [number, number]): number {
  return ms[1] / ms[0] / (bytes[1] / bytes[0]);
}

/**
 * Runs `fn` once to warm up, then `runs` times, and returns each run's CPU time (user + system) in
 * milliseconds: on the shared machine, wall time of the same parse moved by 3x with the load, CPU time far less.
 */
export function cpuRuns(fn: () => void, runs: number): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}

/** Times one family: median CPU time of `runs` parses at each size, after a warm-up. */
export function measureFamily(family: HostileFamily, runs: number): FamilyGrowth {
  const bytes: number[] = [];
  const medianMs: number[] = [];
  for (const n of family.sizes) {
    const input = new TextEncoder().encode(family.make(n));
    bytes.push(input.length);
    medianMs.push(median(cpuRuns(() => parseFiling(input, 'hostile.txt', 'hostile'), runs)));
  }
  const pair = (v: number[]): [number, number] => [v[0]!, v[1]!];
  return { name: family.name, unit: family.unit, sizes: family.sizes, bytes: pair(bytes), medianMs: pair(medianMs), growth: growthRatio(pair(bytes), pair(medianMs)) };
}
