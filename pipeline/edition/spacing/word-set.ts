/**
 * A read-only set of words that loads in a few milliseconds: the words grouped by their first
 * character, each group one sorted string "\nword\nword\n". The first lookup in a group
 * notes where its words start (one pass, no strings made); a lookup is then a binary search
 * comparing UTF-16 units in place.
 *
 * Measured on the seed's build with --cpu-prof: a Set of all 100,000 headwords cost ~60 ms to
 * rebuild from the cache on every start (JSON.parse of the array, then hashing every string);
 * a substring search of the group string ~150 ms, because a common syllable's group is long;
 * splitting each group into a Set on first use ~90 ms, because a document touches most groups.
 */
export interface WordLookup {
  has(word: string): boolean;
  readonly size: number;
}

/** The stored form: first character → "\n"-separated words, with "\n" at both ends. */
export type WordGroups = Record<string, string>;

export class WordSet implements WordLookup {
  readonly size: number;
  private readonly groups: ReadonlyMap<string, string>;
  /** Per group looked up: where each of its words starts in the group string. */
  private readonly starts = new Map<string, Int32Array>();

  private constructor(groups: ReadonlyMap<string, string>, size: number) {
    this.groups = groups;
    this.size = size;
  }

  static fromWords(words: Iterable<string>): WordSet {
    const lists = new Map<string, Set<string>>();
    for (const word of words) {
      // A newline would break the group format; no word has one, so it is simply not a word.
      if (!word || word.includes('\n')) continue;
      const first = String.fromCodePoint(word.codePointAt(0)!);
      let list = lists.get(first);
      if (!list) lists.set(first, (list = new Set()));
      list.add(word);
    }
    const groups = new Map<string, string>();
    let size = 0;
    for (const [first, list] of lists) {
      groups.set(first, `\n${[...list].sort().join('\n')}\n`);
      size += list.size;
    }
    return new WordSet(groups, size);
  }

  /** Rebuild from {@link toGroups}' output; throws on anything else. */
  static fromGroups(value: unknown): WordSet {
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('word groups: not an object');
    const groups = new Map<string, string>();
    let size = 0;
    for (const [first, group] of Object.entries(value as Record<string, unknown>)) {
      if (typeof group !== 'string' || !group.startsWith(`\n${first}`) || !group.endsWith('\n')) throw new Error(`word groups: bad group ${JSON.stringify(first)}`);
      groups.set(first, group);
      for (let at = group.indexOf('\n', 1); at >= 0; at = group.indexOf('\n', at + 1)) size++;
    }
    return new WordSet(groups, size);
  }

  has(word: string): boolean {
    if (!word) return false;
    // The spacing rules ask hundreds of thousands of times per document: no code-point string
    // building unless the word starts with a surrogate pair.
    const unit = word.charCodeAt(0);
    const first = unit >= 0xd800 && unit <= 0xdbff ? word.slice(0, 2) : word[0];
    const group = this.groups.get(first);
    if (group === undefined) return false;
    let starts = this.starts.get(first);
    if (!starts) {
      starts = wordStarts(group);
      this.starts.set(first, starts);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = compareAt(group, starts[middle], word);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** The stored form, with groups in code-point order (the same words give the same text). */
  toGroups(): WordGroups {
    const out: WordGroups = {};
    for (const first of [...this.groups.keys()].sort()) out[first] = this.groups.get(first)!;
    return out;
  }
}

/** Start offsets of the words of a group string "\nw1\nw2\n". */
function wordStarts(group: string): Int32Array {
  let count = 0;
  for (let i = 1; i < group.length; i++) if (group.charCodeAt(i) === 10) count++;
  const starts = new Int32Array(count);
  let k = 0;
  let start = 1;
  for (let i = 1; i < group.length; i++) {
    if (group.charCodeAt(i) === 10) {
      starts[k++] = start;
      start = i + 1;
    }
  }
  return starts;
}

/**
 * Order of the group's word at `start` (ended by "\n") against `word`, by UTF-16 units, the
 * order Array.prototype.sort gave the group: negative, zero or positive.
 */
function compareAt(group: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const a = group.charCodeAt(start + i);
    const ended = a === 10;
    if (i === word.length) return ended ? 0 : 1;
    if (ended) return -1;
    const b = word.charCodeAt(i);
    if (a !== b) return a - b;
  }
}
