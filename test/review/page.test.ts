/**
 * The review page's parts without a browser: where an occurrence ends in the edition, marks
 * placed by edition offset (escapes, overlaps, code blocks), untrusted text kept inert, the
 * data's embedding, the page numbers, and the exports' formats (the suppressions YAML read back
 * by the consistency stage's own parser).
 */
import type { Code, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { reader } from '../../pipeline/edition/read-back.js';
import { mappedTexts } from '../../pipeline/edition/to-mdast.js';
import { parseSuppressions } from '../../pipeline/consistency/suppressions.js';
import { csvField, findingsCsv, suppressionsYaml } from '../../pipeline/review/client/formats.js';
import { pageAt, type ReportFinding } from '../../pipeline/review/data.js';
import { prepareEdition, reviewHtml } from '../../pipeline/review/index.js';
import { embedJson } from '../../pipeline/review/page.js';
import { editionEnd } from '../../pipeline/review/span.js';
import * as review from '../../pipeline/review/index.js';
import { REVIEW_RESOURCES } from '../../pipeline/review/i18n/index.js';

/** A finding at `text`'s first place in `markdown`, with the contract's fields. */
function findingAt(markdown: string, text: string, extra: Partial<ReportFinding> = {}): ReportFinding {
  const offset = markdown.indexOf(text);
  const before = markdown.slice(0, offset);
  return {
    findingId: `f${offset.toString(16).padStart(15, '0')}`,
    actionable: true,
    ruleId: 'nonstandard-rendering',
    severity: 'warning',
    id: null,
    ja: '関西',
    expected: '간사이',
    found: [text],
    occurrences: [
      {
        occurrenceId: `o${offset.toString(16).padStart(15, '0')}`,
        line: 1,
        column: 1,
        text,
        edition: { line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), offset },
        context: text,
      },
    ],
    ...extra,
  };
}

/**
 * A tree and its placement for a Markdown text, as if the Markdown were the source: each text
 * node written as it stands maps its units to their own offsets (what edition/places.ts
 * records for a real build, which the browser test checks on the seed).
 */
function placedMarkdown(markdown: string): { tree: Root; placed: { markdown: string; place: (start: number) => { line: number; column: number; offset: number } | undefined } } {
  const tree = reader.parse(markdown) as Root;
  const identity = (start: number, text: string) => ({ text, offsets: Int32Array.from(text, (_, i) => start + i) });
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    if (start === undefined) return;
    if (node.type === 'text' && markdown.startsWith((node as Text).value, start)) mappedTexts.set(node, identity(start, (node as Text).value));
    if (node.type === 'code') {
      const lines = (node as Code).value.split('\n');
      let at = markdown.indexOf('\n', start) + 1;
      mappedTexts.set(
        node,
        lines.map((line) => {
          const mapped = identity(at, line);
          at += line.length + 1;
          return mapped;
        }),
      );
    }
  });
  return { tree, placed: { markdown, place: (start) => (start >= 0 && start < markdown.length ? { line: 1, column: 1, offset: start } : undefined) } };
}

async function page(markdown: string, findings: ReportFinding[]): Promise<string> {
  const { tree, placed } = placedMarkdown(markdown);
  return reviewHtml({ document: 'doc', title: 'T', lang: 'ko', edition: prepareEdition(tree, placed, 'ko'), findings, messages: () => 'message', pages: [] });
}

function marksOf(html: string): string[] {
  const body = html.slice(0, html.indexOf('<script type="application/json"'));
  return [...body.matchAll(/<mark [^>]*>([^<]*)/g)].map((match) => match[1]);
}

