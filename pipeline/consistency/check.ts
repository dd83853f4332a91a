/**
 * Reconcile the Japanese names of a document with its Korean renderings and report what does
 * not agree. The work is in small pure steps (matcher, classify, resolve, groups); this file
 * gathers occurrences and turns them into findings, one per name and problem, each listing
 * every place.
 */
import type { VFile } from 'vfile';
import type { EditionContent } from '../edition/edition.js';
import type { Glossary, GlossaryEntry } from '../glossary/load.js';
import { suggestEntry } from '../glossary-tools/suggest.js';
import type { NameRecord } from '../names/index.js';
import { editionTexts } from '../names/texts.js';
import { digestOf, pipelineDigest } from '../orchestrate/digest.js';
import { readDataCache, writeDataCache } from '../data/data-cache.js';
import { loadDictionaryWords } from '../edition/spacing/dictionary.js';
import { compatible, judgeForm, spellingOf, stripSuffix, type Verdict } from './classify.js';
import { defaultScanCues } from './cues.js';
import { groupEntries, type NameGroup } from './groups.js';
import { formIndexFromData, formIndexToData, formKey, indexForms, matcherOver, type FormIndex, type FormIndexData, type KoreanMatcher } from './matcher.js';
import { sortFindings } from './merge.js';
import { reportFindings } from './messages.js';
import { neighbourIndex, resolveEntry, type Resolution, type ResolveBasis } from '../names/resolve.js';
import type { Container } from '../names/texts.js';
import { recordEntries, resolveRecords } from '../names/resolve-records.js';
import { CONSISTENCY_RULES, type ConsistencyRuleId } from './rules.js';
import { applySuppressions } from './suppressions.js';
import { loanwordFindings, type Loanword } from './loanwords.js';
import type { DeviationKind, Finding, Occurrence, Suppression } from './types.js';

/** Options of checkConsistency. */
export interface CheckOptions {
  /**
   * Receives every Korean form of a glossary name the scanner found, in text order (names
   * written only in Hangul among them), with the entry the resolver gave it: the build adds
   * those that no Japanese run stands for to names.json.
   */
  readonly scanned?: (names: readonly ScannedName[]) => void;
  /** Receives one message per finding (after suppressions). */
  readonly file?: VFile;
  /** Reasoned exceptions (glossary/suppressions.yaml). */
  readonly suppressions?: readonly Suppression[];
  /** Loanword misspellings to look for (glossary/loanwords.tsv). */
  readonly loanwords?: readonly Loanword[];
}

/** A Korean rendering seen in the text, attributed to a group (and an entry when context decides). */
interface Rendering {
  readonly group: NameGroup;
  readonly entry?: GlossaryEntry;
  /** The form as the author wrote it (spaces collapsed). */
  readonly form: string;
  readonly occurrence: Occurrence;
  readonly offset: number;
}

/** A Korean form of a glossary name found in the text by the scanner. */
export interface ScannedName {
  /** The form as it stands, spaces collapsed. */
  readonly form: string;
  readonly container: Container;
  /** First and last-plus-one source places (1-based line/column, 0-based offset). */
  readonly start: { readonly line: number; readonly column: number; readonly offset: number };
  readonly end: { readonly line: number; readonly column: number; readonly offset: number };
  /** The entries of one name group the form fits (several: 토야마 the prefecture and the city). */
  readonly entries: readonly GlossaryEntry[];
  /** The entry it is, when there is one or the resolver chose. */
  readonly entry?: GlossaryEntry;
  /** What chose it among several. */
  readonly basis?: ResolveBasis;
}

const SANCTIONED = '\u0000sanctioned';


interface Prepared {
  readonly matcher: KoreanMatcher;
  readonly groups: Map<string, NameGroup>;
}
const prepared = new WeakMap<Glossary, Prepared>();

/** The matcher and groups of a glossary, built once per glossary object (not once per document). */
export function prepareGlossary(glossary: Glossary, index?: FormIndex): Prepared {
  let ready = prepared.get(glossary);
  if (!ready) {
    ready = { matcher: matcherOver(index ?? indexForms(glossary, { words: loadDictionaryWords()?.words })), groups: groupEntries(glossary.entries) };
    prepared.set(glossary, ready);
  }
  return ready;
}

/**
 * prepareGlossary through the data cache: indexing every form a glossary's names may take
 * (generated variants included) and reading the dictionary's word list for it costs ~0.2 s;
 * the index is kept as JSON keyed by the glossary's entries and the pipeline's code.
 */
