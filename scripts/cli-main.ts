/**
 * How a command ends: `main` resolves to its exit code, and a failure it did not expect (Astro's or
 * Pagefind's own errors) is one line naming the command, never a stack.
 */
export function runCli(command: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${command} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exitCode = 1;
    },
  );
}

/** Prints one sentence to stderr; returns the exit code 1. */
export function fail(message: string): number {
  console.error(message);
  return 1;
}
