/**
 * Hostile and unlucky inputs against the compiled CLI (issue 13's campaign): sources that leave
 * their folder or are not files, two documents with one id, a missing or broken glossary,
 * another locale and working directory, damaged outputs, an interrupted folder swap, a read-only
 * output folder, deadlines and memory limits, and NUL on transcribe's standard input. Each case
 * asks for what a user sees: the exit code, one line naming the file, and the outputs left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputFiles } from './helpers/output-files.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SEED_FOLDER } from './helpers/seed.js';

const cli = join(ROOT, 'bin', 'kaikyo.js');
const built = existsSync(join(ROOT, 'dist', 'pipeline', 'cli', 'main.js'));
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const SEED_ID = 'cha-2004-japan-clusters';

function kaikyo(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer; timeout?: number } = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, input: options.input, encoding: 'utf8', timeout: options.timeout ?? 120_000 });
}

/** A corpus with the site profiles and a copy of the seed under `id`, its meta.yaml edited by `edit`. */
function corpusWith(name: string, id: string, edit: (meta: string) => string = (meta) => meta): { corpus: string; folder: string } {
  const corpus = join(scratch, name);
  cpSync(join(ROOT, 'corpus', 'sites'), join(corpus, 'sites'), { recursive: true });
  const folder = join(corpus, id);
  mkdirSync(folder, { recursive: true });
  cpSync(join(SEED_FOLDER, 'source.txt'), join(folder, 'source.txt'));
  writeFileSync(join(folder, 'meta.yaml'), edit(readFileSync(join(SEED_FOLDER, 'meta.yaml'), 'utf8').replace(/^id: .*$/m, `id: ${id}`)));
  return { corpus, folder };
}


