/**
 * A build worker: runs build tasks posted by the pool, one at a time, each worker with its own
 * glossary (loaded once per worker) and tokenizer: in this thread for a build of several
 * documents, in a thread of its own for a single document (started here before the stages are
 * even imported, so the dictionary loads on the other core meanwhile). The pool gives the worker
 * its memory limit and stops it at the document's deadline.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startTokenizerThread } from '../transcribe/tokenizer.js';
import type { BuildTask } from './task.js';

if (!parentPort) throw new Error('kaikyo: orchestrate/worker.js must run as a worker thread');
const port = parentPort;
const limits = (workerData as { resourceLimits?: { maxOldGenerationSizeMb?: number } } | undefined)?.resourceLimits;
port.on('message', (message: { id: number; task: BuildTask }) => {
  if (message.task.tokenizerThread && message.task.japanese) startTokenizerThread({ resourceLimits: limits });
  void import('./task.js')
    .then(({ runBuildTask }) => runBuildTask(message.task))
    .then((result) => port.postMessage({ id: message.id, result }));
});
