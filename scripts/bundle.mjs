// Bundle the compiled CLI (dist/pipeline) into dist/bundle: one module graph per entry point
// instead of a few hundred small files, which saves about 0.3 s of module loading on every
// start (measured with bench/build.ts). Entry points keep their file names, because the code
// starts its worker threads by name next to itself (worker.js, tokenizer-thread.js); dynamic
// imports stay lazy chunks, so a command still loads only what it uses. kuromoji and
// dictionary-ko stay outside: they find their data files relative to their own packages.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: start empty so old chunks do not pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: {
    main: 'dist/pipeline/cli/main.js',
    worker: 'dist/pipeline/orchestrate/worker.js',
    'tokenizer-thread': 'dist/pipeline/transcribe/tokenizer-thread.js',
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  external: ['kuromoji', 'dictionary-ko'],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __kaikyoRequire } from 'node:module'; const require = __kaikyoRequire(import.meta.url);" },
  logLevel: 'warning',
});
