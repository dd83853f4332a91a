/** Build errors and how they are shown: always one line that names the file. */
import { DataError } from '../data/data-error.js';

/** One line naming the file (and line) of a failure. */
export function describeError(error: unknown, path: string): string {
  if (error instanceof DataError) return error.message;
  if ((error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return `${path}: ran out of memory (raise the limit with --max-memory)`;
  if (error instanceof Error && 'file' in error && typeof (error as { file: unknown }).file === 'string') return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${path}: ${message}`;
}

/**
 * A failure of the run as a whole, before any document is built (the glossary is missing or
 * does not load, the output folder cannot be locked): the CLI prints its one line and exits 2.
 */
export class RunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunError';
  }
}
