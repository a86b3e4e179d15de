/**
 * Reads a filing from disk: only a regular file, following symbolic links. The type is checked
 * with stat before the file is opened, so a named pipe or a device (`/dev/zero`) never blocks.
 */
import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';

/** Why `path` cannot be read as a filing (the end of a sentence), or null when it is a regular file. */
export function notRegularFile(path: string): string | null {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return statFailure(path, error);
  }
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a directory, not a filing';
  if (stat.isFIFO()) return 'is a named pipe, not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/** The bytes of a regular file, or why it cannot be read (the end of a sentence). */
export function readRegularFile(path: string): { bytes: Uint8Array } | { error: string } {
  const reason = notRegularFile(path);
  if (reason !== null) return { error: reason };
  try {
    return { bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    return { error: `cannot be read (${errorCode(error)})` };
  }
}

/** Stat failed: a missing file, a symbolic link to nothing, a loop of links, or no permission. */
function statFailure(path: string, error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return isSymbolicLink(path) ? 'is a symbolic link to a file that does not exist' : 'no such file';
  if (code === 'ELOOP') return 'is a symbolic link that points back to itself';
  return `cannot be read (${code})`;
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
