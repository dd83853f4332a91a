// A stand-in for orchestrate/worker.js in the pool's tests (a worker cannot run the TypeScript
// sources): the task's target says what the "document" does. `busy:<ms>` keeps the thread busy
// for that long without yielding (like a stage stuck in a loop), `memory` allocates until the
// worker's memory limit stops it, anything else answers at once.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, task }) => {
  const [kind, value] = task.target.split(':');
  if (kind === 'busy') {
    const until = Date.now() + Number(value);
    while (Date.now() < until);
  }
  if (kind === 'memory') {
    const hoard = [];
    for (;;) hoard.push(new Array(100_000).fill(hoard.length));
  }
  parentPort.postMessage({ id, result: { status: 'built', id: task.id, files: {}, warnings: [] } });
});
