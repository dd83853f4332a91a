/**
 * The names stage: every run of kanji or kana in the edition becomes a NameRecord, unless it
 * is a hanja gloss of a Korean word. Runs are found and put in context first (no tokenizer),
 * then read; kuromoji loads only when the document has a run at all.
 */
import type { VFile } from 'vfile';
import type { EditionContent } from '../edition/edition.js';
import type { MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { foldKanjiForms, unfoldRange } from '../transcribe/kanji-forms.js';
import { tokenize, type Token } from '../transcribe/tokenizer.js';
import { transcribe } from '../transcribe/transcribe.js';
import { isBoundary } from '../transcribe/words.js';
import { spanContext, type SpanContext } from './context.js';
import type { Cues } from './cues.js';
import { namesPersonOrPlace, tokenEvidence, type Evidence } from './evidence.js';
import { decideGloss } from './gloss.js';
import { entriesFor, entryApplies, glossaryLookup, koBasisOf, type KoBasis, nameKindOf, type NameGlossary, type NameGlossaryEntry, type NameKind } from './glossary-view.js';
import { hangulSimilarity } from './hangul-similarity.js';
import { decideKind, decisiveKind, type KindBasis } from './kind.js';
import type { NamePoint, NameRecord, NameToken } from './record.js';
import { describeRule, NAME_RULES, type NameRuleId } from './rules.js';
import { nameSeparators, spaceGaps, withSpaces } from './separators.js';
import { sinoKoreanReading } from './sino-korean.js';
import { findSpans, hasKana, isDot, type Span } from './spans.js';
import { editionTexts, type EditionText } from './texts.js';
import { extendRendering } from './written.js';
import { resolveRecords } from './resolve-records.js';
import { weighReading } from './choose-reading.js';
import { nameDictionary } from './name-dictionary.js';
import { keepDots } from './dots.js';

/** Options of extractNames. */
export interface ExtractOptions {
  /** The glossary: readings, kinds and ids. Without it every kanji reading is unverified. */
  readonly glossary?: NameGlossary;
  /** Receives the stage's messages (rule ids in rules.ts). */
  readonly file?: VFile;
  /** Cue words (default: the shipped cues.json). */
  readonly cues?: Cues;
}

/** A run with everything learnt about it before it is read. */
interface Candidate {
  readonly where: EditionText;
  readonly span: Span;
  readonly context: SpanContext;
  /** Author's characters without spaces, dots as ・ (what the transcriber reads: a space
   * would cut 山崎朗 into 山崎 and a lone 朗, which IPADIC reads ロウ, not アキラ). */
  readonly input: string;
  readonly surface: string;
  readonly normalized: string;
  /** Tokens positioned in span.text (0-based UTF-16). */
  readonly tokens: Token[];
  readonly evidence: Evidence;
  readonly entries: NameGlossaryEntry[];
}

/** How far (UTF-16 units) a neighbour in an enumeration may stand. */
const NEIGHBOUR_DISTANCE = 40;

/**
 * Find, classify and read every Japanese name in the edition. Records come sorted by source
 * position; glosses are left out and reported as `gloss-not-name`.
 */
export async function extractNames(edition: EditionContent, options: ExtractOptions = {}): Promise<NameRecord[]> {
  const { glossary, file, cues } = options;
  const source = edition.lines.text;
  const found: Array<{ where: EditionText; span: Span }> = [];
  for (const where of editionTexts(edition)) for (const span of findSpans(where.text)) found.push({ where, span });
  if (found.length === 0) return [];

  const candidates: Candidate[] = [];
  for (const { where, span } of found) candidates.push(await prepare(where, span, source, glossary));

  const records: NameRecord[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const { kind, basis } = decideKind(
      {
        citation: candidate.context.citation,
        rendered: candidate.context.rendering !== undefined,
        after: candidate.context.after,
        normalized: candidate.normalized,
        evidence: candidate.evidence,
        glossaryKinds: candidate.entries.map((entry) => nameKindOf(entry.kind)),
        neighbours: neighbourKinds(candidates, index),
      },
      cues,
    );
    const record = await read(candidate, kind, basis, edition.lines, glossary, file);
    if (record) records.push(record);
  }
  records.sort((a, b) => a.source.offset - b.source.offset || a.source.end.offset - b.source.end.offset);
  return resolveRecords(records, glossary, source);
}

async function prepare(where: EditionText, span: Span, source: string, glossary: NameGlossary | undefined): Promise<Candidate> {
  const context = spanContext(where.text.text, span);
  const plain = [...span.text].map((char) => (isDot(char) ? '・' : char)).join('');
  const folded = foldKanjiForms(plain);
  const tokens = (await tokenize(folded.text)).map((token) => {
    const range = unfoldRange(folded, token.start, token.end, plain.length);
    return { ...token, surface: span.text.slice(range.start, range.end), start: range.start, end: range.end };
  });
  const separators = nameSeparators(spaceGaps(span, where.text, source), tokens);
  const surface = withSpaces(span.text, separators);
  const normalized = folded.text;
  const entries = entriesFor(glossary, unique([span.text, surface, plain, withSpaces(plain, separators), normalized])).filter((entry) =>
    entryApplies(entry, normalized, { citation: context.citation }),
  );
  return { where, span, context, input: plain, surface, normalized, tokens, evidence: tokenEvidence(tokens), entries };
}

// The decisive kinds of the rendered names nearest to candidate `index` in the same text,
// nearest first: the enumeration it stands in.
function neighbourKinds(candidates: readonly Candidate[], index: number): NameKind[] {
  const own = candidates[index];
  const near: Array<{ distance: number; kind: NameKind }> = [];
  for (const [other, candidate] of candidates.entries()) {
    if (other === index || candidate.where !== own.where || !candidate.context.rendering) continue;
    const distance = candidate.span.start > own.span.start ? candidate.span.start - own.span.end : own.span.start - candidate.span.end;
    if (distance > NEIGHBOUR_DISTANCE) continue;
    const kind = decisiveKind(candidate.evidence, candidate.entries.map((entry) => nameKindOf(entry.kind)));
    if (kind) near.push({ distance, kind });
  }
  return near.sort((a, b) => a.distance - b.distance).map((entry) => entry.kind);
}

async function read(
  candidate: Candidate,
  kind: NameKind,
  basis: KindBasis,
  lines: LineIndex,
  glossary: NameGlossary | undefined,
  file: VFile | undefined,
): Promise<NameRecord | undefined> {
  const { span, where, context, entries } = candidate;
  const used: NameGlossaryEntry[] = [];
  const lookup = glossary ? glossaryLookup(glossary, kind, used, { citation: context.citation, whole: candidate.input }) : undefined;
  const transcription = await transcribe(candidate.input, lookup ? { lookup } : {});
  const sinoKorean = sinoKoreanReading(span.text);
  const glossaryForms = entries.flatMap((entry) => [entry.ko, ...(entry.accepted ?? []), ...(entry.nonstandard ?? [])]);
  const targets = [transcription.hangul, ...(sinoKorean ? [sinoKorean] : []), ...glossaryForms];
  const rendering = context.rendering ? extendRendering(where.text, context.rendering.start, context.rendering.end, targets) : undefined;
  const start = firstSourced(where.text, span.units);
  const end = lastSourced(where.text, span.units);
  const place = { start: lines.point(start), end: lines.point(end) };

  const gloss = decideGloss({
    text: span.text,
    written: rendering?.text,
    sinoKorean,
    japanese: transcription.hangul,
    properName: hasKana(span.text) || entries.length > 0 || namesPersonOrPlace(candidate.tokens),
    similarity: hangulSimilarity,
  });
  if (gloss.gloss) {
    report(file, 'gloss-not-name', { written: rendering?.text ?? '', surface: span.text, sinoKorean: sinoKorean ?? '' }, place, {
      actual: span.text,
      note: `similarity to the Sino-Korean reading ${gloss.toSinoKorean.toFixed(2)}, to the Japanese reading ${transcription.hangul} ${gloss.toJapanese.toFixed(2)}`,
    });
    return undefined;
  }

  // The glossary's reading stands; a tokenizer guess is weighed against ENAMDICT and the author's Korean.
  const weighed = await weighReading(transcription, rendering?.text, nameDictionary);
  const spelled = await keepDots(candidate.input, weighed);
  const readingSource = weighed.source;
  if (readingSource === 'tokenizer') {
    report(file, 'name-unverified-reading', { surface: candidate.surface, reading: weighed.reading }, place, {
      actual: weighed.reading,
      ...(weighed.candidates.length > 0 ? { note: `ENAMDICT lists ${weighed.candidates.map((item) => `${item.surface}: ${item.readings.join(', ')}`).join('; ')}` } : {}),
    });
  }
  if (transcription.words.some((word) => word.unread)) {
    report(file, 'name-unread-character', { surface: candidate.surface }, place, { actual: candidate.surface });
  }
  const entry = entries.find((candidateEntry) => nameKindOf(candidateEntry.kind) === kind) ?? entries[0];
  return {
    surface: candidate.surface,
    normalized: candidate.normalized,
    kind,
    kindBasis: basis,
    reading: spelled.reading,
    romaji: spelled.romaji,
    hangul: spelled.hangul,
    koBasis: koBasisOfWords(transcription.words.map((word) => word.source ?? 'kana'), used),
    readingSource,
    confidence: weighed.confidence,
    verified: readingSource !== 'tokenizer',
    ...(weighed.candidates.length > 0 ? { readingCandidates: weighed.candidates } : {}),
    glossaryId: entry?.id ?? null,
    written: rendering ? { text: rendering.text, ...point(lines, where.text.offsets[rendering.start]) } : null,
    citation: context.citation,
    container: where.container,
    tokens: candidate.tokens.filter((token) => !isBoundary(token)).map(toNameToken),
    corrected: span.units.some((unit) => where.text.offsets[unit] < 0 || lines.text[where.text.offsets[unit]] !== where.text.text[unit]),
    source: { ...point(lines, start), end: point(lines, end) },
  };
}

// The Korean of glossary words has their entries' basis; every other word is transcribed. The
// lookup records the entries it drew on in order, one per glossary word.
function koBasisOfWords(sources: readonly string[], used: readonly NameGlossaryEntry[]): KoBasis {
  const bases = new Set<KoBasis>();
  let next = 0;
  for (const source of sources) bases.add(source === 'lookup' && used[next] ? koBasisOf(used[next++]) : 'transcription');
  return bases.size === 1 ? [...bases][0] : 'mixed';
}

function toNameToken(token: Token): NameToken {
  return { surface: token.surface, pos: token.pos, reading: token.reading ?? null };
}

function point(lines: LineIndex, offset: number): NamePoint {
  const { line, column } = lines.point(offset);
  return { line, column, offset };
}

// A restored character has no source of its own (-1); the run is placed by its sourced units.
function firstSourced(value: MappedText, units: readonly number[]): number {
  for (const unit of units) if (value.offsets[unit] >= 0) return value.offsets[unit];
  return 0;
}

function lastSourced(value: MappedText, units: readonly number[]): number {
  for (let k = units.length - 1; k >= 0; k--) if (value.offsets[units[k]] >= 0) return value.offsets[units[k]] + 1;
  return 0;
}

function report(
  file: VFile | undefined,
  rule: NameRuleId,
  args: Readonly<Record<string, string>>,
  place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } },
  extra: { actual?: string; expected?: string[]; note?: string },
): void {
  if (!file) return;
  const message = file.message(describeRule(rule, args), { place, ruleId: rule, source: 'kaikyo' });
  const severity = NAME_RULES[rule].severity as string;
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (extra.actual !== undefined) message.actual = extra.actual;
  if (extra.expected) message.expected = extra.expected;
  if (extra.note) message.note = extra.note;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
