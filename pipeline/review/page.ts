/**
 * The page around the edition: one self-contained HTML file (script, styles and data inline)
 * that works from file:// with no network. A Content-Security-Policy allows only the page's
 * own script and style (by their digests) and no fetch of any kind: whatever the edition's text
 * holds, it cannot run or load anything. All text goes through hast, which escapes it; the data
 * is JSON in a non-executed script element with `<`, `>` and `&` escaped.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ReviewAssets } from './client-bundle.js';
import { DATA_ELEMENT_ID, type ReviewData } from './types.js';

/** Static labels in the build's language (the script relabels them when the reader switches). */
export interface PageLabels {
  readonly title: string;
  readonly heading: string;
  readonly skip: string;
  readonly edition: string;
  readonly findings: string;
  readonly noscript: string;
}

/** The whole page as HTML. */
export function pageHtml(edition: Root, data: ReviewData, assets: ReviewAssets, labels: PageLabels): string {
  // Inline code cannot hold its own end tag; esbuild escapes it in strings, this guards the rest.
  if (/<\/script/i.test(assets.script) || /<\/style/i.test(assets.style)) throw new Error('review page: the bundled script or style holds an end tag');
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(assets.script)}'`,
    `style-src '${sha256(assets.style)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: data.lang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'kaikyo' }),
          h('title', labels.title),
          h('style', assets.style),
        ]),
        h('body', [
          h('a.skip-link', { href: '#findings', dataI18n: 'skip' }, labels.skip),
          h('header.top', [h('h1', [h('span', { dataI18n: 'heading' }, labels.heading), ' ', h('span.doc-title', data.title)]), h('div#language.language')]),
          h('div.layout', [
            h('main#edition.edition', { tabIndex: -1, ariaLabelledby: 'edition-heading' }, [h('h2#edition-heading.visually-hidden', { dataI18n: 'edition' }, labels.edition), ...edition.children]),
            h('aside#findings.panel', { tabIndex: -1, ariaLabel: labels.findings }, [h('noscript', labels.noscript)]),
          ]),
          h('script', { type: 'application/json', id: DATA_ELEMENT_ID }, embedJson(data)),
          h('script', assets.script),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree, { allowDangerousHtml: false })}\n`;
}

/** JSON safe inside a script element: no `</script>`, no comment opener, no entity. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
