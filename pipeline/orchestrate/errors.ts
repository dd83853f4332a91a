/** Build errors and how they are shown: always one line that names the file. */
import { DataError } from '../data/data-error.js';

/** A source over the size limit: refused before it is read, so memory stays bounded. */
export class InputTooLargeError extends Error {
  constructor(readonly file: string, readonly size: number, readonly limit: number) {
    super(`${file}: ${size} bytes is more than the limit of ${limit} bytes (raise it with --max-bytes or KAIKYO_MAX_BYTES)`);
    this.name = 'InputTooLargeError';
  }
}

/** One line naming the file (and line) of a failure. */
export function describeError(error: unknown, path: string): string {
  if (error instanceof DataError) return error.message;
  if (error instanceof Error && 'file' in error && typeof (error as { file: unknown }).file === 'string') return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${path}: ${message}`;
}
