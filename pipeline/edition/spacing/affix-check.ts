/**
 * Is this a Korean word, inflection included? A spelling check over the `dictionary-ko`
 * Hunspell files that applies their suffix rules: "시사점을" ✓ (시사점 + 을), "사점을" ✗,
 * "추진되고" ✓ (추진되다 + 고), "추진되" ✗, "처음으" ✗ / "처음으로" ✓. Compounds are not
 * words to it (국가경제적 ✗), as to Hunspell.
 *
 * Why by hand: nspell accepts every string with this dictionary (it does not implement the
 * ICONV table that decomposes syllables into jamo), and real Hunspell compiled to WebAssembly
 * (`hunspell-asm`, measured here) gives these answers but takes ≈ 2.5 s to load, more than a
 * whole cold build. The Korean dictionary uses only a small part of Hunspell: ICONV is Unicode
 * NFD (syllable → conjoining jamo), flags are numbers with AF aliases, and words are formed by
 * suffixes, at most two deep (a suffix's continuation flags allow a second one). That part is
 * what this file does; its answers are compared with hunspell-asm's in the tests (see
 * test/spacing/affix-check.test.ts). Its COMPOUNDRULEs are left out on purpose: they accept
 * chains that Korean spelling writes apart (추진해왔다, 세가지, 모여있는: an auxiliary verb, a
 * counter), and a joined spelling that only a compound rule accepts is no evidence that a
 * line end cut a word. Loading is one pass over the two files, and the rules are
 * indexed by the string they add, so a check looks only at rules that end the word.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot } from '../../data/package-root.js';

/** One suffix rule: remove `strip` from a stem that matches `condition` at its end, add the suffix. */
interface SuffixRule {
  readonly flag: number;
  readonly strip: string;
  /** Source of the condition ("." or a character class and characters), compiled on first use. */
  readonly condition: string;
  /** Flags of the suffixes allowed after this one. */
  readonly continuation?: ReadonlySet<number>;
}

/**
 * The compiled dictionary, in the form kept in the data cache: sorted lines that are searched
 * in place, so that loading is reading one JSON value and nothing is indexed before it is asked.
 */
export interface CompiledAffixes {
  /** Flag sets, referred to by index (index 0 is the empty set). */
  readonly flagSets: readonly (readonly number[])[];
  /** Conditions, referred to by index. */
  readonly conditions: readonly string[];
  /** Lines "stem\tset,set" sorted by UTF-16 units: the flag sets of each dictionary line of a stem. */
  readonly stems: string;
  /** Lines "added\tflag strip condition continuation;…" sorted by UTF-16 units ('' for no addition). */
  readonly rules: string;
  /** Longest added string. */
  readonly maxAdd: number;
  /** The flag of forbidden forms (0 when none). */
  readonly forbidden: number;
}

/** Compile the .aff and .dic texts of a Hunspell dictionary in the shape dictionary-ko has. */
export function compileAffixes(aff: string, dic: string): CompiledAffixes {
  const flagSets: number[][] = [[]];
  const setIndex = new Map<string, number>([['', 0]]);
  const internSet = (flags: readonly number[]): number => {
    const key = [...flags].sort((a, b) => a - b).join(',');
    let index = setIndex.get(key);
    if (index === undefined) {
      index = flagSets.length;
      flagSets.push(key.split(',').map(Number));
      setIndex.set(key, index);
    }
    return index;
  };
  const conditions: string[] = [];
  const conditionIndex = new Map<string, number>();
  const internCondition = (condition: string): number => {
    let index = conditionIndex.get(condition);
    if (index === undefined) {
      index = conditions.length;
      conditions.push(condition);
      conditionIndex.set(condition, index);
    }
    return index;
  };
  // AF aliases: the first AF line is their count, each later one a set; a flag field that is a
  // number n then means the n-th set.
  const aliases: number[] = [0];
  let sawAliasCount = false;
  const flagsOf = (text: string | undefined): number => {
    if (!text) return 0;
    const alias = Number(text);
    if (aliases.length > 1 && Number.isInteger(alias) && aliases[alias] !== undefined) return aliases[alias];
    return internSet(text.split(',').map(Number));
  };
  const byAdd = new Map<string, string[]>();
  let maxAdd = 0;
  let forbidden = 0;
  for (const raw of aff.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('SFX ')) {
      const parts = line.split(/\s+/);
      // The header "SFX flag Y count" has four fields; a rule has five or more.
      if (parts.length < 5) continue;
      const strip = parts[2] === '0' ? '' : parts[2];
      const [addText, continuationText] = parts[3].split('/');
      const add = addText === '0' ? '' : addText;
      const rule = `${Number(parts[1])} ${strip} ${internCondition(parts[4])} ${flagsOf(continuationText)}`;
      const list = byAdd.get(add);
      if (list) list.push(rule);
      else byAdd.set(add, [rule]);
      maxAdd = Math.max(maxAdd, add.length);
    } else if (line.startsWith('AF ')) {
      if (!sawAliasCount) sawAliasCount = true;
      else aliases.push(internSet(line.slice(3).trim().split(',').map(Number)));
    } else if (line.startsWith('FORBIDDENWORD ')) {
      forbidden = Number(line.slice('FORBIDDENWORD '.length));
    }
  }
  const stems = new Map<string, number[]>();
  for (const raw of dic.split('\n').slice(1)) {
    const line = raw.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    // The .dic is stored decomposed (NFD) already, as its ICONV table says; normalised anyway.
    const word = (slash < 0 ? line : line.slice(0, slash)).normalize('NFD');
    if (word.includes('\t') || word.includes('\n')) continue;
    const set = slash < 0 ? 0 : flagsOf(line.slice(slash + 1));
    const list = stems.get(word);
    if (list) list.push(set);
    else stems.set(word, [set]);
  }
  const sortedLines = (map: Map<string, string[] | number[]>, separator: string): string =>
    [...map.keys()]
      .sort()
      .map((key) => `${key}\t${map.get(key)!.join(separator)}\n`)
      .join('');
  return { flagSets, conditions, stems: `\n${sortedLines(stems, ',')}`, rules: `\n${sortedLines(byAdd, ';')}`, maxAdd, forbidden };
}

