/**
 * review.html: the translator's review page of one document. The edition's Markdown becomes
 * HTML with every occurrence of an actionable finding marked in place; the findings, their
 * glossary cards and sentences in three languages go in as data for the page's script.
 */
import { reviewAssets } from './assets.js';
import { reviewData, type ReportFinding, type SourcePage } from './data.js';
import { editionToHast, type EditionHtml, type Placement } from './edition-html.js';
import { reviewTranslator } from './i18n/index.js';
import { placeMarks } from './marks.js';
import { pageHtml } from './page.js';
import type { ReviewLanguage } from './types.js';
import type { Root as MdastRoot } from 'mdast';
import type { Glossary } from '../glossary/schema.js';
import consistencyEn from '../consistency/i18n/en.json' with { type: 'json' };
import consistencyJa from '../consistency/i18n/ja.json' with { type: 'json' };
import consistencyKo from '../consistency/i18n/ko.json' with { type: 'json' };
import { RULES, type RuleInfo } from '../rules.js';
import tableMessages from '../tables/messages.json' with { type: 'json' };

const consistencyLabels = { ko: consistencyKo, en: consistencyEn, ja: consistencyJa } as const;

export type { ReportFinding, ReportOccurrence, SourcePage } from './data.js';
export type { ReviewData, ReviewFinding, ReviewOccurrence, ReviewCard, ReviewLanguage } from './types.js';

/** The edition as HTML before marks: made while the findings are still being computed. */
export type PreparedEdition = EditionHtml;
export type { Placement } from './edition-html.js';

/**
 * The edition as HTML with the edition.md offset of every text unit, from the tree edition.md
 * was written from (edition/to-mdast.ts) and what writing it recorded (edition/places.ts).
 */
export function prepareEdition(tree: MdastRoot, placed: Placement, lang: ReviewLanguage): PreparedEdition {
  const t = reviewTranslator(lang);
  return editionToHast(tree, placed, { footnotes: t('footnotes'), backToReference: (n) => t('backToReference', { n }), page: (n) => t('page', { n }), frontMatter: t('frontMatter') });
}

export interface ReviewInput {
  /** The document id (the page keeps decisions under it). */
  readonly document: string;
  readonly title: string;
  /** The build's language: the page opens in it. */
  readonly lang: ReviewLanguage;
  readonly edition: PreparedEdition;
  /** consistency.json's findings, in its order. */
  readonly findings: readonly ReportFinding[];
  /** A finding's sentence (index in `findings`) in a language. */
  readonly messages: (index: number, language: ReviewLanguage) => string;
  readonly glossary?: Pick<Glossary, 'byId'>;
  /** The source's page markers (source offset → printed page), sorted. */
  readonly pages: readonly SourcePage[];
}

/** Short rule names: the consistency report's, the tables stage's, else the id. */
function ruleName(ruleId: string, language: ReviewLanguage): string {
  const consistency = consistencyLabels[language].ruleNames as Record<string, string>;
  const tables = (tableMessages as Record<string, { ruleNames?: Record<string, string> }>)[language]?.ruleNames ?? {};
  return consistency[ruleId] ?? tables[ruleId] ?? ruleId;
}

function stageOf(ruleId: string): string {
  return (RULES as Record<string, RuleInfo>)[ruleId]?.stage ?? 'other';
}

/** The page's HTML. Marks the edition's tree in place (a prepared edition serves one page). */
export async function reviewHtml(input: ReviewInput): Promise<string> {
  const placeOf = (offset: number) => input.edition.placed.place(offset, offset + 64)?.offset;
  const { data, ranges } = reviewData({ ...input, markdown: input.edition.markdown, ruleName, stageOf, placeOf });
  const placed = placeMarks(input.edition.tree, input.edition.offsets, ranges);
  const findings = data.findings.map((finding) => ({
    ...finding,
    occurrences: finding.occurrences.map((occurrence) => ({ ...occurrence, marked: placed.has(occurrence.occurrenceId) })),
  }));
  const t = reviewTranslator(input.lang);
  return pageHtml(input.edition.tree, { ...data, findings }, await reviewAssets(), {
    title: t('title', { title: input.title }),
    heading: t('heading'),
    skip: t('skip'),
    edition: t('edition'),
    findings: t('findings'),
    noscript: t('noscript'),
  });
}
