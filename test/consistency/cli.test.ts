/**
 * `kaikyo check` through commander, as main.ts registers it: linter lines that name the file
 * they point into (edition.md) with each occurrence's sentence, JSON findings with messages,
 * SARIF, languages, --fail-on, the three kinds of path (corpus folder, raw file, output
 * folder), the same count as the build, and usage or input errors as exit 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerCheck } from '../../pipeline/cli/check-command.js';
import { main } from '../../pipeline/cli/main.js';
import { CORPUS, ROOT, SEED_FOLDER, SEED_SOURCE } from '../helpers/seed.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

async function check(...args: string[]): Promise<number> {
  const program = new Command().exitOverride();
  let code = 0;
  registerCheck(program, (value) => (code = Math.max(code, value)));
  await program.parseAsync(['node', 'kaikyo', 'check', ...args]);
  return code;
}

const common = ['--corpus', CORPUS, '--glossary', join(ROOT, 'glossary')];
const OUTPUT = join(ROOT, 'output', 'cha-2004-japan-clusters');
/** The committed consistency.json of the seed: what `kaikyo build` wrote. */
const built = () => JSON.parse(readFileSync(join(OUTPUT, 'consistency.json'), 'utf8')) as { findings: Array<{ findingId: string; actionable: boolean; severity: string }> };

describe('kaikyo check', () => {
  it('prints one linter line per finding, in edition.md, with severity, rule and message, then each place with its sentence', async () => {
    const code = await check(SEED_FOLDER, ...common, '--lang', 'en');
    expect(code).toBe(1);
    const heads = out.split('\n').filter((line) => line !== '' && !line.startsWith('    '));
    expect(heads.length).toBeGreaterThan(20);
    for (const line of heads) expect(line).toMatch(/^\S+:\d+:\d+ {2}(error|warning|info) {2}[a-z-]+ {2}\S/);
    expect(out).toMatch(/output\/cha-2004-japan-clusters\/edition\.md:\d+:\d+ {2}error {2}reading-mismatch {2}카네자와 for 金沢/);
    // Each occurrence follows with its edition place and the sentence around it.
    expect(out).toMatch(/\n {4}\d+:\d+ {2}.*카네자와/);
    expect(err).toMatch(/\d+ findings \(\d+ errors?, \d+ warnings?, \d+ info\)/);
  });

  it('counts what the build wrote as actionable, tables included', async () => {
    await check(SEED_FOLDER, ...common, '--format', 'json', '--fail-on', 'none');
    const data = JSON.parse(out) as { findings: Array<{ findingId: string; ruleId: string; message: string; file: string }> };
    const actionable = built().findings.filter((finding) => finding.actionable);
    expect(data.findings.map((finding) => finding.findingId).sort()).toEqual(actionable.map((finding) => finding.findingId).sort());
    expect(data.findings.some((finding) => finding.ruleId.startsWith('table-'))).toBe(true);
    for (const finding of data.findings) expect(finding.message.length).toBeGreaterThan(5);
    expect(data.findings[0].file).toMatch(/edition\.md$/);
    const counts = Object.fromEntries(['error', 'warning', 'info'].map((severity) => [severity, actionable.filter((finding) => finding.severity === severity).length]));
    expect(err).toContain(`${actionable.length} findings (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)`);
  });

  it('accepts a raw text file and an output folder as well as a corpus folder', async () => {
    await check(SEED_FOLDER, ...common, '--format', 'json', '--fail-on', 'none');
    const fromFolder = out;
    out = '';
    expect(await check(OUTPUT, ...common, '--format', 'json', '--fail-on', 'none')).toBe(0);
    expect(out).toBe(fromFolder);
    out = '';
    expect(await check(SEED_SOURCE, ...common, '--format', 'json', '--fail-on', 'none')).toBe(0);
    expect(JSON.parse(out).findings.length).toBe(JSON.parse(fromFolder).findings.length);
  });

  it('speaks Korean and Japanese, with particles that fit and no 은(는)', async () => {
    await check(SEED_FOLDER, ...common, '--lang', 'ko', '--fail-on', 'none');
    expect(out).toContain('카토우는 표준 표기 가토와 다름');
    expect(out).not.toMatch(/은\(는\)|이\(가\)|와\(과\)|을\(를\)/);
    out = '';
    await check(SEED_FOLDER, ...common, '--lang', 'ja', '--fail-on', 'none');
    expect(out).toContain('標準表記「가토」');
  });

  it('exits 0 when nothing reaches --fail-on, 1 when something does', async () => {
    expect(await check(SEED_FOLDER, ...common, '--fail-on', 'none')).toBe(0);
    expect(await check(SEED_FOLDER, ...common, '--fail-on', 'warning')).toBe(1);
  });

  it('reports a broken glossary entry with its file and line, and exits 2', async () => {
    const code = await check(SEED_FOLDER, '--corpus', CORPUS, '--glossary', join(import.meta.dirname, 'fixtures', 'broken-glossary'));
    expect(code).toBe(2);
    expect(err).toMatch(/places\.yaml:10:\d+: kind/);
  });

  it('refuses an unknown option value, a path that is no document, and a mistyped flag with exit 2', async () => {
    expect(await check(SEED_FOLDER, ...common, '--lang', 'fr')).toBe(2);
    expect(err).toContain('--lang');
    expect(await check(join(ROOT, 'schemas'), ...common)).toBe(2);
    expect(err).toMatch(/schemas:1:1: is a folder with neither meta\.yaml/);
    expect(await main(['node', 'kaikyo', 'check', '--fial-on', 'none'])).toBe(2);
  });
});
