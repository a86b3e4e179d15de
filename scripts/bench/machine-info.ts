import { cpus, totalmem, platform, arch, release } from 'node:os';

/** The machine a benchmark ran on, printed with the figures so they can be compared. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  os: string;
}

/** Describes this machine. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    os: `${platform()} ${arch()} ${release()}`,
  };
}
