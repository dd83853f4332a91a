/**
 * `kaikyo check` through commander, as main.ts will register it: linter lines, JSON, languages,
 * --fail-on, and a broken glossary reported with its file and line (exit 2).
 */
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerCheck } from '../../pipeline/cli/check-command.js';
import { CORPUS, ROOT, SEED_FOLDER } from '../helpers/seed.js';

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

describe('kaikyo check', () => {
  it('prints one linter line per finding and fails on errors by default', async () => {
    const code = await check(SEED_FOLDER, ...common, '--lang', 'en');
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(line).toMatch(/^\S+:\d+:\d+ {2}[a-z-]+ {2}\S/);
    expect(out).toMatch(/source\.txt:\d+:\d+ {2}reading-mismatch {2}카네자와 for 金沢/);
  });

  it('writes JSON with --format json, and the exit follows --fail-on', async () => {
    expect(await check(SEED_FOLDER, ...common, '--format', 'json', '--fail-on', 'none')).toBe(0);
    const data = JSON.parse(out) as { findings: Array<{ ruleId: string; file: string }> };
    expect(data.findings.length).toBeGreaterThan(20);
    expect(data.findings[0].file).toMatch(/source\.txt$/);
  });

  it('speaks Korean and Japanese', async () => {
    await check(SEED_FOLDER, ...common, '--lang', 'ko', '--fail-on', 'none');
    expect(out).toContain('표준');
    out = '';
    await check(SEED_FOLDER, ...common, '--lang', 'ja', '--fail-on', 'none');
    expect(out).toContain('標準');
  });

  it('reports a broken glossary entry with its file and line, and exits 2', async () => {
    const code = await check(SEED_FOLDER, '--corpus', CORPUS, '--glossary', join(import.meta.dirname, 'fixtures', 'broken-glossary'));
    expect(code).toBe(2);
    expect(err).toMatch(/places\.yaml:10:\d+: kind/);
  });

  it('refuses an unknown option value with exit 2', async () => {
    expect(await check(SEED_FOLDER, ...common, '--lang', 'fr')).toBe(2);
    expect(err).toContain('--lang');
  });
});
