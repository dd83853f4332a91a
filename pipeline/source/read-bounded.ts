/**
 * Reading a source safely: only a regular file, only inside its document's folder, and never
 * more than the size limit. A symbolic link to /dev/zero, a FIFO, `source.file: ../../etc/passwd`
 * or a file that grows while it is read are refused with a message naming the file, before
 * (or instead of) reading them whole: the limit is checked on the open file's size, and the read
 * itself stops one byte past the limit.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { DecodeError } from './decode-error.js';

/** Default largest source accepted, in bytes (`--max-bytes` or KAIKYO_MAX_BYTES change it). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** `file: N bytes is more than the limit of L bytes (…)`: the one wording of a refused size. */
export function tooLarge(file: string, size: number | string, limit: number): DecodeError {
  return new DecodeError({ file, reason: 'too-large', summary: `${size} bytes is more than the limit of ${limit} bytes (raise it with --max-bytes or KAIKYO_MAX_BYTES)` });
}

/**
 * Throw unless `path`, after resolving every link, lies inside `folder` (also resolved).
 * `shown` names the file in the message.
 */
export async function assertInside(folder: string, path: string, shown: string): Promise<void> {
  let realFolder: string;
  let realPath: string;
  try {
    realFolder = await realpath(folder);
    realPath = await realpath(path);
  } catch (error) {
    // A missing file is reported by the read, with the same words as any missing source.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const inside = relative(realFolder, realPath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new DecodeError({ file: shown, reason: 'outside-folder', summary: `the source must be a file inside its document folder, and this one is ${realPath}` });
  }
}

/**
 * Throw unless `path` is a regular file of at most `maxBytes` (a missing file passes: reading it
 * reports it). For a caller that hashes the file before it reads it.
 */
export async function assertReadable(path: string, shown: string, maxBytes: number): Promise<void> {
  let stats;
  try {
    stats = await stat(path);
  } catch {
    return;
  }
  if (stats.isDirectory()) throw new DecodeError({ file: shown, reason: 'unreadable', summary: 'cannot read: is a directory' });
  if (!stats.isFile()) throw new DecodeError({ file: shown, reason: 'not-a-file', summary: `not a regular file (${kind(stats)}); a source must be a text file` });
  if (stats.size > maxBytes) throw tooLarge(shown, stats.size, maxBytes);
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them. `shown` names the file in
 * errors. Opened non-blocking, so a FIFO cannot hang the open; its kind and size are read from
 * the open descriptor, so what is checked is what is read.
 */
export async function readBounded(path: string, maxBytes: number, shown = path): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(shown, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new DecodeError({ file: shown, reason: 'unreadable', summary: 'cannot read: is a directory' });
    if (!stats.isFile()) throw new DecodeError({ file: shown, reason: 'not-a-file', summary: `not a regular file (${kind(stats)}); a source must be a text file` });
    if (stats.size > maxBytes) throw tooLarge(shown, stats.size, maxBytes);
    // One byte more than the limit is asked for: a file that grew since the stat is caught.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stats.size + 1));
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > maxBytes) throw tooLarge(shown, `more than ${maxBytes}`, maxBytes);
        break;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw tooLarge(shown, `more than ${maxBytes}`, maxBytes);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw unreadable(shown, error);
  } finally {
    await handle.close();
  }
}

function kind(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function unreadable(file: string, error: unknown): DecodeError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
  return new DecodeError({ file, reason: 'unreadable', summary: `cannot read: ${why}`, cause: error });
}
