/**
 * Raw pages for the invariant and front-matter tests: the real dev pages of ../shared/pages-dev
 * (used from there, never copied) and pages generated from the seed the way the sites cut and
 * wrap documents, including bad input (an unknown site, a page cut mid-word, a page of nothing
 * but chrome, a page with no Korean). Each is built as `kaikyo build page.txt` builds it.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { loadDocument, type CorpusDocument } from '../../pipeline/corpus/document.js';
import { buildEdition, type Edition } from '../../pipeline/edition/edition.js';
import { readSource } from '../../pipeline/source/decode.js';
import { normalize } from '../../pipeline/source/normalize.js';
import { CORPUS, ROOT, seedText } from './seed.js';

export const PAGES_DEV = resolve(ROOT, '..', 'shared', 'pages-dev');

/** The dev pages' paths (none when ../shared is missing). */
export function devPages(): string[] {
  if (!existsSync(PAGES_DEV)) return [];
  return readdirSync(PAGES_DEV)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(PAGES_DEV, name));
}

/** The first `bytes` UTF-8 bytes of `text`, cut mid-character if need be and decoded leniently. */
function firstBytes(text: string, bytes: number): string {
  return Buffer.from(text, 'utf8').subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

/**
 * Pages made from the seed, written once to a temporary folder: name → path. The seed's body
 * (without its site header) is the text; the headers are the shapes corpus/sites/ describes or
 * shapes no profile knows.
 */
let generated: Record<string, string> | undefined;
export function generatedPages(): Record<string, string> {
  if (generated) return generated;
  const seed = seedText();
  const headerEnd = seed.indexOf('전체 글');
  const header = seed.slice(0, headerEnd + '전체 글'.length);
  const body = seed.slice(headerEnd + '전체 글'.length).replace(/^\s+/, '');
  const bodyLines = body.split('\n').filter((line) => line.trim());
  const excerpt = bodyLines.slice(40, 60).join('\n');
  const folder = mkdtempSync(join(tmpdir(), 'kaikyo-pages-'));
  const pages: Record<string, string> = {
    // A full page cut at 2,000 bytes, mid-word, as the dev pages are.
    'full-page-cut': firstBytes(seed, 2000),
    // An excerpt page: search notice, section label, the excerpt cut mid-word.
    'article-excerpt': firstBytes(`• 검색 결과가 없습니다.\n\n클러스터 전략의 성립배경\n\n${excerpt}`, 1500),
    // An excerpt page with the line that names its document.
    'article-with-source': `• 검색 결과가 없습니다.\n\n시대적 상황\n\n문서에서 일본의 산업클러스터 개념과 정책동향 (페이지 2-4)\n\n${excerpt}`,
    // docsplayer's header and the whole page on one line.
    docsplayer: `일본의 산업클러스터\n|\n|\n- 차상룡\n- 3 years ago\n- Views:\nTranscription\n1 ${bodyLines.slice(0, 30).join(' ')}`,
    // A site no profile knows: its lines stay.
    'unknown-site': `HOME | LOGIN | 자료실\n조회수 123\n다운로드\n\n${bodyLines.slice(0, 25).join('\n')}`,
    // Nothing but chrome.
    'only-chrome': `${header}\n`,
    // No Korean at all.
    'no-korean': 'Regional Cluster Policy in Japan\nTaro Yamada\n\n1. Introduction\n\nThe cluster programmes of METI and MEXT started in 2001 and 2002.\n- first item\n- second item\n',
    // Japanese text.
    japanese: '日本の産業クラスター政策\n山田 太郎\n\n1. はじめに\n\n経済産業省は2001年に産業クラスター計画を開始した。文部科学省は知的クラスター創成事業を始めた。\n',
    // Re-wrapped clean text: the seed's body joined and cut again at 38 characters with spaces.
    rewrapped: bodyLines
      .slice(30, 45)
      .join(' ')
      .replace(/(.{38})/gu, '$1\n'),
  };
  generated = {};
  for (const [name, text] of Object.entries(pages)) {
    const path = join(folder, `${name}.txt`);
    writeFileSync(path, text);
    generated[name] = path;
  }
  return generated;
}

export interface PageRun {
  document: CorpusDocument;
  source: string;
  file: VFile;
  edition: Edition;
}

const runs = new Map<string, Promise<PageRun>>();

/** The edition model of a raw page (built once per path and test file). */
export function pageEdition(path: string): Promise<PageRun> {
  let run = runs.get(path);
  if (!run) {
    run = (async () => {
      const document = await loadDocument(path, CORPUS);
      const { decoded } = await readSource(document.sourcePath);
      const normalized = normalize(decoded.text);
      const file = new VFile({ path: document.displayPath, value: normalized.text });
      const edition = buildEdition(normalized.text, document, file, normalized.changes);
      return { document, source: normalized.text, file, edition };
    })();
    runs.set(path, run);
  }
  return run;
}
