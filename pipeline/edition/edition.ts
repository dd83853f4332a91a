/**
 * The edition stages in order, from a normalised source to a model of the edition: what
 * remains of the author's text, where each piece came from, and the apparatus of everything
 * removed or corrected. Each stage is a function in its own file; this one only wires them and
 * turns their findings into vfile messages with rule ids.
 */
import type { VFile } from 'vfile';
import type { CorpusDocument } from '../corpus/document.js';
import { ruleInfo, type RuleId } from '../rules.js';
import { applyEdits, type MappedText } from '../text/mapped-text.js';
import { LineIndex } from '../text/positions.js';
import { sortApparatus, type ApparatusEntry, type ApparatusKind } from './apparatus.js';
import { findBlocks, type Block } from './blocks.js';
import { stripChrome } from './chrome.js';
import { applyCorrectionRules, applyGeneralRules, replacementCharacters } from './corrections.js';
import { undoubleLine } from './fake-bold.js';
import { joinLetterSpacing } from './letter-spacing.js';
import { findFrontMatter, type FrontMatter } from './front.js';
import { pairFootnotes, type Footnote } from './footnotes.js';
import { continueAfterReferences, sharedPrintedLine } from './continuations.js';
import { classifyFlow } from './outline.js';
import { LOST_SYMBOL_MARK, lostSymbolAt } from './lost-symbols.js';
import { findPages } from './pages.js';
import { findRunning } from './running.js';
import { buildParagraphs, segmentText, type FlowItem, type FootnoteMark } from './paragraphs.js';
import { splitSegments, type Segment } from './segments.js';
import { buildSpacingContext, repairSpacing, type SpacingContext } from './spacing/index.js';

export interface EditionFootnote {
  readonly number: number;
  readonly text: MappedText;
  readonly page?: number;
}

export interface EditionBlock {
  readonly block: Block;
  readonly caption: MappedText;
  readonly notes: MappedText[];
  readonly content: MappedText[];
  readonly page?: number;
}

export type EditionItem =
  | (FlowItem & { readonly page?: number })
  | { readonly type: 'block'; readonly block: EditionBlock; readonly page?: number };

export interface Edition {
  readonly items: EditionItem[];
  readonly footnotes: EditionFootnote[];
  readonly apparatus: ApparatusEntry[];
  /** The document's spacing context, for later stages that mend text the same way (table cells). */
  readonly spacing: SpacingContext;
  /** Front matter found in the text, for a document without metadata (see front.ts). */
  readonly front?: FrontMatter;
  /** What the site's own lines say about the document (siteTitle, siteDocument, …; see chrome.ts). */
  readonly site?: Readonly<Record<string, string>>;
  /** The last printed page present in the source (0 when it had no page markers). */
  readonly lastPage: number;
  readonly lines: LineIndex;
}

/**
 * What the stages after the edition read of it (names, consistency): its texts and the source's
 * lines. Plain data apart from the LineIndex, which is rebuilt from its text, so that these
 * stages can run in another thread.
 */
export type EditionContent = Pick<Edition, 'items' | 'footnotes' | 'lines'>;

export interface NormalizationChange {
  readonly offset: number;
  readonly before: string;
  readonly after: string;
}