export async function prepareGlossaryCached(glossary: Glossary): Promise<void> {
  if (prepared.has(glossary)) return;
  const key = `korean-forms-${digestOf([await pipelineDigest(), JSON.stringify(glossary.entries)]).slice(0, 40)}`;
  const data = readDataCache(key) as FormIndexData | undefined;
  const cached = Array.isArray(data) ? formIndexFromData(data, glossary) : undefined;
  const index = cached ?? indexForms(glossary, { words: loadDictionaryWords()?.words });
  prepareGlossary(glossary, index);
  if (!cached) writeDataCache(key, formIndexToData(index));
}

/**
 * Check one document: its names (from the names stage) against the glossary, and every Korean
 * rendering in its text against the standard and against each other. Findings come sorted.
 */
export function checkConsistency(edition: EditionContent, given: readonly NameRecord[], glossary: Glossary, options: CheckOptions = {}): Finding[] {
  const scanned: ScannedName[] = [];
  const { matcher, groups } = prepareGlossary(glossary);
  const source = edition.lines.text;
  const findings: Finding[] = [];

  // 1. Japanese spans: which entry each one names. The names stage's resolver pass decided it;
  // it is run again here only so that records made elsewhere (tests, other tools) get the same
  // answer: on the stage's own records it gives back what they already say.
  const names = resolveRecords(given, glossary, source);
  const candidates = names.map((record) => japaneseEntries(glossary, record));
  const unknown = new Map<string, NameRecord[]>();
  const ambiguous = new Map<string, Array<{ record: NameRecord; entries: GlossaryEntry[]; resolution?: Resolution<GlossaryEntry> }>>();
  const renderings: Rendering[] = [];
  names.forEach((record, index) => {
    const entries = candidates[index];
    if (entries.length === 0) {
      const list = unknown.get(record.normalized) ?? [];
      list.push(record);
      unknown.set(record.normalized, list);
      return;
    }
    let entry: GlossaryEntry | undefined = entries[0];
    if (entries.length > 1) {
      // The names stage's resolver decided (pipeline/names/resolve.ts); its answer is taken, not redone.
      const resolution = recordResolution(glossary, record, entries);
      entry = resolution?.entry;
      const list = ambiguous.get(record.normalized) ?? [];
      list.push({ record, entries, ...(resolution ? { resolution } : {}) });
      ambiguous.set(record.normalized, list);
    }
    if (record.written) {
      const group = groups.get((entry ?? entries[0]).id);
      if (!group) return;
      const text = rawText(source, record.written.offset, record.written.text);
      renderings.push({
        group,
        ...(entry ? { entry } : {}),
        form: record.written.text,
        offset: record.written.offset,
        occurrence: { line: record.written.line, column: record.written.column, text, offset: record.written.offset, ...(entry ? { entry: entry.id } : {}) },
      });
    }
  });

  // 2. Korean renderings in the text, with or without kanji next to them.
  const present = new Set(candidates.flatMap((entries) => entries.map((entry) => entry.id)));
  // The author's rendering of another name (카토 of 카토 히로시(加藤博)) is that name's, not the person's.
  const renderedOther = (offset: number, id: string) =>
    names.some((record, index) => record.written && offset >= record.written.offset && offset < record.written.offset + record.written.text.length + 2 && !candidates[index].some((entry) => entry.id === id));
  const found: Array<{
    group: NameGroup;
    entries: GlossaryEntry[];
    form: string;
    container: Container;
    offset: number;
    point: { line: number; column: number };
    end: ScannedName['end'];
    raw: string;
    after: string;
  }> = [];
  for (const { text, container } of editionTexts(edition)) {
    for (const match of matcher.scan(text)) {
      const offset = firstSourced(text.offsets, match.start, match.end);
      if (offset < 0) continue;
      const last = lastSourced(text.offsets, match.start, match.end);
      const point = edition.lines.point(offset);
      const raw = last - offset <= match.text.length + 16 ? source.slice(offset, last) : match.text;
      const byGroup = new Map<NameGroup, GlossaryEntry[]>();
      for (const hit of match.hits) {
        // A person's Korean forms are mostly the bare surname (카토, 야마사키): they name the
        // glossary's person only in a document where that person stands in Japanese.
        if (hit.entry.kind === 'person' && (!present.has(hit.entry.id) || renderedOther(offset, hit.entry.id))) continue;
        const group = groups.get(hit.entry.id);
        if (!group) continue;
        byGroup.set(group, [...(byGroup.get(group) ?? []), hit.entry]);
      }
      const end = edition.lines.point(last);
      for (const [group, entries] of byGroup) {
        found.push({ group, entries, form: match.text.replace(/\s+/gu, ' '), container, offset, point, end: { line: end.line, column: end.column, offset: last }, raw, after: text.text.slice(match.end, match.end + 4) });
      }
    }
  }
  // A Korean form that fits several entries (홋카이도 the region or the prefecture) is resolved
  // like a Japanese run: the Korean after it, then the unambiguous names around it, Japanese
  // and Korean alike.
  const views = [
    ...names.map((record, index) => ({ offset: record.source.offset, citation: record.citation, kinds: candidates[index].map((entry) => entry.kind) })),
    ...found.map((item) => ({ offset: item.offset, citation: false, kinds: item.entries.map((entry) => entry.kind) })),
  ];
  const near = neighbourIndex(views);
  found.forEach((item, k) => {
    const { entries, offset, point } = item;
    const resolution = entries.length === 1 ? undefined : resolveEntry(entries, { after: item.after, neighbourKinds: near(names.length + k) });
    const entry = entries.length === 1 ? entries[0] : resolution?.entry;
    scanned.push({
      form: item.form,
      container: item.container,
      start: { line: point.line, column: point.column, offset },
      end: item.end,
      entries,
      ...(entry ? { entry } : {}),
      ...(resolution ? { basis: resolution.basis } : {}),
    });
    renderings.push({
      group: item.group,
      ...(entry ? { entry } : {}),
      form: item.form,
      offset,
      occurrence: { line: point.line, column: point.column, text: item.raw, offset, ...(entry ? { entry: entry.id } : {}) },
    });
  });

  // 3. Per group: judge every form, then compare them.
  const byGroup = new Map<NameGroup, Rendering[]>();
  for (const rendering of dedupe(renderings)) byGroup.set(rendering.group, [...(byGroup.get(rendering.group) ?? []), rendering]);
  const suffixes = defaultScanCues().suffixes;
  const perGroup: Finding[] = [];
  for (const [group, list] of byGroup) perGroup.push(...groupFindings(group, list, suffixes));
  findings.push(...mergeTwins(perGroup));

  // 4. Names the glossary does not know, and forms it knows twice.
  const taken = new Set(glossary.entries.map((entry) => entry.id));
  for (const [normalized, records] of unknown) findings.push(unknownFinding(normalized, records, source, taken));
  for (const [normalized, list] of ambiguous) findings.push(ambiguousFinding(normalized, list, source));

  // 5. Loanwords spelt against the orthography, wherever they stand.
  findings.push(...loanwordFindings(edition, options.loanwords ?? []));

  if ('scanned' in options && options.scanned) options.scanned(scanned);
  const kept = sortFindings(applySuppressions(findings, options.suppressions ?? []));
  if (options.file) reportFindings(options.file, kept);
  return kept;
}

