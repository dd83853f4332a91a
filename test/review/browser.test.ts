/// <reference lib="dom" />
/**
 * The seed's committed review.html in a real browser (Chromium from the system, driven by
 * playwright-core): what a translator sees and does. One finding entry per actionable finding of
 * consistency.json and every placed occurrence marked; no network request and no console error;
 * a click scrolls the edition to the finding; filters; a false positive marked, exported as
 * suppressions YAML, and gone after a rebuild with the compiled CLI; the language switch;
 * screenshots at desktop and narrow widths (paths printed) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSuppressions } from '../../pipeline/consistency/suppressions.js';
import { chromiumAvailable, launchChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/seed.js';

const DOC = 'cha-2004-japan-clusters';
const OUTPUT = join(ROOT, 'output', DOC);
const PAGE_URL = pathToFileURL(join(OUTPUT, 'review.html')).href;
/** Screenshots for a person to look at (KAIKYO_SCREENSHOTS moves them). */
const SHOTS = process.env.KAIKYO_SCREENSHOTS ?? join(tmpdir(), 'kaikyo-review-screenshots');

interface Occurrence {
  occurrenceId: string;
  text: string;
  restored?: boolean;
  edition: { line: number; column: number; offset: number } | null;
}
interface Finding {
  findingId: string;
  ruleId: string;
  severity: string;
  actionable: boolean;
  deviation: string | null;
  id: string | null;
  expected: string | null;
  found: string[];
  occurrences: Occurrence[];
}

const report = JSON.parse(readFileSync(join(OUTPUT, 'consistency.json'), 'utf8')) as { findings: Finding[] };
const actionable = report.findings.filter((finding) => finding.actionable);
const markdown = readFileSync(join(OUTPUT, 'edition.md'), 'utf8');

const run = chromiumAvailable();

