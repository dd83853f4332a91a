/**
 * `kaikyo check --format sarif` writes SARIF 2.1.0 that the official schema accepts (OASIS's
 * sarif-schema-2.1.0.json, kept in fixtures/sarif/), with one result per actionable finding,
 * stable fingerprints and places in edition.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerCheck } from '../../pipeline/cli/check-command.js';
import { CORPUS, ROOT, SEED_FOLDER } from '../helpers/seed.js';

// Both are CommonJS modules whose class/function is also their `default` export; under NodeNext
// TypeScript sees the module object, so take `default` explicitly (the same value at run time).
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; snippet: { text: string } } } }>;
  partialFingerprints: Record<string, string>;
}
interface Log {
  version: string;
  runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Result[] }>;
}

let log: Log;
let text = '';

beforeAll(async () => {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const error = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const program = new Command().exitOverride();
  registerCheck(program, () => undefined);
  await program.parseAsync(['node', 'kaikyo', 'check', SEED_FOLDER, '--corpus', CORPUS, '--glossary', join(ROOT, 'glossary'), '--format', 'sarif']);
  write.mockRestore();
  error.mockRestore();
  text = out;
  log = JSON.parse(out) as Log;
}, 60_000);
afterEach(() => vi.restoreAllMocks());

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    // The official schema's language pattern has a stray "]" that only the u flag rejects.
    // Both are CommonJS with `exports.default`: under Node's ESM interop the class and the
    // plugin are the default export's `default`.
    type Ajv04Class = typeof ajvDraft04.default;
    type FormatsPlugin = typeof ajvFormats.default;
    const Ajv04 = ((ajvDraft04 as unknown as { default?: Ajv04Class }).default ?? ajvDraft04) as Ajv04Class;
    const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ?? ajvFormats) as FormatsPlugin;
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The check can fail: a log missing its runs does not validate.
    expect(validate({ version: '2.1.0' })).toBe(false);
  });

  it('has one result per actionable finding, with its rule, level, message and fingerprint', () => {
    const built = JSON.parse(readFileSync(join(ROOT, 'output', 'cha-2004-japan-clusters', 'consistency.json'), 'utf8')) as { findings: Array<{ actionable: boolean; findingId: string }> };
    const [run] = log.runs;
    expect(log.version).toBe('2.1.0');
    expect(run.results.map((result) => result.partialFingerprints['kaikyoFindingId/v1']).sort()).toEqual(built.findings.filter((finding) => finding.actionable).map((finding) => finding.findingId).sort());
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text).not.toBe('');
    }
  });

  it('places results in edition.md, on the text of the occurrence', () => {
    const edition = readFileSync(join(ROOT, 'output', 'cha-2004-japan-clusters', 'edition.md'), 'utf8').split('\n');
    const placed = log.runs[0].results.filter((result) => result.locations[0].physicalLocation.artifactLocation.uri.endsWith('edition.md'));
    expect(placed.length).toBeGreaterThan(50);
    for (const result of placed) {
      const { region } = result.locations[0].physicalLocation;
      const line = edition[region.startLine - 1];
      expect(line.slice(region.startColumn - 1).replace(/\s+/gu, '').slice(0, 1)).toBe(region.snippet.text.replace(/\s+/gu, '').slice(0, 1));
    }
    expect(text).not.toMatch(/은\(는\)/);
  });
});
