/**
 * Timeline marks for profiling a build: with KAIKYO_TRACE set, each mark writes
 * "kaikyo-trace <epoch ms> <thread> <label>" to stderr, so marks from the main thread and from
 * worker threads line up on one clock (bench/trace.ts turns them into a timeline). Off, a mark
 * costs one boolean test.
 */
import { threadId } from 'node:worker_threads';

const enabled = Boolean(process.env.KAIKYO_TRACE);

export function mark(label: string): void {
  if (!enabled) return;
  const epoch = performance.timeOrigin + performance.now();
  process.stderr.write(`kaikyo-trace ${epoch.toFixed(1)} ${threadId} ${label}\n`);
}
