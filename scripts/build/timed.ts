/** Measures a build step in whole milliseconds (the benchmark reads these). */

/** Runs `step` and returns its result with the time it took. */
export async function timed<T>(step: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await step();
  return { result, ms: Math.round(performance.now() - start) };
}
