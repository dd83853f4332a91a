/**
 * The compiled CLI, run as a user runs it (`node bin/kaikyo.js`): the tokenizer thread, the
 * worker pool, the output lock and the error paths only exist there. Skipped when dist/ has not
 * been built (npm install builds it, so CI always runs these).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputFiles as files } from './helpers/output-files.js';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate.js';
import { CORPUS, ROOT, SEED_FOLDER } from './helpers/seed.js';

const cli = join(ROOT, 'bin', 'kaikyo.js');
const built = existsSync(join(ROOT, 'dist', 'pipeline', 'cli', 'main.js'));
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function kaikyo(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8' });
}

function kaikyoAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}


describe.skipIf(!built)('the compiled CLI', () => {
  it('was built with its post-build steps: the unpacked dictionary and the digest of these very sources', async () => {
    const { sourcesDigest } = await import('../pipeline/orchestrate/digest.js');
    const { isCurrentUnpacked } = await import('../pipeline/transcribe/dictionary-files.js');
    const { dictionaryPath } = await import('../pipeline/transcribe/tokenizer.js');
    // A mismatch means dist/ is older than the sources: run `npm run build`.
    expect(readFileSync(join(ROOT, 'dist', 'pipeline-digest.txt'), 'utf8').trim()).toBe(await sourcesDigest());
    expect(isCurrentUnpacked(join(ROOT, 'dist', 'kuromoji-dict'), dictionaryPath())).toBe(true);
  });

  it('builds the seed exactly as committed (tokenizer in its own thread)', () => {
    const out = join(scratch, 'seed');
    const result = kaikyo(['build', SEED_FOLDER, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(files(join(out, 'cha-2004-japan-clusters'))).toEqual(files(join(ROOT, 'output', 'cha-2004-japan-clusters')));
    // build and check count the same findings, by severity (tables included).
    const counted = /(\d+) finding\(s\) \((\d+) error\(s\), (\d+) warning\(s\), (\d+) info\)/.exec(result.stderr);
    const checked = kaikyo(['check', SEED_FOLDER, '--out', out, '--fail-on', 'none']);
    expect(checked.status, checked.stderr).toBe(0);
    const same = /(\d+) findings? \((\d+) errors?, (\d+) warnings?, (\d+) info\)/.exec(checked.stderr);
    expect(counted?.slice(1)).toEqual(same?.slice(1));
    expect(Number(counted?.[1])).toBeGreaterThan(0);
  });

  it('gives the same outputs from worker threads as from one thread', () => {
    const corpus = join(scratch, 'synthetic');
    const documents = generate(corpus, 3);
    const pooled = kaikyo(['build', ...documents, '--corpus', corpus, '--out', join(scratch, 'pooled'), '--workers', '2']);
    const single = kaikyo(['build', ...documents, '--corpus', corpus, '--out', join(scratch, 'single'), '--workers', '0']);
    expect(pooled.status, pooled.stderr).toBe(0);
    expect(single.status, single.stderr).toBe(0);
    expect(files(join(scratch, 'pooled'))).toEqual(files(join(scratch, 'single')));
    expect(Object.keys(files(join(scratch, 'pooled'))).filter((name) => name.endsWith('edition.md'))).toHaveLength(3);
  });

  // Two builds started at once into the same folder: the second waits for the first's lock,
  // and the folder ends complete and identical to a build made alone.
  it('leaves complete, consistent files when two builds run at once', async () => {
    const out = join(scratch, 'concurrent');
    const [a, b] = await Promise.all([kaikyoAsync(['build', SEED_FOLDER, '--out', out, '--force']), kaikyoAsync(['build', SEED_FOLDER, '--out', out, '--force'])]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(files(join(out, 'cha-2004-japan-clusters'))).toEqual(files(join(ROOT, 'output', 'cha-2004-japan-clusters')));
    expect(readdirSync(out).filter((name) => name.startsWith('.kaikyo-tmp') || name.startsWith('.kaikyo-old'))).toEqual([]);
  });

  it('names the file, line and field of a malformed metadata file and still builds the others', () => {
    const corpus = join(scratch, 'corpus-bad-meta');
    cpSync(CORPUS, corpus, { recursive: true });
    mkdirSync(join(corpus, 'broken'), { recursive: true });
    writeFileSync(join(corpus, 'broken', 'source.txt'), '본문이다.\n');
    writeFileSync(join(corpus, 'broken', 'meta.yaml'), 'id: broken\ntitle: 제목\nauthor:\n  name: 저자\nyear: "two thousand"\nlanguage: ko\nsource:\n  file: source.txt\n');
    const result = kaikyo(['build', '--corpus', corpus, '--out', join(scratch, 'out-bad-meta')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\/meta\.yaml:5:7: year: must be integer/);
    expect(existsSync(join(scratch, 'out-bad-meta', 'cha-2004-japan-clusters', 'edition.md'))).toBe(true);
  });

  it('stops before building anything when the glossary has a broken entry, naming its file and line', () => {
    const glossary = join(scratch, 'glossary-bad');
    cpSync(join(ROOT, 'glossary'), glossary, { recursive: true });
    const file = join(glossary, 'regions.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: region', 'kind: planet'));
    const result = kaikyo(['build', SEED_FOLDER, '--out', join(scratch, 'out-bad-glossary'), '--glossary', glossary]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/regions\.yaml:\d+:\d+.*kind/);
    expect(existsSync(join(scratch, 'out-bad-glossary', 'cha-2004-japan-clusters'))).toBe(false);
  });

  it('refuses a source over the size limit with a clear message', () => {
    const result = kaikyo(['build', SEED_FOLDER, '--out', join(scratch, 'out-limit'), '--max-bytes', '1000']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/source\.txt: 60038 bytes is more than the limit of 1000 bytes/);
  });
});
