/**
 * Shards: `--shard K/N` is validated; each document id falls in exactly one shard, the same on
 * every run; a corpus built in 3 shards and merged by `kaikyo dataset` is byte for byte the
 * dataset of the same corpus built at once. The corpus is the seed under several ids.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli/main.js';
import { buildDataset } from '../../pipeline/dataset/build.js';
import { buildCorpus } from '../../pipeline/orchestrate/build-corpus.js';
import { parseShard, shardOf } from '../../pipeline/orchestrate/shard.js';
import { CORPUS, ROOT, SEED_FOLDER } from '../helpers/seed.js';

const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-shards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('--shard K/N', () => {
  it('accepts 1 ≤ K ≤ N and says what is wrong otherwise', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(() => parseShard('0/3')).toThrow('K must be between 1 and N (3)');
    expect(() => parseShard('4/3')).toThrow('K must be between 1 and N (3)');
    expect(() => parseShard('1/0')).toThrow('N must be at least 1');
    expect(() => parseShard('two/3')).toThrow('--shard must be K/N');
    expect(() => parseShard('1/3/5')).toThrow('--shard must be K/N');
  });

  it('puts every id in one shard, the same every time, and spreads ids evenly', () => {
    const counts = [0, 0, 0, 0, 0];
    for (let n = 0; n < 5000; n++) {
      const shard = shardOf(`paper-${n}`, 5);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(5);
      expect(shardOf(`paper-${n}`, 5)).toBe(shard);
      counts[shard - 1]++;
    }
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('refuses a bad --shard on the command line with exit code 2, before building anything', async () => {
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['node', 'kaikyo', 'build', '--shard', '4/3', '--out', join(scratch, 'never')])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.join('')).toContain('K must be between 1 and N (3)');
    expect(() => readdirSync(join(scratch, 'never'))).toThrow();
  });
});

/** A corpus with the seed under each id (its meta.yaml's id changed, nothing else). */
function seedCorpus(ids: readonly string[]): string {
  const corpus = join(scratch, 'corpus');
  cpSync(join(CORPUS, 'sites'), join(corpus, 'sites'), { recursive: true });
  const meta = readFileSync(join(SEED_FOLDER, 'meta.yaml'), 'utf8');
  for (const id of ids) {
    const folder = join(corpus, id);
    mkdirSync(folder, { recursive: true });
    for (const file of readdirSync(SEED_FOLDER)) cpSync(join(SEED_FOLDER, file), join(folder, file));
    writeFileSync(join(folder, 'meta.yaml'), meta.replace(/^id: .*$/m, `id: ${id}`));
  }
  return corpus;
}

describe('three shards merged by kaikyo dataset', () => {
  it('give byte for byte the dataset of the unsharded build', async () => {
    // One id per shard at least: the first ids of a fixed sequence that cover the three shards.
    const ids: string[] = [];
    for (let n = 1; new Set(ids.map((id) => shardOf(id, 3))).size < 3; n++) ids.push(`seed-copy-${n}`);
    const corpus = seedCorpus(ids);
    const options = { corpus, glossary: join(ROOT, 'glossary'), workers: 0 };

    const whole = join(scratch, 'out-all');
    expect((await buildCorpus([], { ...options, out: whole })).built).toBe(ids.length);
    const shards: string[] = [];
    let built = 0;
    for (let index = 1; index <= 3; index++) {
      const out = join(scratch, `out-${index}`);
      const summary = await buildCorpus([], { ...options, out, shard: { index, count: 3 } });
      expect(summary.failed).toBe(0);
      expect(summary.built + summary.otherShards).toBe(ids.length);
      built += summary.built;
      shards.push(out);
    }
    expect(built).toBe(ids.length);

    const dataset = { glossary: join(ROOT, 'glossary'), description: join(ROOT, 'corpus', 'dataset.yaml') };
    const one = join(scratch, 'dataset-all');
    const merged = join(scratch, 'dataset-merged');
    const summary = await buildDataset({ ...dataset, inputs: [whole], out: one });
    expect(summary.documents).toBe(ids.length);
    // Shards given in another order merge to the same bytes.
    await buildDataset({ ...dataset, inputs: [...shards].reverse(), out: merged });
    const files = readdirSync(one).sort();
    expect(readdirSync(merged).sort()).toEqual(files);
    for (const file of files) expect(Buffer.compare(readFileSync(join(merged, file)), readFileSync(join(one, file))), file).toBe(0);
    expect(summary.tables.find((table) => table.name === 'meti_projects')?.rows).toBe(19 * ids.length);

    // A document in two of the folders is an error that names both.
    await expect(buildDataset({ ...dataset, inputs: [whole, shards[0]], out: join(scratch, 'dataset-dup') })).rejects.toThrow(/is in two output folders/);
  });
});
