/**
 * A read-only set of words that loads in a few milliseconds: the words grouped by their first
 * character, each group stored as one string "\nword\nword\n" and turned into a Set the
 * first time a word with that first character is looked up. A Set of all of the dictionary's
 * 100,000 headwords cost ~60 ms to rebuild from the cache on every start (JSON.parse of the
 * array, then hashing every string), while a document looks up words of a few hundred first
 * syllables; searching the group strings instead of splitting them was slower still (~150 ms
 * on the seed, measured with --cpu-prof), because a common syllable's group is long.
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
  private readonly opened = new Map<string, ReadonlySet<string>>();

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
    let words = this.opened.get(first);
    if (!words) {
      const group = this.groups.get(first);
      if (group === undefined) return false;
      words = new Set(group.slice(1, -1).split('\n'));
      this.opened.set(first, words);
    }
    return words.has(word);
  }

  /** The stored form, with groups in code-point order (the same words give the same text). */
  toGroups(): WordGroups {
    const out: WordGroups = {};
    for (const first of [...this.groups.keys()].sort()) out[first] = this.groups.get(first)!;
    return out;
  }
}
