/**
 * Linearity benchmark: builds each generated pathological input (bench/pathological-inputs.ts)
 * at four sizes, doubling, and prints the time per 1,000 characters at each size and the ratio
 * of the largest size's to the smallest's. A linear stage keeps the ratio near 1; a quadratic one
 * doubles it with every doubling (8 over four sizes). The build is the whole document build in
 * this process (edition, tables, names, consistency, Markdown), without a glossary; `edition`
 * is the edition stages alone (buildEdition), to tell where the time goes.
 *
 *   npx tsx bench/pathological.ts [--base 20000] [--runs 3] [--case short-lines]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { loadDocument } from '../pipeline/corpus/document.js';
import { buildEdition } from '../pipeline/edition/edition.js';
import { buildDocument } from '../pipeline/orchestrate/build-document.js';
import { readSource } from '../pipeline/source/decode.js';
import { normalize } from '../pipeline/source/normalize.js';
import { median, numberOption, secondsSince } from './measure.js';
import { CASES, generateInput, writeInput, type PathologicalCase } from './pathological-inputs.js';

const base = numberOption('--base', 20_000);
const runs = numberOption('--runs', 3);
const only = process.argv.includes('--case') ? process.argv[process.argv.indexOf('--case') + 1] : undefined;
const sizes = [base, base * 2, base * 4, base * 8];

async function timeBuild(folder: string, root: string): Promise<{ whole: number; edition: number; chars: number }> {
  const document = await loadDocument(folder, root);
  const { decoded } = await readSource(document.sourcePath);
  const normalized = normalize(decoded.text);
  let started = process.hrtime.bigint();
  buildEdition(normalized.text, document, new VFile({ path: document.displayPath, value: normalized.text }), normalized.changes);
  const edition = secondsSince(started);
  started = process.hrtime.bigint();
  await buildDocument(document, {});
  return { whole: secondsSince(started), edition, chars: normalized.text.length };
}

const root = mkdtempSync(join(tmpdir(), 'kaikyo-pathological-'));
try {
  // Warm up: module loading and the spacing dictionary are paid once, not by the first size.
  await timeBuild(writeInput(root, 'warm-up', generateInput('short-lines', 2_000)), root);
  console.log(`time per 1,000 characters (ms), median of ${runs} run(s); sizes ${sizes.join(', ')} characters`);
  console.log(['case', ...sizes.map((size) => `${size}`), 'largest/smallest', 'edition ratio'].join('\t'));
  for (const kind of CASES.filter((name) => !only || name === only) as PathologicalCase[]) {
    const whole: number[] = [];
    const edition: number[] = [];
    // Warm up on this case's smallest input, so the first size does not pay for compiling its paths.
    await timeBuild(writeInput(root, `${kind}-warm-up`, generateInput(kind, sizes[0])), root);
    for (const size of sizes) {
      const folder = writeInput(root, `${kind}-${size}`, generateInput(kind, size));
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await timeBuild(folder, root));
      const chars = samples[0].chars;
      whole.push((median(samples.map((sample) => sample.whole)) * 1e6) / chars);
      edition.push((median(samples.map((sample) => sample.edition)) * 1e6) / chars);
    }
    console.log([kind, ...whole.map((value) => value.toFixed(2)), (whole[3] / whole[0]).toFixed(2), (edition[3] / edition[0]).toFixed(2)].join('\t'));
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
