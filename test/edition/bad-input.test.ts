// Bad input of the kinds the sites produce: a page of an unknown site, a page cut mid-word, a
// page that is nothing but chrome, a page with no Korean. Each builds alone, says what it found,
// keeps every character (test/invariants.test.ts checks that on the same pages) and removes no
// line it is not sure is chrome.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringifyEdition } from '../../pipeline/edition/stringify.js';
import { editionToMdast } from '../../pipeline/edition/to-mdast.js';
import { generatedPages, pageEdition } from '../helpers/pages.js';

const build = async (name: string) => {
  const run = await pageEdition(generatedPages()[name]);
  return { run, markdown: stringifyEdition(editionToMdast(run.edition, run.document.meta)), rules: run.file.messages.map((message) => message.ruleId) };
};

describe('bad input', () => {
  it('a page of an unknown site keeps every line and says so', async () => {
    const { run, markdown, rules } = await build('unknown-site');
    expect(run.document.site).toBeUndefined();
    expect(rules).toContain('site-unknown');
    expect(run.edition.apparatus.filter((entry) => entry.kind === 'chrome')).toEqual([]);
    expect(markdown).toContain('HOME | LOGIN | 자료실');
    // Its title and byline are still found below the unknown lines.
    expect(run.edition.front).toMatchObject({ title: '일본의 산업클러스터 개념과 정책동향', authors: [{ name: '차상룡', affiliation: '일본 규슈대학 대학원 박사과정' }] });
  });

  it('a page of nothing but chrome builds an empty edition with a warning', async () => {
    const { run, markdown, rules } = await build('only-chrome');
    expect(rules).toContain('edition-empty');
    expect(run.edition.items).toEqual([]);
    expect(markdown.replace(/^---\n[\s\S]*?\n---\n/, '').trim()).toBe('');
    expect(run.edition.apparatus.filter((entry) => entry.kind === 'chrome').length).toBeGreaterThan(10);
  });

  it('a page cut mid-word keeps the cut word', async () => {
    const { run, markdown } = await build('full-page-cut');
    const raw = readFileSync(generatedPages()['full-page-cut'], 'utf8').trimEnd();
    const lastWord = raw.slice(raw.lastIndexOf(' ') + 1);
    expect(markdown.trimEnd().endsWith(lastWord)).toBe(true);
    expect(run.document.site?.id).toBe('doc-sharing');
  });

  it('a page with no Korean builds, and its language is what its letters say', async () => {
    const english = await build('no-korean');
    expect(english.run.edition.front?.language).toBe('en');
    expect(english.markdown).toContain('The cluster programmes of METI and MEXT');
    const japanese = await build('japanese');
    expect(japanese.run.edition.front?.language).toBe('ja');
  });

  it('recognises each generated site shape by itself, and records the site title as metadata', async () => {
    expect((await build('article-excerpt')).run.edition.site).toEqual({ siteTitle: '클러스터 전략의 성립배경' });
    expect((await build('article-with-source')).run.edition.site).toEqual({ siteTitle: '시대적 상황', siteDocument: '일본의 산업클러스터 개념과 정책동향', sitePages: '2-4' });
    const docsplayer = await build('docsplayer');
    expect(docsplayer.run.document.site?.id).toBe('docsplayer');
    expect(docsplayer.markdown).not.toMatch(/years ago|Transcription/);
  });
});