describe('review page', () => {
  it('exports its entry points', () => {
    expect(Object.keys(review).sort()).toEqual(['prepareEdition', 'reviewHtml']);
  });

  it('has every label in Korean, English and Japanese', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`)) : [prefix.slice(0, -1)];
    const en = keys(REVIEW_RESOURCES.en).sort();
    expect(keys(REVIEW_RESOURCES.ko).sort()).toEqual(en);
    expect(keys(REVIEW_RESOURCES.ja).sort()).toEqual(en);
    // No particle left to the reader's guess (은(는), 을(를), (으)로 …).
    expect(JSON.stringify(REVIEW_RESOURCES.ko)).not.toMatch(/\([은는을를이가과와으]\)|\(으\)/);
  });

  it('finds where an occurrence ends though the edition mended its spacing or doubling', () => {
    const edition = '앞 칸사이 광역 뒤';
    expect(editionEnd(edition, 2, '칸사이')).toBe(5);
    // The source had a line break inside the name; the edition joined it.
    expect(editionEnd('칸사이광역', 0, '칸사이\n광역')).toBe(5);
    // Fake bold doubled every syllable in the source.
    expect(editionEnd('카토우 씨', 0, '카카토토우우')).toBe(3);
    expect(editionEnd('전혀 다른 글', 0, '칸사이')).toBeUndefined();
  });

  it('marks occurrences by edition offset, in paragraphs, tables and code', async () => {
    const markdown = '# 제목\n\n앞 _강조_ 칸사이 뒤.\n\n| a | b |\n| - | - |\n| 칸사이 | x |\n\n```text\n칸사이 줄\n```\n';
    // Three places: the paragraph (after emphasis), a table cell, a code block.
    const offsets = [markdown.indexOf('칸사이'), markdown.indexOf('| 칸사이') + 2, markdown.indexOf('칸사이 줄')];
    const findings = offsets.map((offset, i) => {
      const base = findingAt(markdown, '칸사이', { findingId: `${i}`.repeat(16) });
      return { ...base, occurrences: [{ ...base.occurrences[0], occurrenceId: `${i}`.repeat(15) + 'a', edition: { line: 1, column: 1, offset } }] };
    });
    const html = await page(markdown, findings);
    expect(marksOf(html)).toEqual(['칸사이', '칸사이', '칸사이']);
    expect(html).toContain(`<td><mark data-finding="${'1'.repeat(16)}"`);
    expect(html).toContain(`<code class="language-text"><mark data-finding="${'2'.repeat(16)}"`);
    expect(html).toMatch(/<em>강조<\/em> <mark data-finding="0{16}" data-rule="nonstandard-rendering" data-occurrence="0{15}a" data-severity="warning">칸사이<\/mark> 뒤\./);
  });

  it('nests overlapping occurrences and leaves non-actionable findings unmarked', async () => {
    const markdown = '간사이광역클러스터와 간사이.\n';
    const outer = findingAt(markdown, '간사이광역클러스터', { findingId: 'a000000000000000' });
    const base = findingAt(markdown, '간사이', { findingId: 'b000000000000000' });
    const inner = { ...base, occurrences: [{ ...base.occurrences[0], occurrenceId: 'c000000000000000' }] };
    const hidden = findingAt(markdown, '간사이.', { findingId: 'd000000000000000', actionable: false });
    const html = await page(markdown, [outer, inner, hidden]);
    expect(html).toContain('<mark data-finding="a000000000000000"');
    expect(html).toMatch(/<mark data-finding="a0+"[^>]*><mark data-finding="b0+"[^>]*>간사이<\/mark><\/mark><mark data-finding="a0+"[^>]*>광역클러스터<\/mark>/);
    expect(html).not.toContain('data-finding="d000000000000000"');
  });

  it('keeps the edition\'s text inert: raw HTML shows as text, the data cannot close its script', async () => {
    const markdown = 'Text <img src=x onerror="alert(1)"> and <script>alert(2)</script>.\n\n<div onclick="x()">block</div>\n\n칸사이 </script><script>alert(3)</script>\n';
    const base = findingAt(markdown, '칸사이', { message: '</script><b>' });
    const finding = { ...base, occurrences: [{ ...base.occurrences[0], context: '</script><script>alert(4)</script>' }] };
    const html = await page(markdown, [finding]);
    expect(html.match(/<script/g)).toHaveLength(2); // the data and the page's own script
    expect(html).not.toMatch(/<img|<div onclick/);
    expect(html).toContain('&#x3C;img src=x onerror="alert(1)">');
    expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(4)');
    // A policy that lets only the page's own script and style run, and loads nothing.
    expect(html.replace(/&#x27;/g, "'")).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; base-uri 'none'; form-action 'none'">/);
  });

  it('embeds JSON that no HTML parser can end early', () => {
    expect(embedJson({ a: '</script><!-- & -->' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e"}');
    expect(JSON.parse(embedJson({ a: '</script>&' }))).toEqual({ a: '</script>&' });
  });

  it('gives an occurrence the printed page of the last page marker before it', () => {
    const pages = [
      { offset: 10, page: 1 },
      { offset: 100, page: 2 },
      { offset: 200, page: 3 },
    ];
    expect([0, 10, 99, 100, 250].map((offset) => pageAt(pages, offset))).toEqual([1, 1, 1, 2, 3]);
    expect(pageAt([], 5)).toBeUndefined();
  });

  it('exports decisions as suppressions YAML that the consistency stage reads back', () => {
    const yaml = suppressionsYaml(
      [
        { scope: 'occurrence', target: '0123456789abcdef', status: 'accepted', reason: 'Quoted "as is" from\nthe title.', rule: 'nonstandard-rendering', label: '칸사이 — 関西' },
        { scope: 'finding', target: 'fedcba9876543210-2', status: 'false-positive', reason: 'Cut at the parenthesis.', rule: 'inconsistent-rendering', label: 'x' },
        { scope: 'name', target: 'region-kansai', status: 'accepted', reason: 'The author\'s spelling throughout.', rule: 'nonstandard-rendering', label: '関西 간사이' },
        { scope: 'rule', target: 'table-count-form', status: 'false-positive', reason: 'Counts are written freely.', rule: 'table-count-form', label: 'table-count-form' },
      ],
      'doc',
    );
    const read = parseSuppressions(yaml, 'export.yaml').map(({ line: _line, ...rest }) => rest);
    expect(read).toEqual([
      { occurrenceId: '0123456789abcdef', rule: 'nonstandard-rendering', status: 'accepted', reason: 'Quoted "as is" from\nthe title.' },
      { findingId: 'fedcba9876543210-2', rule: 'inconsistent-rendering', status: 'false-positive', reason: 'Cut at the parenthesis.' },
      { id: 'region-kansai', status: 'accepted', reason: 'The author\'s spelling throughout.' },
      { rule: 'table-count-form', status: 'false-positive', reason: 'Counts are written freely.' },
    ]);
  });

  it('writes CSV with a byte order mark, quoted fields and no formula', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    const csv = findingsCsv([], ['a', 'b']);
    expect(csv).toBe('\uFEFFa,b\r\n');
  });
});
