/**
 * A build worker: runs build tasks posted by the pool, one at a time, each worker with its own
 * tokenizer and glossary (loaded once per worker, on the first document that needs them).
 */
import { parentPort } from 'node:worker_threads';
import { runBuildTask, type BuildTask } from './task.js';

if (!parentPort) throw new Error('kaikyo: orchestrate/worker.js must run as a worker thread');
const port = parentPort;
port.on('message', (message: { id: number; task: BuildTask }) => {
  void runBuildTask(message.task).then((result) => port.postMessage({ id: message.id, result }));
});
