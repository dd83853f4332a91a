/**
 * Regular expressions from data files (site profiles, table descriptions) that cannot stall a
 * build. JavaScript's engine backtracks: a pattern such as `(.+)+QQQ` or `(a|a)*$` tries
 * exponentially many ways to fail on a line of a few dozen characters, and the build hangs with
 * its lock held. Such patterns are refused when the data file is loaded, with the reason, so the
 * error names the file and line like any other bad entry.
 *
 * Two analyses, both on the pattern's syntax tree, both fast (milliseconds per pattern):
 * - scslre (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking) finds
 *   quantifiers that can trade characters with themselves under a repeating parent, the
 *   nested-quantifier kind (`(.+)+`, `(\d+\s*)*`);
 * - a repeated group whose alternatives can match a common string (`(a|a)*`, `(\w|\d)+`) has
 *   2^n ways to match that string n times; refa decides whether two alternatives' languages
 *   intersect (the check of eslint-plugin-regexp's no-dupe-disjunctions).
 * Polynomial cases (`\d+개` searched across a line, `.+?\s*분야$`) are accepted: they are
 * bounded by the square of a line's length, which the build's deadline covers.
 *
 * The engine that would make every pattern linear is not usable here: V8's linear engine (the
 * `l` flag behind --enable-experimental-regexp-engine) refuses the `u`, `i` and `d` flags that
 * these patterns and their readers rely on (measured on Node 20), and RE2 is a native build or
 * a WebAssembly object outside RegExp that every reader would have to adopt.
 */
import { createRequire } from 'node:module';
import type { AST } from '@eslint-community/regexpp';
import { dataCacheKey, readDataCache, writeDataCache } from './data-cache.js';

// The analysers (about 0.1 s to load) are required only when a pattern repeats a group, the one
// shape that can backtrack exponentially; most data patterns never need them.
const require = createRequire(import.meta.url);
let analysers: { regexpp: typeof import('@eslint-community/regexpp'); refa: typeof import('refa'); scslre: typeof import('scslre') } | undefined;
function load(): NonNullable<typeof analysers> {
  analysers ??= { regexpp: require('@eslint-community/regexpp'), refa: require('refa'), scslre: require('scslre') };
  return analysers;
}

/** A data pattern refused because it can backtrack exponentially; `message` says where and why. */
export class UnsafePatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafePatternError';
  }
}

/**
 * Why `source` (with `flags`) can backtrack exponentially, or undefined when it cannot. The
 * pattern must already compile (`new RegExp(source, flags)`).
 */
export function exponentialRisk(source: string, flags: string): string | undefined {
  if (!repeatsGroup(source)) return undefined;
  // The verdict is kept in the tool cache: loading the analysers costs about 0.1 s, which a
  // cold build of a document whose data repeats a group would otherwise pay every time.
  const key = dataCacheKey(`${flags}\0${source}`, ANALYSIS);
  const cached = readDataCache(key) as { risk: string | null } | undefined;
  if (cached && (cached.risk === null || typeof cached.risk === 'string')) return cached.risk ?? undefined;
  const risk = analyse(source, flags);
  writeDataCache(key, { risk: risk ?? null });
  return risk;
}

/** What the cached verdicts depend on: bump `version` when the analysis changes. */
const ANALYSIS = { analysis: 'exponential-risk', version: 1, scslre: '0.3.0', refa: '0.12.1' };

function analyse(source: string, flags: string): string | undefined {
  const literal = { source, flags };
  for (const report of load().scslre.analyse(literal, { reportTypes: { Move: false, Self: true, Trade: true } }).reports) {
    if (!report.exponential) continue;
    const where = report.type === 'Self' ? `"${report.quant.raw}" inside "${report.parentQuant.raw}"` : `"${report.startQuant.raw}" and "${report.endQuant.raw}"`;
    return `exponential backtracking: ${where} can split a run of "${report.character.pick}" in exponentially many ways; rewrite it so each character has one way to match`;
  }
  return overlappingAlternatives(source, flags);
}

/** A repeated group with two alternatives that can match the same text, described; or undefined. */
function overlappingAlternatives(source: string, flags: string): string | undefined {
  const { regexpp, refa: automata } = load();
  const { isDisjointWith, JS, NFA } = automata;
  const ast = new regexpp.RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${source.replace(/\//g, '\\/')}/${flags}`);
  const refa = JS.Parser.fromAst({ pattern: ast.pattern, flags: ast.flags });
  let found: string | undefined;
  regexpp.visitRegExpAST(ast, {
    onQuantifierEnter(quantifier: AST.Quantifier) {
      if (found || quantifier.max !== Infinity) return;
      const element = quantifier.element;
      if (element.type !== 'Group' && element.type !== 'CapturingGroup') return;
      const alternatives = element.alternatives;
      if (alternatives.length < 2) return;
      const languages = alternatives.map((alternative) => {
        const { expression, maxCharacter } = refa.parseElement(alternative, { backreferences: 'disable', assertions: 'disable' });
        return NFA.fromRegex(expression, { maxCharacter }, { assertions: 'disable' });
      });
      for (let i = 0; i < languages.length && !found; i++) {
        for (let j = i + 1; j < languages.length && !found; j++) {
          if (!isDisjointWith(languages[i], languages[j])) {
            found = `exponential backtracking: the alternatives "${alternatives[i].raw}" and "${alternatives[j].raw}" of the repeated "${quantifier.raw}" can match the same text, so n repeats match in 2^n ways; make the alternatives exclusive`;
          }
        }
      }
    },
  });
  return found;
}

/**
 * True when `source` applies a repeating quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > 1) to a
 * group. Without one, every quantifier repeats a single character or class, which can cost
 * polynomial time at most, never exponential. A hand-written scan (escapes and character
 * classes skipped) because it decides whether the analysers are loaded at all.
 */
export function repeatsGroup(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ')') {
      const next = source[i + 1];
      if (next === '*' || next === '+') return true;
      const bound = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i + 1, i + 24));
      if (bound && bound[2] && (bound[3] === '' || Number(bound[3]) > 1)) return true;
    }
  }
  return false;
}

/**
 * Compile a data pattern, refusing one that can backtrack exponentially. Throws the RegExp
 * constructor's SyntaxError for a pattern that does not compile, and an UnsafePatternError
 * for an unsafe one.
 */
export function compileDataPattern(source: string, flags = 'u'): RegExp {
  const pattern = new RegExp(source, flags);
  const risk = exponentialRisk(source, flags);
  if (risk) throw new UnsafePatternError(risk);
  return pattern;
}
