/**
 * kuromoji in a thread of its own. Loading the dictionary is about a second of CPU; in a
 * single-document build the main thread has a second's worth of other stages to run, so the
 * dictionary loads on the other core meanwhile. The thread answers tokenize requests with
 * kuromoji's raw tokens; positions are converted on the caller's side as usual.
 */
import { parentPort } from 'node:worker_threads';
import { getTokenizer } from './tokenizer.js';
import { mark } from '../trace.js';

if (!parentPort) throw new Error('kaikyo: transcribe/tokenizer-thread.js must run as a worker thread');
const port = parentPort;
// Start loading at once: the first request usually comes a second later.
mark('tokenizer thread start');
const ready = getTokenizer();
ready.then(() => mark('tokenizer ready'), () => undefined);
ready.catch(() => undefined);
port.on('message', (message: { id: number; text: string }) => {
  ready.then(
    (tokenizer) => port.postMessage({ id: message.id, tokens: tokenizer.tokenize(message.text) }),
    (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
