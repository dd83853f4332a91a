/**
 * The word list of the Korean hunspell dictionary (npm `dictionary-ko`), read directly.
 *
 * Why not nspell: loading dictionary-ko into nspell takes about 2 s and then accepts every
 * string, garbage included ("뷁뷁뷁", "xqzt"), because the Korean affix file converts syllables
 * to jamo with ICONV/OCONV tables that nspell does not implement. The .dic file itself is a
 * plain list of ~100,000 headwords stored as decomposed jamo; normalising it to NFC gives a
 * usable word list in about 0.15 s. Verbs and adjectives are listed in their -다 form, so
 * their stems are kept too ("시작되다" → stem "시작되").
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDataCache, writeDataCache } from '../../data/data-cache.js';
import { WordSet, type WordLookup } from './word-set.js';

/** Headwords of the dictionary. */
export interface DictionaryWords {
  /** Nouns, adverbs and other uninflected headwords (NFC). */
  readonly words: WordLookup;
  /** Stems of verbs and adjectives: the headword without its final 다. */
  readonly stems: WordLookup;
  /** Milliseconds the load took, for the report. */
  readonly loadMs: number;
}

/** Parse the text of a hunspell .dic file ("count" line, then "word/flags" lines). */
export function parseDicText(text: string, loadMs = 0): DictionaryWords {
  const words = new Set<string>();
  const stems = new Set<string>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().normalize('NFC');
    if (!word) continue;
    if (word.length >= 2 && word.endsWith('다')) stems.add(word.slice(0, -1));
    else words.add(word);
  }
  return { words: WordSet.fromWords(words), stems: WordSet.fromWords(stems), loadMs };
}

let cached: DictionaryWords | undefined;

/** The cached word groups, or undefined when the cache entry is missing or malformed. */
function fromCache(value: unknown): DictionaryWords | undefined {
  try {
    const lists = value as { words?: unknown; stems?: unknown } | undefined;
    if (!lists) return undefined;
    return { words: WordSet.fromGroups(lists.words), stems: WordSet.fromGroups(lists.stems), loadMs: 0 };
  } catch {
    return undefined;
  }
}

/**
 * Load the dictionary-ko word list synchronously, once per process. Returns undefined (and
 * does not remember the failure, so a later call may succeed) when the package is missing.
 */
export function loadDictionaryWords(): DictionaryWords | undefined {
  if (cached) return cached;
  try {
    const started = performance.now();
    const entry = fileURLToPath(import.meta.resolve('dictionary-ko'));
    const dicPath = entry.replace(/index\.js$/, 'index.dic');
    // NFC-normalising 100,000 decomposed headwords is most of the load: keep the parsed lists
    // in the data cache, keyed by the file's size and time (the package does not change under us).
    const stat = statSync(dicPath);
    const key = `dictionary-ko-groups-${stat.size}-${Math.round(stat.mtimeMs)}`;
    cached = fromCache(readDataCache(key));
    if (!cached) {
      const parsed = parseDicText(readFileSync(dicPath, 'utf8'), 0);
      writeDataCache(key, { words: (parsed.words as WordSet).toGroups(), stems: (parsed.stems as WordSet).toGroups() });
      cached = parsed;
    }
    cached = { ...cached, loadMs: performance.now() - started };
    return cached;
  } catch {
    return undefined;
  }
}
