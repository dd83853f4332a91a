/**
 * A fixed pool of build workers, each with a memory limit (V8's `resourceLimits`), each task
 * with a deadline. A worker that runs past its task's deadline is terminated (the tokenizer
 * thread it may have started goes with it), one that runs out of memory or dies is replaced;
 * either way its task fails with the document's name and the reason, and the others go on.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { BuildTask, TaskResult } from './task.js';

export interface Pool {
  /** Run `task`; stop it after `deadlineMs` (no deadline when undefined). Never rejects. */
  run(task: BuildTask, deadlineMs?: number): Promise<TaskResult>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Memory limit of each worker (and of the tokenizer thread a worker starts). */
  readonly maxMemoryMb?: number;
  /** The worker script (orchestrate/worker.js next to this module by default; tests give others). */
  readonly script?: URL;
}

interface Slot {
  worker: Worker;
  /** Taken by a run() call (set synchronously, so two calls never take the same worker). */
  taken: boolean;
  busy?: { id: number; resolve: (result: TaskResult) => void; shown: string; timer?: NodeJS.Timeout };
}

/** Start `size` workers running orchestrate/worker.js (compiled code only). */
export function createPool(size: number, options: PoolOptions = {}): Pool {
  const script = options.script ?? new URL('./worker.js', import.meta.url);
  const resourceLimits: ResourceLimits | undefined = options.maxMemoryMb ? { maxOldGenerationSizeMb: options.maxMemoryMb } : undefined;
  const slots: Slot[] = [];
  const waiting: Array<(slot: Slot) => void> = [];
  let next = 0;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(script, { ...(resourceLimits ? { resourceLimits } : {}), workerData: { resourceLimits } });
    const slot: Slot = { worker, taken: false };
    worker.on('message', (message: { id: number; result: TaskResult }) => {
      const busy = slot.busy;
      if (!busy || busy.id !== message.id) return;
      clearTimeout(busy.timer);
      slot.busy = undefined;
      busy.resolve(message.result);
      release(slot);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      fail(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of memory (the limit is ${options.maxMemoryMb} MB; raise it with --max-memory)` : `the build worker failed: ${error.message}`),
    );
    worker.on('exit', (code) => {
      if (slot.busy) fail(slot, `the build worker exited with code ${code}`);
    });
    return slot;
  };

  /** End the slot's task with `reason`, and put a fresh worker in its place. */
  const fail = (slot: Slot, reason: string) => {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    busy.resolve({ status: 'failed', error: `${busy.shown}: ${reason}` });
    const index = slots.indexOf(slot);
    void slot.worker.terminate();
    if (index >= 0 && !closed) {
      const replacement = spawn();
      replacement.taken = true;
      slots[index] = replacement;
      release(replacement);
    }
  };

  const release = (slot: Slot) => {
    const taker = waiting.shift();
    if (taker) taker(slot);
    else slot.taken = false;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  const idle = (): Promise<Slot> => {
    const free = slots.find((slot) => !slot.taken);
    if (free) {
      free.taken = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  return {
    async run(task, deadlineMs) {
      const slot = await idle();
      const id = next++;
      return new Promise<TaskResult>((resolve) => {
        slot.busy = { id, resolve, shown: task.shown };
        if (deadlineMs !== undefined) {
          slot.busy.timer = setTimeout(() => fail(slot, `took longer than ${formatSeconds(deadlineMs)} s (its deadline; raise it with --deadline)`), deadlineMs);
        }
        slot.worker.postMessage({ id, task });
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** Seconds as a person reads them: whole when whole, else up to three decimals. */
export function formatSeconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}
