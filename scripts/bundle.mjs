// Bundle the compiled CLI (dist/pipeline) into dist/bundle: one module graph per entry point
// instead of a few hundred small files, which saves about 0.3 s of module loading on every
// start (measured with bench/build.ts). Entry points keep their file names, because the code
// starts its worker threads by name next to itself (worker.js, tokenizer-thread.js); dynamic
// imports stay lazy chunks, so a command still loads only what it uses. kuromoji and
// dictionary-ko stay outside: they find their data files relative to their own packages;
// esbuild too (only a build from the TypeScript sources bundles the review page's script).
// Then the review page's browser script and styles go to dist/review/ (pipeline/review/).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ASSET_DIR, SCRIPT_FILE, STYLE_FILE } from '../dist/pipeline/review/assets.js';
import { bundleClient } from '../dist/pipeline/review/client-bundle.js';

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
  external: ['kuromoji', 'dictionary-ko', 'esbuild'],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __kaikyoRequire } from 'node:module'; const require = __kaikyoRequire(import.meta.url);" },
  logLevel: 'warning',
});

const review = await bundleClient(join(process.cwd(), 'pipeline', 'review'));
rmSync(ASSET_DIR, { recursive: true, force: true });
mkdirSync(ASSET_DIR, { recursive: true });
writeFileSync(join(ASSET_DIR, SCRIPT_FILE), review.script);
writeFileSync(join(ASSET_DIR, STYLE_FILE), review.style);