describe.skipIf(!built)('contained sources', () => {
  it('refuses source.file: ../../etc/passwd at its line in meta.yaml, for build and check alike', () => {
    const { corpus, folder } = corpusWith('passwd', 'passwd', (meta) => meta.replace('file: source.txt', 'file: ../../../../../../../../etc/passwd'));
    const out = join(scratch, 'out-passwd');
    const build = kaikyo(['build', folder, '--corpus', corpus, '--out', out, '--no-glossary']);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/passwd\/meta\.yaml:\d+:\d+: source\.file: ".*etc\/passwd" is not inside the document's folder/);
    expect(existsSync(join(out, 'passwd'))).toBe(false);
    const check = kaikyo(['check', folder, '--corpus', corpus]);
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/is not inside the document's folder/);
    expect(check.stdout).not.toMatch(/root:/);
  });

  it('refuses a symbolic link that leaves the folder, a link to /dev/zero and a FIFO, at once and by name', () => {
    const { corpus, folder: outside } = corpusWith('links', 'outside');
    rmSync(join(outside, 'source.txt'));
    symlinkSync(join(SEED_FOLDER, 'source.txt'), join(outside, 'source.txt'));
    const zero = join(corpus, 'zero');
    cpSync(outside, zero, { recursive: true, dereference: false });
    writeFileSync(join(zero, 'meta.yaml'), readFileSync(join(outside, 'meta.yaml'), 'utf8').replace('id: outside', 'id: zero'));
    rmSync(join(zero, 'source.txt'));
    symlinkSync('/dev/zero', join(zero, 'source.txt'));
    const fifo = join(corpus, 'fifo');
    mkdirSync(fifo);
    writeFileSync(join(fifo, 'meta.yaml'), readFileSync(join(outside, 'meta.yaml'), 'utf8').replace('id: outside', 'id: fifo'));
    expect(spawnSync('mkfifo', [join(fifo, 'source.txt')]).status).toBe(0);
    const started = Date.now();
    const result = kaikyo(['build', '--corpus', corpus, '--out', join(scratch, 'out-links'), '--no-glossary'], { timeout: 60_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/outside\/source\.txt: the source must be a file inside its document folder/);
    expect(result.stderr).toMatch(/zero\/source\.txt: the source must be a file inside its document folder, and this one is \/dev\/zero/);
    expect(result.stderr).toMatch(/fifo\/source\.txt: not a regular file \(a FIFO\)/);
  });

  it('checks the size limit in check too, before reading', () => {
    const result = kaikyo(['check', SEED_FOLDER, '--max-bytes', '1000']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/source\.txt: 60038 bytes is more than the limit of 1000 bytes/);
  });
});

describe.skipIf(!built)('owned outputs', () => {
  it('gives two raw files with the same name a clear error, never one folder for both', () => {
    mkdirSync(join(scratch, 'a'), { recursive: true });
    mkdirSync(join(scratch, 'b'), { recursive: true });
    writeFileSync(join(scratch, 'a', 'paper.txt'), '머리말\n\n첫째 글이다.\n');
    writeFileSync(join(scratch, 'b', 'paper.txt'), '머리말\n\n둘째 글이다.\n');
    const out = join(scratch, 'out-same-name');
    for (let round = 0; round < 2; round++) {
      const result = kaikyo(['build', join(scratch, 'a', 'paper.txt'), join(scratch, 'b', 'paper.txt'), '--out', out, '--no-glossary']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/b\/paper\.txt: its id "paper" is already the id of .*a\/paper\.txt in this build/);
      // The first file keeps the folder, build after build.
      expect(readFileSync(join(out, 'paper', 'edition.md'), 'utf8')).toMatch(/첫째/);
    }
  });

  it('refuses to give a folder built for one raw file to another file of the same name in a later build', () => {
    mkdirSync(join(scratch, 'c'), { recursive: true });
    mkdirSync(join(scratch, 'd'), { recursive: true });
    writeFileSync(join(scratch, 'c', 'essay.txt'), '머리말\n\n첫째 글이다.\n');
    writeFileSync(join(scratch, 'd', 'essay.txt'), '머리말\n\n둘째 글이다.\n');
    const out = join(scratch, 'out-owner');
    expect(kaikyo(['build', join(scratch, 'c', 'essay.txt'), '--out', out, '--no-glossary']).status).toBe(0);
    const second = kaikyo(['build', join(scratch, 'd', 'essay.txt'), '--out', out, '--no-glossary']);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/d\/essay\.txt: .*essay\/ holds the outputs of .*c\/essay\.txt, built before, not of this document/);
    expect(readFileSync(join(out, 'essay', 'edition.md'), 'utf8')).toMatch(/첫째/);
    // The same file again is its own: it builds.
    expect(kaikyo(['build', join(scratch, 'c', 'essay.txt'), '--out', out, '--no-glossary', '--force']).status).toBe(0);
  });

  it("refuses a meta.yaml whose id is not its folder's name", () => {
    const { corpus, folder } = corpusWith('id-mismatch', 'mine', (meta) => meta.replace('id: mine', 'id: someone-else'));
    const result = kaikyo(['build', folder, '--corpus', corpus, '--out', join(scratch, 'out-id'), '--no-glossary']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/mine\/meta\.yaml:\d+:\d+: id: "someone-else" must be the name of the document's folder, "mine"/);
  });

  it('repairs a truncated output file on a build with nothing else changed', () => {
    const out = join(scratch, 'out-repair');
    expect(kaikyo(['build', SEED_FOLDER, '--out', out]).status).toBe(0);
    const edition = join(out, SEED_ID, 'edition.md');
    truncateSync(edition, 100);
    const result = kaikyo(['build', SEED_FOLDER, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/1 built, 0 unchanged/);
    expect(readFileSync(edition, 'utf8')).toBe(readFileSync(join(ROOT, 'output', SEED_ID, 'edition.md'), 'utf8'));
  });
});

describe.skipIf(!built)('glossary or nothing', () => {
  it('stops with exit 2 and the path on a --glossary typo; elsewhere the shipped glossary is the default; --no-glossary builds without', () => {
    const typo = kaikyo(['build', SEED_FOLDER, '--out', join(scratch, 'out-typo'), '--glossary', 'glosary']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^kaikyo build: glosary: no such glossary folder/m);
    expect(existsSync(join(scratch, 'out-typo', SEED_ID))).toBe(false);
    // Run from a folder without glossary/: the glossary kaikyo ships is found from its package root.
    const elsewhere = kaikyo(['build', SEED_FOLDER, '--corpus', join(ROOT, 'corpus'), '--out', join(scratch, 'out-elsewhere')], { cwd: scratch });
    expect(elsewhere.status, elsewhere.stderr).toBe(0);
    expect(readFileSync(join(scratch, 'out-elsewhere', SEED_ID, 'consistency.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'output', SEED_ID, 'consistency.json'), 'utf8'));
    const without = kaikyo(['build', SEED_FOLDER, '--out', join(scratch, 'out-none'), '--no-glossary']);
    expect(without.status, without.stderr).toBe(0);
    expect(readFileSync(join(scratch, 'out-none', SEED_ID, 'consistency.json'), 'utf8')).not.toBe(readFileSync(join(ROOT, 'output', SEED_ID, 'consistency.json'), 'utf8'));
  });

  it('stops on a glossary YAML bomb, naming the glossary, before building anything', () => {
    const glossary = join(scratch, 'glossary-bomb');
    cpSync(join(ROOT, 'glossary'), glossary, { recursive: true });
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 30; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    writeFileSync(join(glossary, 'bomb.yaml'), `${lines.join('\n')}\n`);
    const result = kaikyo(['build', SEED_FOLDER, '--out', join(scratch, 'out-bomb'), '--glossary', glossary]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/glossary-bomb\/bomb\.yaml:1:1: YAML: Excessive alias count/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(scratch, 'out-bomb', SEED_ID))).toBe(false);
  });
});

describe.skipIf(!built)('machine-independent bytes', () => {
  it('builds the committed output under another locale, time zone and working directory', () => {
    const out = join(scratch, 'out-locale');
    const result = kaikyo(['build', SEED_FOLDER, '--corpus', join(ROOT, 'corpus'), '--glossary', join(ROOT, 'glossary'), '--out', out], {
      cwd: scratch,
      env: { LANG: 'ko_KR.UTF-8', LC_ALL: 'ko_KR.UTF-8', TZ: 'Pacific/Chatham' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(outputFiles(join(out, SEED_ID))).toEqual(outputFiles(join(ROOT, 'output', SEED_ID)));
  });
});

describe.skipIf(!built)('lock and swap', () => {
  it('completes an interrupted swap (new folder complete, document folder gone) and cleans the leftovers', () => {
    const out = join(scratch, 'out-swap');
    expect(kaikyo(['build', SEED_FOLDER, '--out', out]).status).toBe(0);
    // The crash window: the old folder was moved aside, the new complete one not yet in place.
    cpSync(join(out, SEED_ID), join(out, `.kaikyo-new-${SEED_ID}.1-a-b`), { recursive: true });
    renameSync(join(out, SEED_ID), join(out, `.kaikyo-old-${SEED_ID}.1-a-b`));
    mkdirSync(join(out, `.kaikyo-tmp-${SEED_ID}.2-c-d`));
    writeFileSync(join(out, `.kaikyo-tmp-${SEED_ID}.2-c-d`, 'edition.md'), 'half');
    const result = kaikyo(['build', SEED_FOLDER, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/completed the folder swap an interrupted build left/);
    expect(readdirSync(out).sort()).toEqual(['.kaikyo-cache', SEED_ID]);
    expect(outputFiles(join(out, SEED_ID))).toEqual(outputFiles(join(ROOT, 'output', SEED_ID)));
  });

  it('restores the old folder when the new one never completed', () => {
    const out = join(scratch, 'out-restore');
    expect(kaikyo(['build', SEED_FOLDER, '--out', out]).status).toBe(0);
    renameSync(join(out, SEED_ID), join(out, `.kaikyo-old-${SEED_ID}.1-a-b`));
    const result = kaikyo(['build', SEED_FOLDER, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/restored the outputs an interrupted build had moved aside/);
    expect(result.stderr).toMatch(/unchanged/);
    expect(readdirSync(out).sort()).toEqual(['.kaikyo-cache', SEED_ID]);
  });

  it('refuses an output folder it cannot write at once, with the reason, not after 120 s of silence', () => {
    // Not even root can create a folder in /sys; elsewhere a file where a folder should be does as well.
    const target = existsSync('/sys') ? '/sys' : join(scratch, 'a-file');
    if (target !== '/sys') writeFileSync(target, '');
    const started = Date.now();
    const result = kaikyo(['build', SEED_FOLDER, '--out', target]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot (lock|create) the output folder/);
  });

  it('says that it waits for another build, then builds when that one is done', async () => {
    const out = join(scratch, 'out-wait');
    mkdirSync(out, { recursive: true });
    const { lockFolder } = await import('../pipeline/orchestrate/lock.js');
    const lock = await lockFolder(out);
    const child = spawn(process.execPath, [cli, 'build', SEED_FOLDER, '--out', out], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(stderr).toMatch(/another kaikyo build is writing this output folder; waiting up to 120 s/);
    await lock.release();
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status, stderr).toBe(0);
    expect(existsSync(join(out, SEED_ID, 'edition.md'))).toBe(true);
  });
});

describe.skipIf(!built)('deadlines and memory limits', () => {
  it('stops a document at its deadline with its name, releases the lock and leaves no leftovers', () => {
    const out = join(scratch, 'out-deadline');
    const result = kaikyo(['build', SEED_FOLDER, '--out', out, '--deadline', '0.01']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cha-2004-japan-clusters\/source\.txt: took longer than 0\.01 s/);
    expect(readdirSync(out).filter((name) => name !== '.kaikyo-cache')).toEqual([]);
    // The lock was released: the next build starts at once and completes.
    const again = kaikyo(['build', SEED_FOLDER, '--out', out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/waiting/);
  });

  it('fails a document that runs out of memory alone, with its name, and builds the other', () => {
    // Editorial data that expands in memory: 3 MB of layout entries is a YAML tree of hundreds of MB.
    const { corpus, folder } = corpusWith('corpus-memory', 'big');
    writeFileSync(join(folder, 'layout.yaml'), `blocks:\n${'  - {caption: x, content: after}\n'.repeat(100_000)}`);
    mkdirSync(join(corpus, 'small'), { recursive: true });
    writeFileSync(join(corpus, 'small', 'source.txt'), '머리말\n\n짧은 글이다.\n');
    writeFileSync(join(corpus, 'small', 'meta.yaml'), 'id: small\ntitle: 짧은 글\nauthor:\n  name: 저자\nyear: 2020\nlanguage: ko\nsource:\n  file: source.txt\n');
    const result = kaikyo(['build', '--corpus', corpus, '--out', join(scratch, 'out-memory'), '--max-memory', '64', '--workers', '2', '--no-glossary']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/big\/source\.txt: ran out of memory \(the limit is 64 MB/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(scratch, 'out-memory', 'small', 'edition.md'))).toBe(true);
    expect(existsSync(join(scratch, 'out-memory', 'big'))).toBe(false);
  });
});

describe.skipIf(!built)('clean failures', () => {
  it('transcribes each standard-input line on its own: a NUL is reported and the lines after it are kept', () => {
    const result = kaikyo(['transcribe'], { input: Buffer.from('北海道\n東\u0000京\n\u0000\n東京\n', 'utf8') });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^北海道\t/m);
    expect(result.stdout).toMatch(/^東京\t/m);
    expect(result.stderr).toMatch(/"東\\u0000京" has a control character \(U\+0000\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports control characters in a source with their place instead of passing them silently', () => {
    const { corpus, folder } = corpusWith('control', 'control');
    const source = readFileSync(join(folder, 'source.txt'), 'utf8');
    const at = source.indexOf('\n', 5000);
    writeFileSync(join(folder, 'source.txt'), `${source.slice(0, at)}\u0007\u001b[31m${source.slice(at)}`);
    const line = source.slice(0, at).split('\n').length;
    const result = kaikyo(['build', folder, '--corpus', corpus, '--out', join(scratch, 'out-control'), '--no-glossary', '--verbose']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`control/source.txt:${line}:`);
    expect(result.stderr).toMatch(/warning {2}control-character {2}control character U\+0007 U\+001B in the source/);
    expect(readFileSync(join(scratch, 'out-control', 'control', 'apparatus.json'), 'utf8')).toMatch(/"ruleId": "control-character"/);
  });

  it('keeps the other documents\' outputs when the build cache cannot be written', () => {
    const out = join(scratch, 'out-cache-broken');
    mkdirSync(out, { recursive: true });
    // Where the cache folder should be, a file: every manifest write fails, as on a full disk.
    writeFileSync(join(out, '.kaikyo-cache'), '');
    const { corpus, folder } = corpusWith('cache-broken', 'second');
    const result = kaikyo(['build', SEED_FOLDER, folder, '--corpus', corpus, '--out', out, '--no-glossary']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cha-2004-japan-clusters: its outputs were written, but its build-cache record could not be written/);
    expect(result.stderr).toMatch(/second: its outputs were written, but/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, SEED_ID, 'edition.md'))).toBe(true);
    expect(existsSync(join(out, 'second', 'edition.md'))).toBe(true);
  });

  it('caps --workers at the number of cores, and says so', () => {
    const result = kaikyo(['build', SEED_FOLDER, '--out', join(scratch, 'out-workers'), '--workers', '999']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/--workers 999 is more than the \d+ cores; using \d+/);
  });
});
