/**
 * The npm package as a user outside this repository gets it: `npm pack`, then `npm install
 * <tarball>` into an empty folder, then the installed `kaikyo` and the programmatic API. This is
 * the only test that sees what `files` leaves out (a missing dist/, glossary or site profile
 * shows up here and nowhere else). Skipped when dist/ has not been built (npm install builds it,
 * so CI always runs it); the install uses npm's cache, which `npm ci` has just filled.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED_FOLDER } from './helpers/seed.js';

const built = existsSync(join(ROOT, 'dist', 'pipeline', 'api.js'));
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-package-'));
const project = join(scratch, 'project');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(!built)('the packed npm package', () => {
  let tarball = '';

  beforeAll(() => {
    // --ignore-scripts: dist/ is already built (the "prepare" of npm install); packing must not rebuild it.
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(scratch, packed[0].filename);
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), '{ "name": "uses-kaikyo", "private": true, "type": "module" }\n');
    execFileSync(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
  }, 240_000);

  it('ships the compiled pipeline, the glossary and the site profiles, and no tests, corpus documents or outputs', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(listing).toContain('package/dist/bundle/main.js');
    expect(listing).toContain('package/dist/pipeline/api.d.ts');
    expect(listing).toContain('package/glossary/regions.yaml');
    expect(listing).toContain('package/glossary/kanji-forms.tsv');
    expect(listing).toContain('package/LICENSE');
    expect(listing.filter((path) => /^package\/(test|output|corpus\/(?!sites\/|README\.md$))/.test(path))).toEqual([]);
  });

  it('installs a kaikyo command that prints its version', () => {
    const result = spawnSync(join(project, 'node_modules', '.bin', 'kaikyo'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('builds a raw text file in a folder with no corpus and no glossary of its own, with the glossary it ships', () => {
    // The first 6,000 characters of the seed: Japanese names the shipped glossary knows.
    const text = readFileSync(join(SEED_FOLDER, 'source.txt'), 'utf8').slice(0, 6000);
    writeFileSync(join(project, 'paper.txt'), text);
    const result = spawnSync(join(project, 'node_modules', '.bin', 'kaikyo'), ['build', 'paper.txt', '--out', 'out'], { cwd: project, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const [id] = readdirSync(join(project, 'out')).filter((name) => !name.startsWith('.'));
    const edition = readFileSync(join(project, 'out', id, 'edition.md'), 'utf8');
    expect(edition.length).toBeGreaterThan(1000);
    // Names linked to glossary entries: the shipped glossary was found and used.
    const { names } = JSON.parse(readFileSync(join(project, 'out', id, 'names.json'), 'utf8')) as { names: Array<{ glossaryId?: string | null }> };
    expect(names.filter((name) => typeof name.glossaryId === 'string').length).toBeGreaterThan(0);
  });

  it('exports the programmatic API with its types', () => {
    const script = [
      "import { build, check, transcribe, loadGlossary } from 'kaikyo';",
      "const glossary = await loadGlossary();",
      "const t = await transcribe('北海道');",
      "console.log(JSON.stringify({ kinds: [typeof build, typeof check], entries: glossary.entries.length, romaji: t.romaji, hangul: t.hangul }));",
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout) as { kinds: string[]; entries: number; romaji: string; hangul: string };
    expect(answer.kinds).toEqual(['function', 'function']);
    expect(answer.entries).toBeGreaterThan(50);
    expect(answer).toMatchObject({ romaji: 'Hokkaidō', hangul: '홋카이도' });
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'kaikyo', 'package.json'), 'utf8')) as { exports: Record<string, { types: string }> };
    expect(existsSync(join(project, 'node_modules', 'kaikyo', manifest.exports['.'].types))).toBe(true);
  });
});