/** Run every edition stage over `source` (already decoded and NFC-normalised). */
export function buildEdition(source: string, document: CorpusDocument, file: VFile, normalization: readonly NormalizationChange[] = []): Edition {
  const lines = new LineIndex(source);
  const apparatus: ApparatusEntry[] = [];
  const record = (kind: ApparatusKind, rule: RuleId, offset: number, original: string, result: string, reason: string, page?: number) => {
    apparatus.push({ kind, rule, original, result, reason, source: lines.point(offset), ...(page ? { page } : {}) });
  };
  const report = (rule: RuleId, reason: string, offset?: number) => {
    const message = file.message(reason, { place: offset === undefined ? undefined : lines.point(offset), ruleId: rule, source: 'kaikyo' });
    message.fatal = ruleInfo(rule).severity === 'error' ? true : ruleInfo(rule).severity === 'warning' ? false : undefined;
  };

  for (const change of normalization) {
    record('normalization', 'nfc-normalized', change.offset, change.before, change.after, 'NFC: a compatibility or decomposed form became its canonical character');
  }

  // Chrome.
  let segments = splitSegments(source);
  let site: Record<string, string> = {};
  if (document.site) {
    const chrome = stripChrome(segments, document.site, document.meta.title);
    for (const line of chrome.chrome) record('chrome', 'site-chrome', line.segment.start, line.segment.text, '', `site chrome (${line.part}): ${line.label}`);
    for (const problem of chrome.problems) report('chrome-not-recognised', problem);
    segments = chrome.text;
    site = chrome.site;
  } else if (segments.length > 0) {
    // A page of a site no profile describes keeps every line: guessing could eat the text.
    report('site-unknown', 'no site profile in corpus/sites/ fits the start of this page, so no line was removed as site chrome', segments[0].start);
  }

  // Pages.
  const pages = findPages(segments);
  for (const marker of pages.markers) record('page-marker', 'page-marker', marker.segment.start, marker.segment.text, '', `page marker: page ${marker.page} starts here`, marker.page);
  const pageOf = (segment: Segment) => pages.pageOf.get(segment.index);

  // Running heads and page numbers leave the text for the apparatus.
  const running = findRunning(pages.text, pages.pageOf, pages.lastPage);
  for (const line of running.running) {
    const what = line.kind === 'running-head' ? 'running head: a line repeated at the top or foot of several pages' : 'printed page number';
    record('running-head', line.kind, line.segment.start, line.segment.text, '', what, pageOf(line.segment));
  }
  const textSegments = running.text;

  // Corrections and fake bold, per segment, before anything reads the text.
  const corrected = new Map<number, MappedText>();
  const counts = document.corrections.map(() => 0);
  for (const segment of textSegments) {
    let text = segmentText(source, segment);
    const fromData = applyCorrectionRules(text, document.corrections);
    fromData.matches.forEach((count, index) => (counts[index] += count));
    const general = applyGeneralRules(fromData.value);
    for (const fix of [...fromData.applied, ...general.applied]) {
      record('correction', fix.ruleId as RuleId, fix.offset, fix.original, fix.result, fix.reason, pageOf(segment));
    }
    text = general.value;
    const bold = undoubleLine(text);
    for (const fix of bold.fixes) {
      record('fake-bold', 'fake-bold', text.offsets[fix.index], fix.original, fix.result, 'fake bold: the label was drawn twice and every syllable came out doubled', pageOf(segment));
    }
    text = bold.value;
    const spaced = joinLetterSpacing(text.text);
    if (spaced.runs.length > 0) {
      for (const run of spaced.runs) {
        const original = text.text.slice(run.start, run.end);
        const drop = new Set(run.spaces.map((at) => at - run.start));
        const result = [...original].filter((_, k) => !drop.has(k)).join('');
        record('letter-spacing', 'letter-spacing', text.offsets[run.start], original, result, `letter-spaced ${run.script} run: the spaces between its characters are typography, not word spaces`, pageOf(segment));
      }
      text = applyEdits(text, spaced.runs.flatMap((run) => run.spaces).map((at) => ({ start: at, end: at + 1, insert: '' })));
    }
    for (const at of replacementCharacters(text)) {
      report('replacement-character', 'U+FFFD: a character was lost in extraction and no correction restores it', text.offsets[at]);
    }
    corrected.set(segment.index, text);
  }
  document.corrections.forEach((rule, index) => {
    if (counts[index] !== rule.count) {
      report('correction-count', `correction "${rule.find}" → "${rule.replace}" expected ${rule.count} occurrence(s), found ${counts[index]}`);
    }
  });
  const textOf = (segment: Segment) => corrected.get(segment.index) ?? segmentText(source, segment);

  // Front matter from the text, for a document without metadata (a raw page).
  const front = document.meta.title ? undefined : findFrontMatter(textSegments.map((segment) => textOf(segment).text), site);
  const titleLine = document.meta.title || (front?.titleText !== undefined ? textSegments[front.titleText].text : '');
  const authorName = document.meta.author.name || front?.authors?.[0]?.name || '';

  // Figures and tables, then footnotes, then the running text.
  const blocks = findBlocks(textSegments, pages.pageOf, document.layout);
  for (const problem of blocks.problems) report('block-layout', problem);
  const notes = pairFootnotes(blocks.flow, pages.pageOf);
  for (const problem of notes.problems) report('footnote-unpaired', problem);
  for (const footnote of notes.footnotes) {
    const reason = `footnote ${footnote.number}`;
    const mark = footnote.inline ? source.slice(footnote.inline.start, footnote.inline.start + footnote.inline.length) : footnote.reference.text;
    record('footnote-label', 'footnote-label', footnote.inline?.start ?? footnote.reference.start, mark, `[^${footnote.number}]`, `${reason}: reference mark, rendered as a footnote reference`, pageOf(footnote.reference));
    if (footnote.bodyLabel) record('footnote-label', 'footnote-label', footnote.bodyLabel.start, footnote.bodyLabel.text, '', `${reason}: label of the body, which becomes the footnote definition`, pageOf(footnote.bodyLabel));
    if (footnote.bodyPrefix > 0) record('footnote-label', 'footnote-label', footnote.body.start, footnote.body.text.slice(0, footnote.bodyPrefix), '', `${reason}: label of the body, which becomes the footnote definition`, pageOf(footnote.body));
  }
  const classified = classifyFlow(notes.flow, new Set(notes.byReference.keys()), titleLine, authorName);
  const flowItems = placeInlineReferences(buildParagraphs(classified, notes.byReference, textOf), notes.footnotes);

  // Word spacing, with one context for the whole document.
  const footnoteTexts = notes.footnotes.map((footnote) => bodyText(footnote, textOf));
  const paragraphs = flowItems.filter((item): item is Extract<FlowItem, { type: 'paragraph' }> => item.type === 'paragraph');
  const context = buildSpacingContext([...paragraphs.map((item) => item.paragraph.text.text), ...footnoteTexts.map((text) => text.text)]);
  // Paragraphs that go on after a footnote reference, told by the printed line they share (the
  // spacing context measured the column; it was built from the paragraphs as split, so every
  // other decision is the same as without this step).
  const continued = continueAfterReferences(flowItems, (before, after) => sharedPrintedLine(before, after, context));
  const respace = (text: MappedText, joins: readonly number[], marks: readonly FootnoteMark[], page?: number, joinReasons: ReadonlyMap<number, string> = new Map()) => {
    const repaired = repairSpacing(text.text, context, { joins });
    const removed = new Set(repaired.removed);
    const joinSet = new Set(joins);
    for (const decision of repaired.decisions) {
      const at = anchorOffset(text, decision.index);
      if (joinSet.has(decision.index)) {
        const why = joinReasons.get(decision.index) ?? 'paragraph rejoined across a page break, footnote, figure or table';
        record('paragraph-join', 'paragraph-join', at, '', decision.action === 'remove' ? '' : ' ', `${why}; ${decision.action === 'remove' ? 'no space (word cut in two)' : 'a space'}: ${decision.evidence}`, page);
      } else if (decision.action === 'remove') {
        record('wrap-space', 'wrap-space', at, ' ', '', `space left by a printed line wrap inside a word (${decision.rule}): ${decision.evidence}`, page);
      }
    }
    const edits = [...removed].map((index) => ({ start: index, end: index + 1, insert: '' }));
    const ascending = marks.length > 0 ? [...repaired.removed].sort((a, b) => a - b) : [];
    const shifted = marks.map((mark) => ({ ...mark, at: mark.at - countBelow(ascending, mark.at) }));
    return { text: applyEdits(text, edits), marks: shifted };
  };

  const items: EditionItem[] = [];
  for (const item of continued.items) {
    if (item.type === 'paragraph') {
      const page = pageOf(item.paragraph.segments[0]);
      const list = item.paragraph.list;
      if (list && list.markerText.text.trim()) {
        const marker = list.markerText;
        record('list-marker', 'list-item', anchorOffset(marker, 0), marker.text, list.marker, `list item (level ${list.level + 1}): the author's marker "${list.marker}", written as the item's marker`, page);
      }
      const reasons = new Map((continued.continuations.get(item.paragraph) ?? []).map((entry) => [entry.join, entry.reason]));
      const fixed = respace(item.paragraph.text, item.paragraph.joins, item.paragraph.footnotes, page, reasons);
      items.push({ type: 'paragraph', page, paragraph: { ...item.paragraph, text: fixed.text, footnotes: fixed.marks } });
    } else {
      items.push({ ...item, page: pageOf(item.segment) });
    }
  }
  // A note line that starts with a bare particle lost the symbol it explained: mark the gap.
  const noteText = (segment: Segment): MappedText => {
    const text = textOf(segment);
    const at = lostSymbolAt(text.text);
    if (at === undefined) return text;
    record('correction', 'lost-symbol', anchorOffset(text, at), '', LOST_SYMBOL_MARK, `a symbol printed before "${text.text.slice(at, at + 1)}" was lost in extraction (an icon with no text); the edition marks the gap`, pageOf(segment));
    return applyEdits(text, [{ start: at, end: at, insert: LOST_SYMBOL_MARK }]);
  };
  for (const block of blocks.blocks) {
    const page = pageOf(block.caption);
    items.push({
      type: 'block',
      page,
      block: { block, caption: textOf(block.caption), notes: block.notes.map(noteText), content: block.content.map(textOf), page },
    });
  }
  items.sort((a, b) => firstOffset(a) - firstOffset(b));

  const footnotes = notes.footnotes.map((footnote, index) => ({
    number: footnote.number,
    text: respace(footnoteTexts[index], [], [], pageOf(footnote.body)).text,
    page: pageOf(footnote.body),
  }));
  footnotes.sort((a, b) => a.number - b.number);

  if (items.length === 0 && footnotes.length === 0) {
    report('edition-empty', 'no text of the document is left after the site chrome: the page holds nothing but chrome, so the edition has front matter only', source.length > 0 ? 0 : undefined);
  }
  return { items, footnotes, apparatus: sortApparatus(apparatus), spacing: context, site, ...(front ? { front } : {}), lastPage: pages.lastPage, lines };
}

