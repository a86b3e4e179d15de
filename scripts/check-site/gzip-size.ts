import { gzipSync } from 'node:zlib';

/** Bytes of `data` after gzip at the level static hosts use by default (6). */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { level: 6 }).length;
}
