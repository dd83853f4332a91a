// The page scorer of `npm run eval:pages`: first on the real dev pages, where two answers are
// known without the pipeline (the raw text scores what ../shared/pages-dev/README.md says, the
// gold scores perfectly), then on small cases of each part of the score.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '../../pipeline/eval/markdown-paragraphs.js';
import { parsePagesArgs } from '../../pipeline/eval/pages-cli.js';
import { bodyLineText, chromeLeft, readFrontMatter, scorePage, scorePageSpacing, splitFrontMatter, totalOf, type PageGold } from '../../pipeline/eval/pages-eval.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGES = resolve(ROOT, '..', 'shared', 'pages-dev');

describe.runIf(existsSync(join(PAGES, 'gold.json')))('page scorer on ../shared/pages-dev', () => {
  const gold = JSON.parse(readFileSync(join(PAGES, 'gold.json'), 'utf8')) as PageGold[];

  it('scores the raw text as the README says (F1 0.959, every chrome line left)', () => {
    const scores = gold.map((page) => {
      const raw = readFileSync(join(PAGES, page.file), 'utf8');
      return scorePage(page, `---\n---\n${raw}`, raw.split('\n'));
    });
    const total = totalOf(scores, []);
    expect(total.f1).toBeCloseTo(0.959, 3);
    expect(total.fn).toBe(0); // the raw text loses no real space
    expect(total.chromeLeft).toBe(total.chromeTotal);
  });

  it('scores the gold itself perfectly', () => {
    const scores = gold.map((page) => {
      const paragraphs = page.paragraphs.map((paragraph) => paragraph.replace(/¦/g, ''));
      const matter = `${page.title ? `title: ${JSON.stringify(page.title)}\n` : ''}authors: ${JSON.stringify(page.authors ?? [])}\n`;
      const markdown = `---\n${matter}---\n\n${paragraphs.join('\n\n')}\n`;
      return scorePage(page, markdown, blockTexts(markdown));
    });
    const total = totalOf(scores, []);
    expect(total.f1).toBe(1);
    expect(total.chromeLeft).toBe(0);
    expect(total.titlesRight).toBe(gold.length);
    expect(total.authorsRight).toBe(total.authorsScored);
  });
});

describe('page scorer parts', () => {
  it('aligns across a footnote reference the edition renders as markup', () => {
    const score = scorePageSpacing(['농업 생산 활동7)과 다면적 기능을'], ['농업 생산 활동과 다면적 기능을']);
    expect(score).toMatchObject({ tp: 4, fp: 0, fn: 0, unaligned: 2 });
  });

  it('counts a wrap space left and a real space lost', () => {
    const score = scorePageSpacing(['- 농업 생산 활동을 전국적으로'], ['-농업 생산 활동을 전 국적으로']);
    expect(score).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });

  it('finds chrome as a line, as a run glued to a list marker, and not inside a number', () => {
    const body = '• 검색 결과가 없습니다.\n\n중산간지역 등 직접지불제도❍ 이 교부단가는\n\n합계 2,000원\n';
    expect(chromeLeft(['• 검색 결과가 없습니다.', '중산간지역 등 직접지불제도', '0', '000원'], body)).toEqual(['• 검색 결과가 없습니다.', '중산간지역 등 직접지불제도']);
    expect(chromeLeft(['- 8 years ago'], '\\- 8 years ago\n')).toEqual(['- 8 years ago']);
    // Text the gold keeps is not chrome, however it reads.
    expect(chromeLeft(['사례'], '자료집. 사례. 편역\n', ['자료집.¦사례.¦편역'])).toEqual([]);
  });

  it('reads title and authors from either front-matter shape; empty means absent', () => {
    expect(readFrontMatter(splitFrontMatter('---\ntitle: ""\nauthor: ""\nyear: 0\n---\n본문\n').matter)).toEqual({ authors: [] });
    expect(readFrontMatter({ title: '제목', authors: [{ name: '김태곤', affiliation: 'KREI' }, '전지연'] })).toEqual({ title: '제목', authors: ['김태곤', '전지연'] });
    expect(bodyLineText('- \\- 농업')).toBe('- 농업');
  });

  it('a null gold title is right only when the edition gives none', () => {
    const page: PageGold = { file: 'x', title: null, authors: [], chrome: [], paragraphs: ['본문'] };
    expect(scorePage(page, '---\n---\n본문\n', ['본문']).titleRight).toBe(true);
    expect(scorePage(page, '---\ntitle: 섹션\n---\n본문\n', ['본문']).titleRight).toBe(false);
  });

  it('finds ../shared/pages-dev beside the repository, or the folder given', () => {
    expect(parsePagesArgs(['--pages', '/x/y']).pages).toBe('/x/y');
    expect(parsePagesArgs([], {}).pages ?? '').toMatch(existsSync(PAGES) ? /pages-dev$/ : /^$/);
  });
});
