/**
 * A fixed pool of build workers. Each task goes to an idle worker; a worker that dies fails
 * its task (with the reason) and is replaced, so one crashing document cannot stop the run.
 */
import { Worker } from 'node:worker_threads';
import type { BuildTask, TaskResult } from './task.js';

export interface Pool {
  run(task: BuildTask): Promise<TaskResult>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  /** Taken by a run() call (set synchronously, so two calls never take the same worker). */
  taken: boolean;
  busy?: { id: number; resolve: (result: TaskResult) => void; target: string };
}

/** Start `size` workers running orchestrate/worker.js (compiled code only). */
export function createPool(size: number): Pool {
  const script = new URL('./worker.js', import.meta.url);
  const slots: Slot[] = [];
  const waiting: Array<(slot: Slot) => void> = [];
  let next = 0;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script), taken: false };
    slot.worker.on('message', (message: { id: number; result: TaskResult }) => {
      const busy = slot.busy;
      if (!busy || busy.id !== message.id) return;
      slot.busy = undefined;
      busy.resolve(message.result);
      release(slot);
    });
    slot.worker.on('error', (error) => fail(slot, error.message));
    slot.worker.on('exit', (code) => {
      if (slot.busy) fail(slot, `worker exited with code ${code}`);
    });
    return slot;
  };

  const fail = (slot: Slot, reason: string) => {
    const busy = slot.busy;
    slot.busy = undefined;
    busy?.resolve({ status: 'failed', error: `${busy.target}: the build worker failed: ${reason}` });
    const index = slots.indexOf(slot);
    if (index >= 0 && !closed) {
      void slot.worker.terminate();
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

  let closed = false;
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
    async run(task) {
      const slot = await idle();
      const id = next++;
      return new Promise<TaskResult>((resolve) => {
        slot.busy = { id, resolve, target: task.target };
        slot.worker.postMessage({ id, task });
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