describe.runIf(run)('review.html in Chromium', () => {
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const problems: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'kaikyo-review-'));

  /** A fresh tab on the page, watching for requests off file:// and for console errors. */
  async function open(): Promise<Page> {
    const tab = await browser.context.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('blob:')) problems.push(`request: ${request.url()}`);
    });
    await tab.goto(PAGE_URL);
    await tab.locator('#findings h2').first().waitFor();
    return tab;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    page = await open();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('lists one entry per actionable finding and marks every occurrence in place', async () => {
    const listed = await page.locator('#findings li.finding[data-finding]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.finding));
    expect(listed).toHaveLength(actionable.length);
    expect(new Set(listed)).toEqual(new Set(actionable.map((finding) => finding.findingId)));

    const marks = await page.locator('#edition mark[data-finding]').evaluateAll((nodes) =>
      nodes.map((node) => ({ finding: (node as HTMLElement).dataset.finding, rule: (node as HTMLElement).dataset.rule, occurrence: (node as HTMLElement).dataset.occurrence, text: node.firstChild?.nodeType === 3 ? node.textContent : (node.textContent ?? '') })),
    );
    const ids = new Set(actionable.map((finding) => finding.findingId));
    expect(marks.every((mark) => ids.has(mark.finding ?? ''))).toBe(true);
    let placed = 0;
    for (const finding of actionable) {
      for (const occurrence of finding.occurrences) {
        placed += 1;
        const own = marks.filter((mark) => mark.occurrence === occurrence.occurrenceId && mark.finding === finding.findingId);
        expect(own.length, `${finding.ruleId} ${occurrence.text} at edition line ${occurrence.edition?.line}`).toBeGreaterThan(0);
        expect(own.every((mark) => mark.rule === finding.ruleId)).toBe(true);
        const text = own.map((mark) => mark.text).join('').replace(/\s+/g, '');
        expect(text.length).toBeGreaterThan(0);
        // The marked characters are the edition's at the occurrence's offset; a name restored by
        // a correction has no edition place in the report and is marked where it was restored.
        if (occurrence.edition) expect(markdown.slice(occurrence.edition.offset).replace(/\s+/g, '').startsWith(text)).toBe(true);
        else expect([occurrence.restored, text]).toEqual([true, occurrence.text.replace(/\s+/g, '')]);
      }
    }
    expect(placed).toBeGreaterThan(100);
  });

  it('shows the printed page numbers, in order', async () => {
    const pages = await page.locator('#edition .page-marker').evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.page)));
    expect(pages.length).toBeGreaterThan(5);
    expect(pages[0]).toBe(1);
    expect(pages.every((n, i) => i === 0 || n > pages[i - 1])).toBe(true);
    expect(await page.locator('#edition .page-marker').first().textContent()).toBe('1쪽');
  });

  it('counts the findings by rule and severity', async () => {
    const chip = page.locator('button.chip[data-filter="severity"][data-value="warning"] .count');
    expect(Number(await chip.textContent())).toBe(actionable.filter((finding) => finding.severity === 'warning').length);
    const rule = page.locator('button.chip[data-filter="rule"][data-value="nonstandard-rendering"]');
    const count = actionable.filter((finding) => finding.ruleId === 'nonstandard-rendering').length;
    expect(Number(await rule.locator('.count').textContent())).toBe(count);
    // A chip is a filter too.
    await page.locator('.by-rule summary').click();
    await rule.click();
    expect(await page.locator('#findings li.finding').count()).toBe(count);
    expect(await page.inputValue('#filter-rule')).toBe('nonstandard-rendering');
    await rule.click();
    expect(await page.locator('#findings li.finding').count()).toBe(actionable.length);
    await page.locator('.by-rule summary').click();
  });

  it('scrolls the edition to a finding when it is clicked, and highlights it', async () => {
    await page.screenshot({ path: join(SHOTS, 'desktop.png') });
    // The finding whose first place is furthest down the edition.
    const far = [...actionable].filter((finding) => finding.occurrences[0]?.edition).sort((a, b) => b.occurrences[0].edition!.offset - a.occurrences[0].edition!.offset)[0];
    const first = far.occurrences.find((occurrence) => occurrence.edition)!;
    const edition = page.locator('#edition');
    expect(await edition.evaluate((node) => node.scrollTop)).toBe(0);
    await page.locator(`li.finding[data-finding="${far.findingId}"] .finding-toggle`).click();
    const mark = page.locator(`#edition mark[data-occurrence="${first.occurrenceId}"]`).first();
    await expect.poll(() => mark.evaluate((node) => node.classList.contains('current')), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() =>
        mark.evaluate((node) => {
          const box = node.getBoundingClientRect();
          const view = document.getElementById('edition')!.getBoundingClientRect();
          return box.top >= view.top && box.bottom <= view.bottom;
        }),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await edition.evaluate((node) => node.scrollTop)).toBeGreaterThan(1000);
    // The finding's details: glossary card, places with their sentences, the decision form.
    const item = page.locator(`li.finding[data-finding="${far.findingId}"]`);
    expect(await item.locator('.finding-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await item.locator('ol.occurrences > li').count()).toBe(far.occurrences.length);
    await page.screenshot({ path: join(SHOTS, 'desktop-finding-open.png') });
  });

  it('filters by rule, severity and text', async () => {
    await page.selectOption('#filter-rule', 'reading-mismatch');
    const shown = () => page.locator('#findings li.finding[data-finding]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule));
    const rules = await shown();
    expect(rules).toHaveLength(actionable.filter((finding) => finding.ruleId === 'reading-mismatch').length);
    expect(rules.every((rule) => rule === 'reading-mismatch')).toBe(true);
    // Marks of hidden findings are dimmed, the others are not.
    expect(await page.locator('#edition mark[data-rule="reading-mismatch"].dimmed').count()).toBe(0);
    expect(await page.locator('#edition mark[data-rule="nonstandard-rendering"]:not(.dimmed)').count()).toBe(0);
    await page.selectOption('#filter-rule', '');
    await page.selectOption('#filter-severity', 'error');
    expect(await page.locator('#findings li.finding').count()).toBe(actionable.filter((finding) => finding.severity === 'error').length);
    await page.selectOption('#filter-severity', '');
    const target = actionable.find((finding) => finding.ruleId === 'nonstandard-rendering' && finding.found.length > 0)!;
    await page.fill('#filter-search', target.found[0]);
    const found = await page.locator('#findings li.finding[data-finding]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.finding));
    expect(found).toContain(target.findingId);
    expect(found.length).toBeLessThan(actionable.length);
    await page.fill('#filter-search', '');
    expect(await page.locator('#findings li.finding').count()).toBe(actionable.length);
    const deviation = actionable.find((finding) => finding.deviation)!.deviation!;
    await page.selectOption('#filter-deviation', deviation);
    expect(await page.locator('#findings li.finding').count()).toBe(actionable.filter((finding) => finding.deviation === deviation).length);
    await page.click('.filters button[type="reset"]');
    await expect.poll(() => page.locator('#findings li.finding').count(), { timeout: 10_000 }).toBe(actionable.length);
  });

  it('opens a finding from its mark in the text, and shows each of its places', async () => {
    const finding = actionable.find((f) => f.occurrences.length >= 3 && f.occurrences.every((o) => o.edition))!;
    const last = finding.occurrences[finding.occurrences.length - 1];
    await page.locator(`#edition mark[data-occurrence="${last.occurrenceId}"]`).first().click();
    const item = page.locator(`li.finding[data-finding="${finding.findingId}"]`);
    expect(await item.locator('.finding-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('li.finding')?.getAttribute('data-finding'))).toBe(finding.findingId);
    // Each place's button scrolls the edition there.
    for (const occurrence of finding.occurrences.slice(0, 3)) {
      await item.locator(`button.show[data-occurrence="${occurrence.occurrenceId}"]`).click();
      await expect.poll(() => page.locator(`#edition mark.current`).first().getAttribute('data-occurrence'), { timeout: 10_000 }).toBe(occurrence.occurrenceId);
    }
    await item.locator('.finding-toggle').click();
  });

  it('lists what to replace, found form → standard form with counts, by deviation', async () => {
    await page.click('#view-replace');
    const rows = page.locator('.replace-row');
    expect(await rows.count()).toBeGreaterThan(10);
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toMatch(/칸사이\s*→\s*간사이/);
    await page.screenshot({ path: join(SHOTS, 'desktop-replace.png') });
    await page.click('#view-names');
  });

  // The rebuild runs the compiled CLI, which `npm ci` / `npm run build` make (always there in CI).
  const compiled = existsSync(join(ROOT, 'dist', 'bundle', 'main.js')) || process.env.CI === 'true';
  it.runIf(compiled)('marks a false positive, exports it as suppressions, and a rebuild leaves the finding out', async () => {
    const tab = await open();
    const target = actionable.find((finding) => finding.ruleId === 'nonstandard-rendering' && finding.occurrences.length === 1)!;
    const several = actionable.find((finding) => finding.findingId !== target.findingId && finding.occurrences.length >= 2 && finding.occurrences.every((occurrence) => occurrence.edition))!;
    const decide = async (finding: Finding, scope: string, status: string, reason: string) => {
      const item = tab.locator(`li.finding[data-finding="${finding.findingId}"]`);
      if ((await item.locator('.finding-toggle').getAttribute('aria-expanded')) !== 'true') await item.locator('.finding-toggle').click();
      await item.locator('select[name="scope"]').selectOption(scope);
      await item.locator(`input[name="status"][value="${status}"]`).check();
      await item.locator('textarea[name="reason"]').fill(reason);
      await item.locator('button[type="submit"]').click();
    };
    // A reason too short is refused.
    const item = tab.locator(`li.finding[data-finding="${target.findingId}"]`);
    await item.locator('.finding-toggle').click();
    await item.locator('textarea[name="reason"]').fill('short');
    await item.locator('button[type="submit"]').click();
    expect(await item.locator('.error').isVisible()).toBe(true);

    await decide(target, `finding:${target.findingId}`, 'false-positive', 'The author quotes this spelling from a source title.');
    const place = several.occurrences[0];
    await decide(several, `occurrence:${place.occurrenceId}`, 'accepted', 'Kept as the author wrote it in a quotation.');
    await tab.selectOption('#filter-status', 'false-positive');
    expect(await tab.locator('#findings li.finding[data-finding]').evaluateAll((items) => items.map((node) => (node as HTMLElement).dataset.finding))).toEqual([target.findingId]);
    expect(await tab.locator(`#edition mark[data-finding="${target.findingId}"].decided`).count()).toBeGreaterThan(0);
    await tab.selectOption('#filter-status', '');

    // Kept in the browser: a reload still has both decisions.
    await tab.reload();
    await tab.locator('#decision-list li').first().waitFor();
    expect(await tab.locator('#decision-list li').count()).toBe(2);

    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#export-suppressions')]);
    const yaml = readFileSync((await download.path())!, 'utf8');
    const suppressions = parseSuppressions(yaml, 'review.html export');
    expect(suppressions).toEqual([
      expect.objectContaining({ findingId: target.findingId, rule: target.ruleId, status: 'false-positive' }),
      expect.objectContaining({ occurrenceId: place.occurrenceId, rule: several.ruleId, status: 'accepted' }),
    ]);

    const [csvDownload] = await Promise.all([tab.waitForEvent('download'), tab.click('#export-csv')]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + actionable.reduce((sum, finding) => sum + finding.occurrences.length, 0));
    await tab.close();

    // Rebuild with the exported decisions, through the compiled CLI.
    const glossary = join(scratch, 'glossary');
    cpSync(join(ROOT, 'glossary'), glossary, { recursive: true });
    const existing = existsSync(join(glossary, 'suppressions.yaml')) ? readFileSync(join(glossary, 'suppressions.yaml'), 'utf8') : '';
    writeFileSync(join(glossary, 'suppressions.yaml'), `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${yaml}`);
    const out = join(scratch, 'out');
    execFileSync(process.execPath, [join(ROOT, 'bin', 'kaikyo.js'), 'build', '--out', out, '--glossary', glossary, '--corpus', join(ROOT, 'corpus'), '--quiet'], { cwd: ROOT, stdio: 'pipe' });
    const rebuilt = (JSON.parse(readFileSync(join(out, DOC, 'consistency.json'), 'utf8')) as { findings: Finding[] }).findings;
    expect(rebuilt.some((finding) => finding.findingId === target.findingId)).toBe(false);
    const kept = rebuilt.find((finding) => finding.findingId === several.findingId);
    expect(kept?.occurrences.map((occurrence) => occurrence.occurrenceId)).toEqual(several.occurrences.slice(1).map((occurrence) => occurrence.occurrenceId));
    const html = readFileSync(join(out, DOC, 'review.html'), 'utf8');
    expect(html).not.toContain(`data-finding="${target.findingId}"`);
    expect(html).not.toContain(`data-occurrence="${place.occurrenceId}"`);
  });

  it.runIf(compiled)('marks every place on a paper it has never seen (a raw text file, shared places nested)', async () => {
    const raw = join(scratch, 'new-paper.txt');
    writeFileSync(raw, '머리말\n\n칸사이(関西) 지역과 간사이 광역, 그리고 카토우(加藤, 2002)의 논의를 본다. 토야마현(富山県)과 도야마현은 같은 곳이다.\n\n(1)\n\n둘째 쪽에서도 칸사이 지역과 테크노브릿지 계획을 다룬다.\n');
    const out = join(scratch, 'out-new');
    execFileSync(process.execPath, [join(ROOT, 'bin', 'kaikyo.js'), 'build', raw, '--out', out, '--glossary', join(ROOT, 'glossary'), '--corpus', join(ROOT, 'corpus'), '--quiet'], { cwd: ROOT, stdio: 'pipe' });
    const built = (JSON.parse(readFileSync(join(out, 'new-paper', 'consistency.json'), 'utf8')) as { findings: Finding[] }).findings.filter((finding) => finding.actionable);
    expect(built.length).toBeGreaterThan(2);
    const tab = await browser.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(pathToFileURL(join(out, 'new-paper', 'review.html')).href);
    expect(await tab.locator('#findings li.finding').count()).toBe(built.length);
    for (const finding of built) {
      for (const occurrence of finding.occurrences.filter((o) => o.edition)) {
        const text = await tab.locator(`#edition mark[data-finding="${finding.findingId}"][data-occurrence="${occurrence.occurrenceId}"]`).allTextContents();
        expect(text.join(''), `${finding.ruleId} ${occurrence.text}`).toBe(occurrence.text);
      }
    }
    await tab.screenshot({ path: join(SHOTS, 'new-paper.png') });
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('switches language', async () => {
    await page.selectOption('#language-select', 'en');
    expect(await page.locator('#findings-heading').textContent()).toBe('Findings');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#edition .page-marker').first().textContent()).toBe('p. 1');
    expect(await page.locator('#edition section.footnotes > h2').textContent()).toBe('Footnotes');
    expect(await page.locator('#findings').getAttribute('aria-label')).toBe('Findings');
    const message = await page.locator('li.finding .message').first().textContent();
    expect(message).toMatch(/[a-z]{3,}/);
    await page.screenshot({ path: join(SHOTS, 'desktop-en.png') });
    await page.selectOption('#language-select', 'ja');
    expect(await page.locator('#findings-heading').textContent()).toBe('指摘');
    await page.selectOption('#language-select', 'ko');
    expect(await page.locator('#findings-heading').textContent()).toBe('지적');
  });

  it('works at a narrow width and by keyboard', async () => {
    const tab = await open();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.screenshot({ path: join(SHOTS, 'narrow.png') });
    // The skip link is the first stop and leads to the findings.
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('findings');
    // A finding opens from the keyboard and scrolls the edition.
    const toggle = tab.locator('li.finding .finding-toggle').nth(3);
    await toggle.focus();
    await tab.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await tab.locator('#edition mark.current').count()).toBeGreaterThan(0);
    await tab.locator('#edition mark.current').first().scrollIntoViewIfNeeded();
    await tab.screenshot({ path: join(SHOTS, 'narrow-finding.png') });
    await tab.close();
    console.log(`review.html screenshots: ${SHOTS}`);
  });

  it('keeps text contrast at WCAG AA (4.5:1) on the page\'s parts', async () => {
    const low = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (node: Element | null): number[] => {
        for (let at = node; at; at = at.parentElement) {
          const color = rgb(getComputedStyle(at).backgroundColor);
          if (color.length === 3 || (color.length === 4 && color[3] > 0.5)) return color.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const selectors = ['.finding-toggle .rule-name', '.badge', '.message', '.count', '.forms .form-found', '.forms .form-expected', '#edition mark', '#edition p', '.page-marker', '.chip', '.views button', '.filters label', '.summary', 'button.link', '.group-ko', 'button.primary', '.exports button'];
      const problems: string[] = [];
      for (const selector of selectors) {
        const node = document.querySelector(selector);
        if (!node) continue;
        const a = luminance(rgb(getComputedStyle(node).color).slice(0, 3));
        const b = luminance(background(node));
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) problems.push(`${selector}: ${ratio.toFixed(2)}`);
      }
      return problems;
    });
    expect(low).toEqual([]);
  });

  it('made no network request and logged no console error', () => {
    expect(problems).toEqual([]);
  });
});