/** Entries for a record: every entry of any of its forms that applies there (recordEntries), else the names stage's choice. */
function japaneseEntries(glossary: Glossary, record: NameRecord): GlossaryEntry[] {
  const found = recordEntries(glossary, record);
  if (found.length === 0 && record.glossaryId) {
    const entry = glossary.byId(record.glossaryId);
    if (entry) found.push(entry);
  }
  return found;
}

/** The resolver's answer recorded on a name (glossaryId among its candidates, with its basis). */
function recordResolution(glossary: Glossary, record: NameRecord, entries: readonly GlossaryEntry[]): Resolution<GlossaryEntry> | undefined {
  if (!record.resolvedBy || record.glossaryId === null) return undefined;
  const entry = glossary.byId(record.glossaryId);
  return entry && entries.includes(entry) ? { entry, basis: record.resolvedBy } : undefined;
}

/** The source text of a written form: from its offset, as far as its characters go (spaces and breaks the source's). */
export function rawText(source: string, offset: number, text: string): string {
  const wanted = [...text].filter((char) => !/\s/u.test(char));
  let at = offset;
  let matched = 0;
  while (at < source.length && matched < wanted.length) {
    const char = source[at];
    if (char === wanted[matched]) matched++;
    else if (!/\s/u.test(char)) return text;
    at++;
  }
  return matched === wanted.length ? source.slice(offset, at) : text;
}

