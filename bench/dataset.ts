/**
 * `kaikyo dataset` at scale: output folders made by copying the seed's output folder under N and
 * 4N ids (document.json's id changed; the build is not what is measured), then the dataset of
 * each, timed in this process. Prints seconds, documents per second and the cost per document
 * between N and 4N (flat when the stage is linear), and the peak memory of the process.
 *
 *   npm start && npx tsx bench/dataset.ts [--docs 100] [--runs 3]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from '../pipeline/dataset/build.js';
import { median, numberOption, secondsSince } from './measure.js';

const docs = numberOption('--docs', 100);
const runs = numberOption('--runs', 3);
const root = join(import.meta.dirname, '..');
const seed = join(root, 'output', 'cha-2004-japan-clusters');
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-dataset-bench-'));

function outputs(count: number): string {
  const folder = join(scratch, `output-${count}`);
  for (let n = 0; n < count; n++) {
    const id = `paper-${String(n).padStart(6, '0')}`;
    cpSync(seed, join(folder, id), { recursive: true });
    const record = JSON.parse(readFileSync(join(folder, id, 'document.json'), 'utf8'));
    writeFileSync(join(folder, id, 'document.json'), `${JSON.stringify({ ...record, id }, null, 2)}\n`);
  }
  return folder;
}

const sizes = [docs, docs * 4];
const folders = sizes.map(outputs);
const seconds = new Map<number, number[]>(sizes.map((size) => [size, []]));
for (let round = 0; round < runs; round++) {
  for (const [index, size] of sizes.entries()) {
    const started = process.hrtime.bigint();
    await buildDataset({ inputs: [folders[index]], out: join(scratch, `dataset-${size}`), glossary: join(root, 'glossary'), description: join(root, 'corpus', 'dataset.yaml') });
    seconds.get(size)!.push(secondsSince(started));
  }
}
const [small, large] = sizes.map((size) => median(seconds.get(size)!));
console.log(`${docs} documents: ${small.toFixed(2)} s (${(docs / small).toFixed(0)} documents/s)`);
console.log(`${docs * 4} documents: ${large.toFixed(2)} s (${((docs * 4) / large).toFixed(0)} documents/s)`);
console.log(`cost per document between them: ${(((large - small) / (docs * 3)) * 1000).toFixed(1)} ms; at ${docs}: ${((small / docs) * 1000).toFixed(1)} ms (glossary and schemas included)`);
console.log(`peak memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(scratch, { recursive: true, force: true });