/**
 * Lines "key\tvalue" sorted by key, searched in place: the start of each line is noted once
 * (one pass over the text), a lookup is a binary search comparing UTF-16 units.
 */
class SortedLines {
  private starts?: Int32Array;

  constructor(private readonly text: string) {}

  /** The value of `key`, or undefined. */
  find(key: string): string | undefined {
    const starts = (this.starts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = compareKey(this.text, starts[middle], key);
      if (order === 0) {
        const from = starts[middle] + key.length + 1;
        return this.text.slice(from, this.text.indexOf('\n', from));
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

function lineStarts(text: string): Int32Array {
  let count = 0;
  for (let i = 0; i + 1 < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  const starts = new Int32Array(count);
  let k = 0;
  for (let i = 0; i + 1 < text.length; i++) if (text.charCodeAt(i) === 10) starts[k++] = i + 1;
  return starts;
}

/** Order of the key of the line at `start` (ended by a tab) against `key`. */
function compareKey(text: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const a = text.charCodeAt(start + i);
    const ended = a === 9;
    if (i === key.length) return ended ? 0 : 1;
    if (ended) return -1;
    const b = key.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

/** A loaded dictionary: the compiled form with its lookups and memos. */
export class AffixDictionary {
  private readonly stemLines: SortedLines;
  private readonly ruleLines: SortedLines;
  private readonly sets: readonly ReadonlySet<number>[];
  private readonly rulesMemo = new Map<string, readonly SuffixRule[]>();
  private readonly patterns = new Map<number, RegExp>();
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly compiled: CompiledAffixes,
    /** Milliseconds the load took. */
    readonly loadMs = 0,
  ) {
    this.stemLines = new SortedLines(compiled.stems);
    this.ruleLines = new SortedLines(compiled.rules);
    this.sets = compiled.flagSets.map((flags) => new Set(flags));
  }

  /** True when `word` (any normalisation) is a correct Korean word form for the dictionary. */
  check(word: string): boolean {
    const known = this.answers.get(word);
    if (known !== undefined) return known;
    const answer = this.compute(word.normalize('NFD'));
    // The spacing rules ask about the same fragments again and again; the memo stays bounded.
    if (this.answers.size >= 100_000) this.answers.clear();
    this.answers.set(word, answer);
    return answer;
  }

  private compute(word: string): boolean {
    if (!word) return false;
    const plain = this.stemSets(word);
    if (plain) return !plain.some((set) => set.has(this.compiled.forbidden));
    for (const outer of this.strippings(word)) {
      if (this.stemHas(outer.base, outer.rule.flag)) return true;
      // Two suffixes: the inner one must allow the outer one by its continuation flags.
      for (const inner of this.strippings(outer.base)) {
        if (inner.rule.continuation?.has(outer.rule.flag) && this.stemHas(inner.base, inner.rule.flag)) return true;
      }
    }
    return false;
  }

  private stemSets(stem: string): ReadonlySet<number>[] | undefined {
    const value = this.stemLines.find(stem);
    return value === undefined ? undefined : value.split(',').map((index) => this.sets[Number(index)]);
  }

  /** True when `stem` is in the dictionary with `flag` (and is not forbidden). */
  private stemHas(stem: string, flag: number): boolean {
    const sets = this.stemSets(stem);
    if (!sets || sets.some((set) => set.has(this.compiled.forbidden))) return false;
    return sets.some((set) => set.has(flag));
  }

  private rulesFor(add: string): readonly SuffixRule[] {
    let rules = this.rulesMemo.get(add);
    if (!rules) {
      const value = this.ruleLines.find(add);
      rules = value === undefined ? [] : value.split(';').map((text) => this.parseRule(text));
      this.rulesMemo.set(add, rules);
    }
    return rules;
  }

  private parseRule(text: string): SuffixRule {
    const [flag, strip, condition, continuation] = text.split(' ');
    const set = Number(continuation);
    return { flag: Number(flag), strip, condition: condition, ...(set > 0 ? { continuation: this.sets[set] } : {}) };
  }

  private matches(rule: SuffixRule, base: string): boolean {
    const index = Number(rule.condition);
    const source = this.compiled.conditions[index];
    if (source === '.') return base.length > 0;
    let pattern = this.patterns.get(index);
    if (!pattern) {
      pattern = new RegExp(`(?:${source})$`, 'u');
      this.patterns.set(index, pattern);
    }
    return pattern.test(base);
  }

  /** Every way `word` (NFD) ends in a suffix: the rule, and the base with the rule's strip put back. */
  private *strippings(word: string): Generator<{ rule: SuffixRule; base: string }> {
    for (let length = 0; length <= Math.min(this.compiled.maxAdd, word.length - 1); length++) {
      const rules = this.rulesFor(word.slice(word.length - length));
      if (rules.length === 0) continue;
      const rest = word.slice(0, word.length - length);
      for (const rule of rules) {
        const base = rest + rule.strip;
        if (this.matches(rule, base)) yield { rule, base };
      }
    }
  }
}

let loaded: AffixDictionary | undefined;

/**
 * dictionary-ko with its suffix rules, once per process; undefined when the package is missing.
 * Only the first load of an installation parses the 14 MB of Hunspell files (≈ 1 s); it keeps
 * the compiled form in the cache folder as UTF-16 (read back in ≈ 20 ms: the jamo take three
 * bytes each in UTF-8, and decoding 7 MB of them was ≈ 80 ms), keyed by the files' sizes and times.
 */
export function loadAffixDictionary(): AffixDictionary | undefined {
  if (loaded) return loaded;
  try {
    const started = performance.now();
    const entry = fileURLToPath(import.meta.resolve('dictionary-ko'));
    const affPath = entry.replace(/index\.js$/, 'index.aff');
    const dicPath = entry.replace(/index\.js$/, 'index.dic');
    const stamp = (path: string) => `${statSync(path).size}-${Math.round(statSync(path).mtimeMs)}`;
    const cached = join(cacheRoot(), 'data', `dictionary-ko-affixes-${FORMAT}-${stamp(affPath)}-${stamp(dicPath)}.utf16`);
    let compiled = readCompiled(cached);
    if (!compiled) {
      compiled = compileAffixes(readFileSync(affPath, 'utf8'), readFileSync(dicPath, 'utf8'));
      writeCompiled(cached, compiled);
    }
    loaded = new AffixDictionary(compiled, performance.now() - started);
    return loaded;
  } catch {
    return undefined;
  }
}

/** Version of the compiled form: a change of format must not read an old cache entry. */
const FORMAT = 1;
const SEPARATOR = '\u0000';

/** The compiled form from the cache, or undefined when missing or malformed. */
function readCompiled(path: string): CompiledAffixes | undefined {
  try {
    const [head, stems, rules] = readFileSync(path).toString('utf16le').split(SEPARATOR);
    const meta = JSON.parse(head) as Omit<CompiledAffixes, 'stems' | 'rules'>;
    if (!stems?.startsWith('\n') || !rules?.startsWith('\n') || !Array.isArray(meta.flagSets) || !Array.isArray(meta.conditions)) return undefined;
    return { ...meta, stems, rules };
  } catch {
    return undefined;
  }
}

/** Keep the compiled form; any failure (a read-only install) only means parsing again next time. */
function writeCompiled(path: string, compiled: CompiledAffixes): void {
  try {
    const { stems, rules, ...meta } = compiled;
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.from([JSON.stringify(meta), stems, rules].join(SEPARATOR), 'utf16le'));
    renameSync(temporary, path);
  } catch {
    // Not cached: the next process compiles again.
  }
}
