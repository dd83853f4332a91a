/**
 * kuromoji in a thread of its own. Loading the dictionary is about a second of CPU; in a
 * single-document build the main thread has a second's worth of other stages to run, so the
 * dictionary loads on the other core meanwhile. The thread answers tokenize requests with
 * kuromoji's raw tokens (positions are converted on the caller's side as usual), and runs the
 * jobs named in JOBS: once the dictionary is in, this core is otherwise idle while the other
 * renders tables and Markdown.
 */
import { parentPort } from 'node:worker_threads';
import type { LateRequest } from '../orchestrate/late-stages.js';
import { getTokenizer, type ThreadJob } from './tokenizer.js';
import { mark } from '../trace.js';

if (!parentPort) throw new Error('kaikyo: transcribe/tokenizer-thread.js must run as a worker thread');
const port = parentPort;
// Start loading at once: the first request usually comes a second later.
mark('tokenizer thread start');
const ready = getTokenizer();
ready.catch(() => undefined);
// Nothing else is prepared ahead of a job: loading the glossary here while the main thread ran
// the edition slowed that thread by a quarter (the two compete for memory and caches; measured
// with bench/trace.ts), and the build as a whole was no faster.
ready.then(() => mark('tokenizer ready'), () => undefined);

/** The modules of the jobs this thread runs besides tokenising (see ThreadJob in tokenizer.ts). */
const JOBS: Record<ThreadJob, (input: unknown) => Promise<unknown>> = {
  'late-stages': async (input) => (await import('../orchestrate/late-stages.js')).runLateStages(input as LateRequest),
};

port.on('message', (message: { id: number; text: string } | { id: number; job: ThreadJob; input: unknown }) => {
  if ('job' in message) {
    mark(`job ${message.job} received`);
    JOBS[message.job](message.input).then(
      (result) => {
        mark(`job ${message.job} done`);
        port.postMessage({ id: message.id, result });
      },
      (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  ready.then(
    (tokenizer) => port.postMessage({ id: message.id, tokens: tokenizer.tokenize(message.text) }),
    (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
