/**
 * Patterns from data files cannot stall a build (pipeline/data/patterns.ts, issue 13): a pattern
 * that can backtrack exponentially is refused at load with its file, line and reason; the
 * patterns the seed's data uses all load.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../pipeline/corpus/document.js';
import { DataError } from '../../pipeline/data/data-error.js';
import * as patterns from '../../pipeline/data/patterns.js';

const { compileDataPattern, exponentialRisk, repeatsGroup, UnsafePatternError } = patterns;
const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-patterns-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('data patterns', () => {
  it('exports the compiler, the analysis and the error', () => {
    expect(Object.keys(patterns).sort()).toEqual(['UnsafePatternError', 'compileDataPattern', 'exponentialRisk', 'repeatsGroup']);
  });

  // Each of these takes minutes or longer on a line of a few dozen characters in V8.
  it('refuses the exponential shapes: nested quantifiers and overlapping alternatives under repetition', () => {
    for (const source of ['(.+)+QQQ', '(\\d+\\s*)*x', '(?:[가-힣]+\\s?)+$', '^(?:\\s*\\S+)+,$', '^(a|a)*$', '(\\w|\\d)+$', '(?:가|[가-힣]){2,}끝']) {
      expect(exponentialRisk(source, 'u'), source).toMatch(/^exponential backtracking: /);
      expect(() => compileDataPattern(source), source).toThrow(UnsafePatternError);
    }
  });

  // Linear or polynomial shapes, including every kind the seed's tables.yaml uses.
  it('accepts patterns without exponential backtracking', () => {
    for (const source of ['^전체 글$', '^Share "(.+)"$', '(a|ab)*c', '(?:ab|ac)*', '[가-힣]+(?:현|부|시|도)(?:(?:및|,)[가-힣]+(?:현|부|시|도))*', '(?<amount>\\d+(?:\\.\\d+)?)억\\s*엔', '^(?<first>.+?)\\s*외\\s*(?<n>\\d+)\\s*개$']) {
      expect(exponentialRisk(source, 'u'), source).toBeUndefined();
      expect(compileDataPattern(source).source).toBe(new RegExp(source, 'u').source);
    }
  });

  // The analysers are loaded only for a pattern that repeats a group.
  it('tells a repeated group from repeated characters, escapes and classes aside', () => {
    expect(repeatsGroup('(?:ab)+')).toBe(true);
    expect(repeatsGroup('(ab){2,5}')).toBe(true);
    expect(repeatsGroup('(ab){3,}')).toBe(true);
    expect(repeatsGroup('(ab)?\\d+')).toBe(false);
    expect(repeatsGroup('(ab){1}')).toBe(false);
    expect(repeatsGroup('\\(ab\\)+')).toBe(false);
    expect(repeatsGroup('[()]+')).toBe(false);
  });

  it('keeps a syntax error a syntax error', () => {
    expect(() => compileDataPattern('(개사')).toThrow(SyntaxError);
  });

  // A site profile's patterns run on every line of a raw file: the same refusal, with the line.
  it('refuses an unsafe site-profile pattern at load, naming the file, line and field', async () => {
    const profile = readFileSync('corpus/sites/doc-sharing.yaml', 'utf8').replace("pattern: '^N/A$'", () => "pattern: '^(N|N)*/A$'");
    const path = join(scratch, 'unsafe.yaml');
    writeFileSync(path, profile);
    const error = await loadSite(path).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DataError);
    const data = error as DataError;
    expect(data.field).toBe('header.lines.1.pattern');
    expect(data.line).toBe(profile.split('\n').findIndex((line) => line.includes("'^(N|N)*/A$'")) + 1);
    expect(data.problem).toMatch(/^unsafe pattern: exponential backtracking: the alternatives "N" and "N"/);
  });
});
