/**
 * review.html from what a document's build has at hand: the tree edition.md was written from
 * (for the printed pages of its blocks), consistency.json's text (the page shows exactly what
 * the report holds), the finalised findings (for their sentences in every language), the
 * glossary and the apparatus's page markers. Keeps the build's own code to two calls.
 */
import type { Root as MdastRoot } from 'mdast';
import type { Finding } from '../consistency/types.js';
import { renderMessage } from '../consistency/render.js';
import type { ApparatusEntry } from '../edition/apparatus.js';
import type { PlacedEdition } from '../edition/places.js';
import type { Glossary } from '../glossary/schema.js';
import type { ReportFinding } from './data.js';
import { prepareEdition, reviewHtml, type PreparedEdition } from './index.js';
import type { ReviewLanguage } from './types.js';

/** The edition's HTML for the page (call while other work is in flight). */
export function prepareReviewEdition(tree: MdastRoot, placed: PlacedEdition, lang: ReviewLanguage): PreparedEdition {
  return prepareEdition(tree, placed, lang);
}

export interface ReviewPageInput {
  readonly document: string;
  readonly title: string;
  readonly lang: ReviewLanguage;
  readonly edition: PreparedEdition;
  /** The text of consistency.json. */
  readonly report: string;
  /** The findings consistency.json was written from. */
  readonly findings: readonly Finding[];
  readonly glossary?: Glossary;
  readonly apparatus: readonly ApparatusEntry[];
}

/** The page's HTML. */
export function reviewPage(input: ReviewPageInput): Promise<string> {
  const report = (JSON.parse(input.report) as { findings: ReportFinding[] }).findings;
  const byId = new Map(input.findings.map((finding) => [finding.findingId, finding]));
  const pages = input.apparatus.filter((entry) => entry.kind === 'page-marker' && entry.page !== undefined).map((entry) => ({ offset: entry.source.offset, page: entry.page as number }));
  return reviewHtml({
    document: input.document,
    title: input.title,
    lang: input.lang,
    edition: input.edition,
    findings: report,
    messages: (index, language) => {
      const finding = byId.get(report[index].findingId);
      return finding ? renderMessage(finding, language) : (report[index].message ?? report[index].ruleId);
    },
    ...(input.glossary ? { glossary: input.glossary } : {}),
    pages: pages.sort((a, b) => a.offset - b.offset),
  });
}
