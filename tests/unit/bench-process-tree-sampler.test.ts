import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { descendants, parseCommand, parseCpuMs, parseParentPid, parseStatus, sampleTreeMemory } from '../../scripts/bench/process-tree-sampler.ts';

test('reads VmRSS and VmHWM from /proc status text', () => {
  expect(parseStatus('Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n')).toEqual({ rssKb: 102400, hwmKb: 204800 });
  expect(parseStatus('Name:\tkthreadd\n')).toEqual({ rssKb: 0, hwmKb: 0 });
});

test('reads the parent pid even when the command name holds spaces and parentheses', () => {
  expect(parseParentPid('4242 (my (odd) name) S 17 4242 4242 0 -1')).toBe(17);
  expect(parseCommand('4242 (my (odd) name) S 17 4242 4242 0 -1')).toBe('my (odd) name');
});

test('reads user plus system CPU ticks as milliseconds', () => {
  // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
  expect(parseCpuMs('77 (node) R 1 77 77 0 -1 4194304 100 0 0 0 250 30 0 0 20 0')).toBe(2800);
});

test('collects a whole tree of descendants', () => {
  const parents = new Map([[2, 1], [3, 2], [4, 2], [5, 9]]);
  expect(descendants(1, parents).sort()).toEqual([1, 2, 3, 4]);
});

test('samples a real child process tree', async () => {
  // A shell that starts a grandchild: the sampler must see both.
  const child = spawn('sh', ['-c', '(while :; do :; done) & p=$!; sleep 0.4; kill $p; wait'], { stdio: 'ignore' });
  const stop = sampleTreeMemory(child.pid!, 20);
  await new Promise((r) => child.on('close', r));
  const peak = stop();
  expect(peak.samples).toBeGreaterThan(3);
  expect(peak.peakTreeRssKb).toBeGreaterThan(0);
  expect(peak.peakProcessHwmKb).toBeGreaterThan(0);
  // The busy subshell's CPU time is counted although only its parent is watched.
  expect(peak.cpuMs).toBeGreaterThan(0);
  expect(Object.keys(peak.peakHwmKbByCommand)).toContain('sh');
});