function firstSourced(offsets: Int32Array, start: number, end: number): number {
  for (let i = start; i < end; i++) if (offsets[i] >= 0) return offsets[i];
  return -1;
}

function lastSourced(offsets: Int32Array, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (offsets[i] >= 0) return offsets[i] + 1;
  return -1;
}

/**
 * One finding where two entries spelled alike ("케이한나": the area けいはんな and the company
 * 株式会社けいはんな) would each report the same rule, forms and places: the first keeps them,
 * with every entry concerned in `ids`. A translator sees one problem once.
 */
function mergeTwins(findings: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const finding of findings) {
    const key = [finding.ruleId, finding.expected ?? '', finding.found.join('\u0000'), finding.occurrences.map((occurrence) => occurrence.offset).join(',')].join('\u0001');
    const twin = kept.get(key);
    if (!twin) {
      kept.set(key, finding);
      continue;
    }
    const ids = [...new Set([twin.id, ...(twin.ids ?? []), finding.id, ...(finding.ids ?? [])].filter((id): id is string => id !== null))].sort();
    kept.set(key, { ...twin, ids });
  }
  return [...kept.values()];
}

/** One rendering per group and place: the longest (a written form and a scanned one often coincide). */
function dedupe(renderings: readonly Rendering[]): Rendering[] {
  const best = new Map<string, Rendering>();
  for (const rendering of renderings) {
    const key = `${rendering.group.key}@${rendering.offset}`;
    const current = best.get(key);
    if (!current || formKey(rendering.form).length > formKey(current.form).length || (!current.entry && rendering.entry)) best.set(key, rendering);
  }
  return [...best.values()].sort((a, b) => a.offset - b.offset);
}

function severity(rule: ConsistencyRuleId): Finding['severity'] {
  return CONSISTENCY_RULES[rule].severity;
}

/** The entry most occurrences were attributed to, else the group's representative. */
function mainEntry(group: NameGroup, list: readonly Rendering[]): GlossaryEntry {
  const counts = new Map<GlossaryEntry, number>();
  for (const rendering of list) if (rendering.entry) counts.set(rendering.entry, (counts.get(rendering.entry) ?? 0) + 1);
  let best = group.entries[0];
  let most = 0;
  for (const entry of group.entries) {
    const count = counts.get(entry) ?? 0;
    if (count > most) {
      best = entry;
      most = count;
    }
  }
  return best;
}

function uniqueForms(list: readonly Rendering[]): string[] {
  const seen = new Map<string, string>();
  for (const rendering of list) if (!seen.has(formKey(rendering.form))) seen.set(formKey(rendering.form), rendering.form);
  return [...seen.values()];
}

function idsOf(list: readonly Rendering[]): string[] {
  return [...new Set(list.flatMap((rendering) => (rendering.entry ? [rendering.entry.id] : [])))].sort();
}

/** nonstandard-rendering, reading-mismatch and inconsistent-rendering for one group. */
function groupFindings(group: NameGroup, list: readonly Rendering[], suffixes: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const verdicts = new Map<Rendering, Verdict>();
  for (const rendering of list) verdicts.set(rendering, judgeForm(rendering.form, rendering.entry ? [rendering.entry] : group.entries));

  // Per deviant form: one finding with all its places.
  const byForm = new Map<string, Rendering[]>();
  for (const rendering of list) {
    const status = verdicts.get(rendering)?.status;
    if (status !== 'nonstandard' && status !== 'mismatch') continue;
    const key = `${status}:${formKey(rendering.form)}`;
    byForm.set(key, [...(byForm.get(key) ?? []), rendering]);
  }
  for (const renderings of byForm.values()) {
    const verdict = verdicts.get(renderings[0]) as Verdict;
    const entry = mainEntry(group, renderings);
    const ids = idsOf(renderings);
    const base = {
      id: entry.id,
      ja: entry.ja,
      found: uniqueForms(renderings),
      occurrences: renderings.map((rendering) => rendering.occurrence),
      ...(ids.length > 1 ? { ids } : {}),
    };
    if (verdict.status === 'nonstandard') {
      findings.push({
        ruleId: 'nonstandard-rendering',
        severity: severity('nonstandard-rendering'),
        ...base,
        expected: verdict.target,
        kinds: verdict.kinds as DeviationKind[],
      });
    } else {
      findings.push({
        ruleId: 'reading-mismatch',
        severity: severity('reading-mismatch'),
        ...base,
        expected: withSuffixOf(entry.ko, renderings[0].form, suffixes),
        reading: entry.reading,
      });
    }
  }

  // Several ways of writing the name: cluster forms whose spellings of the standard agree.
  const main = mainEntry(group, list);
  // The standard form is one bucket; the others are compared by how they spell the standard.
  // Accepted forms are names of their own (규슈대 for 규슈대학, 노스테크재단 for a foundation's
  // formal name): using one beside the formal name is no second spelling of it, so they stay
  // out of the comparison.
  const buckets: Array<{ spelling?: readonly (string | null)[]; key?: string }> = [];
  for (const rendering of list) {
    const status = verdicts.get(rendering)?.status;
    if (status === 'accepted') continue;
    if (status === 'standard') {
      if (!buckets.some((bucket) => bucket.key === SANCTIONED)) buckets.push({ key: SANCTIONED });
      continue;
    }
    const spelling = spellingOf(rendering.form, main.ko, suffixes);
    const key = spelling ? undefined : stripSuffix(rendering.form, suffixes);
    const fits = buckets.some((bucket) => (spelling && bucket.spelling ? compatible(spelling, bucket.spelling) : key !== undefined && bucket.key === key));
    if (!fits) buckets.push(spelling ? { spelling } : { key });
  }
  if (buckets.length > 1) {
    const ids = idsOf(list);
    findings.push({
      ruleId: 'inconsistent-rendering',
      severity: severity('inconsistent-rendering'),
      id: main.id,
      ja: main.ja,
      expected: main.ko,
      found: uniqueForms(list),
      occurrences: list.map((rendering) => rendering.occurrence),
      ...(ids.length > 1 ? { ids } : {}),
    });
  }
  return findings;
}

