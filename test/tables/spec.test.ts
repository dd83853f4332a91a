// The table description is data: a bad entry must stop the run with its file, line and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../pipeline/data/data-error.js';
import { parseTableSpec } from '../../pipeline/tables/spec.js';
import { SEED } from './helpers.js';

const seedText = readFileSync(`${SEED}/tables.yaml`, 'utf8');

function errorOf(text: string): DataError {
  try {
    parseTableSpec(text, 'tables.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe('parseTableSpec', () => {
  it('compiles the seed description: tables by name, claims and programmes', () => {
    const spec = parseTableSpec(seedText, 'tables.yaml');
    expect([...spec.tables.keys()]).toEqual(['meti-map', 'meti-measures', 'meti-projects', 'mext-cluster-map', 'mext-clusters', 'mext-criteria']);
    expect(spec.claims.length).toBeGreaterThan(0);
    expect(spec.programmes.map((programme) => programme.id)).toEqual(['meti-industrial-cluster', 'mext-knowledge-cluster']);
  });

  it('names the line and field of a pattern that does not compile', () => {
    const text = seedText.replace("details: '분야|개사|개\\s*대학'", "details: '분야|(개사'");
    const error = errorOf(text);
    expect(error.field).toBe('tables.meti-projects.details');
    expect(error.line).toBe(text.split('\n').findIndex((line) => line.includes("details: '분야|(개사'")) + 1);
    expect(error.problem).toMatch(/bad pattern/);
  });

  // Issue 13: a cue like (.+)+QQQ backtracked for ever on a line of a few dozen characters,
  // with the output lock held. It is refused at load, with its file, line, field and reason.
  it('refuses a pattern that can backtrack exponentially, naming its line and why', () => {
    for (const [cue, why] of [
      ['(.+)+QQQ', /unsafe pattern: exponential backtracking: "\.\+" inside "\(\.\+\)\+"/],
      ['(?<n>\\d|[0-9])+개', /unsafe pattern: exponential backtracking: the alternatives "\\d" and "\[0-9\]"/],
    ] as const) {
      const text = seedText.replace("cue: '(?<items>\\d+)개평가항목'", `cue: '${cue}'`);
      const error = errorOf(text);
      expect(error.field).toBe('claims.8.cue');
      expect(error.file).toBe('tables.yaml');
      expect(error.line).toBe(text.split('\n').findIndex((line) => line.includes(`cue: '${cue}'`)) + 1);
      expect(error.problem).toMatch(why);
    }
  });

  it('rejects an unknown field with its line', () => {
    const text = seedText.replace('    minSimilarity: 0.5', '    minSimilarity: 0.5\n    colour: red');
    const error = errorOf(text);
    expect(error.field).toBe('tables.meti-map.colour');
    expect(error.problem).toBe('unknown field');
  });

  it('rejects a claim check whose value is not a group of its cue', () => {
    const text = seedText.replace('{ value: items, measure', '{ value: entries, measure');
    expect(errorOf(text).problem).toMatch(/no named group "entries"/);
  });

  it('rejects a link to a table the file does not describe', () => {
    const text = seedText.replace('linksTo: meti-projects', 'linksTo: meti-project');
    const error = errorOf(text);
    expect(error.field).toBe('tables.meti-map.linksTo');
  });
});