/**
 * References inside a line ("활동7)과"): the mark leaves the paragraph's text and becomes a
 * footnote mark at its place (the apparatus keeps the printed "7)").
 */
function placeInlineReferences(items: FlowItem[], footnotes: readonly Footnote[]): FlowItem[] {
  const inline = footnotes.filter((footnote) => footnote.inline);
  if (inline.length === 0) return items;
  return items.map((item) => {
    if (item.type !== 'paragraph') return item;
    let { text, footnotes: marks, joins } = item.paragraph;
    const segments = new Set(item.paragraph.segments.map((segment) => segment.index));
    for (const footnote of inline) {
      if (!segments.has(footnote.reference.index)) continue;
      const at = text.offsets.indexOf(footnote.inline!.start);
      if (at < 0) continue;
      const length = footnote.inline!.length;
      text = applyEdits(text, [{ start: at, end: at + length, insert: '' }]);
      marks = [...marks.map((mark) => (mark.at > at ? { ...mark, at: mark.at - length } : mark)), { at, number: footnote.number }];
      joins = joins.map((join) => (join > at ? join - length : join));
    }
    return { ...item, paragraph: { ...item.paragraph, text, footnotes: marks, joins } };
  });
}

function bodyText(footnote: Footnote, textOf: (segment: Segment) => MappedText): MappedText {
  const text = textOf(footnote.body);
  if (footnote.bodyPrefix === 0) return text;
  // Drop the "N) " label; the apparatus records it.
  return applyEdits(text, [{ start: 0, end: footnote.bodyPrefix, insert: '' }]);
}

/**
 * How many of the ascending `sorted` values are below `limit` (binary search: counting them
 * with a filter for every footnote mark was quadratic in a paragraph with many marks).
 */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Source offset of a space in the text: its own, or (for an inserted join space) just after the previous unit. */
function anchorOffset(text: MappedText, index: number): number {
  if (text.offsets[index] >= 0) return text.offsets[index];
  for (let i = index - 1; i >= 0; i--) if (text.offsets[i] >= 0) return text.offsets[i] + 1;
  return 0;
}

function firstOffset(item: EditionItem): number {
  if (item.type === 'block') return item.block.block.segments[0].start;
  if (item.type === 'paragraph') return item.paragraph.segments[0].start;
  return item.segment.start;
}