/**
 * The standard form with the Korean suffix the found form carries (후쿠야마현 → 도야마현, not
 * 도야마), so the form to write is the same whichever rule reports the occurrence.
 */
function withSuffixOf(standard: string, form: string, suffixes: readonly string[]): string {
  const key = formKey(form);
  const suffix = suffixes.find((item) => key.length > item.length && key.endsWith(item) && !formKey(standard).endsWith(item));
  return suffix ? `${standard}${suffix}` : standard;
}

function occurrenceOf(record: NameRecord, source: string, entry?: string): Occurrence {
  const { line, column, offset } = record.source;
  // A name restored by a correction has no characters of its own in the source: show the name.
  const raw = source.slice(offset, record.source.end.offset);
  const restored = raw.trim() === '';
  return { line, column, text: restored ? record.surface : raw, offset, ...(entry ? { entry } : {}), ...(restored ? { restored: true as const } : {}) };
}

function unknownFinding(normalized: string, records: readonly NameRecord[], source: string, taken: Set<string>): Finding {
  const suggestion = suggestEntry(records, taken);
  // A standard form that rests on the tokenizer's guess (豊田 トヨダ → 도요다) is not asserted.
  const guess = records[0].readingSource === 'tokenizer';
  return {
    ruleId: 'unknown-name',
    severity: severity('unknown-name'),
    id: null,
    ja: normalized,
    expected: guess ? null : records[0].hangul,
    ...(guess ? { note: `reading unconfirmed (the tokenizer's guess ${records[0].reading} / ${records[0].hangul})` } : {}),
    found: [...new Set(records.flatMap((record) => (record.written ? [record.written.text] : [])))],
    occurrences: records.map((record) => occurrenceOf(record, source)),
    reading: records[0].reading,
    suggestion,
  };
}

function ambiguousFinding(
  normalized: string,
  list: ReadonlyArray<{ record: NameRecord; entries: GlossaryEntry[]; resolution?: Resolution }>,
  source: string,
): Finding {
  const ids = [...new Set(list.flatMap((item) => item.entries.map((entry) => entry.id)))].sort();
  const unresolved = list.some((item) => !item.resolution);
  const note = list
    .map((item) => `${item.record.source.line}:${item.record.source.column} ${item.resolution ? `${item.resolution.entry.id} (${item.resolution.basis})` : 'undecided'}`)
    .join('; ');
  return {
    ruleId: 'ambiguous-name',
    // Resolved everywhere by context: worth knowing, nothing to fix.
    severity: unresolved ? severity('ambiguous-name') : 'info',
    id: null,
    ja: normalized,
    expected: null,
    found: [...new Set(list.map((item) => item.record.surface))],
    occurrences: list.map((item) => occurrenceOf(item.record, source, item.resolution?.entry.id)),
    ids,
    note,
  };
}
