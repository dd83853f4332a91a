/**
 * `npm run eval:pages`: build every page of ../shared/pages-dev through the real pipeline (as
 * `kaikyo build page.txt` would, into a temporary folder) and score each edition against the
 * pages' gold (pages-eval.ts): spacing F1 / precision / recall, chrome lines left, titles and
 * authors right, per page and in total. The last line printed is the one-line total.
 *
 * Usage: tsx pipeline/eval/pages-cli.ts [--pages DIR] [--verbose] [--keep DIR]
 *   --pages    default ../shared/pages-dev beside the repository, else $KAIKYO_PAGES_DEV
 *   --verbose  list every missed or extra space and every chrome line left
 *   --keep     build into DIR and keep the outputs (default: a temporary folder, removed)
 * Exit 0 when it scored (it reports, it does not gate); 2 when the pages or gold are missing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../orchestrate/build-corpus.js';
import { blockTexts } from './markdown-paragraphs.js';
import { scorePage, totalLine, totalOf, type PageGold, type PageScore } from './pages-eval.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Parsed command line. */
export interface PagesArgs {
  readonly pages: string | undefined;
  readonly verbose: boolean;
  readonly keep: string | undefined;
}

/** Resolve the pages folder from argv (without node and script) and the environment. */
export function parsePagesArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PagesArgs {
  let pages: string | undefined;
  let keep: string | undefined;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pages') pages = argv[++i];
    else if (argv[i] === '--keep') keep = argv[++i];
    else if (argv[i] === '--verbose' || argv[i] === '-v') verbose = true;
  }
  const beside = resolve(repoRoot, '..', 'shared', 'pages-dev');
  return { pages: pages ? resolve(pages) : existsSync(beside) ? beside : env.KAIKYO_PAGES_DEV, verbose, keep: keep ? resolve(keep) : undefined };
}

const f3 = (x: number) => x.toFixed(3);

function pageLine(score: PageScore): string {
  const authors = score.authorsRight === undefined ? 'n/a' : score.authorsRight ? 'yes' : 'no';
  return [
    score.file.padEnd(44),
    `F1 ${f3(score.f1)} P ${f3(score.precision)} R ${f3(score.recall)}`,
    `fp ${String(score.fp).padStart(2)} fn ${String(score.fn).padStart(2)}`,
    `unaligned ${String(score.unaligned).padStart(3)}/${score.goldChars}`,
    `chrome left ${score.chromeLeft.length}/${score.chromeTotal}`,
    `title ${score.titleRight ? 'yes' : 'no '}`,
    `authors ${authors}`,
  ].join('  ');
}

async function main(): Promise<number> {
  const args = parsePagesArgs(process.argv.slice(2));
  const goldPath = args.pages ? join(args.pages, 'gold.json') : undefined;
  if (!args.pages || !goldPath || !existsSync(goldPath)) {
    console.error(
      `eval:pages: the dev pages are missing: expected ${args.pages ?? resolve(repoRoot, '..', 'shared', 'pages-dev')}/gold.json ` +
        `(../shared/pages-dev beside the repository, or --pages DIR, or KAIKYO_PAGES_DEV)`,
    );
    return 2;
  }
  const gold = JSON.parse(await readFile(goldPath, 'utf8')) as PageGold[];
  const out = args.keep ?? (await mkdtemp(join(tmpdir(), 'kaikyo-eval-pages-')));
  try {
    const paths = gold.map((page) => join(args.pages!, page.file));
    const missing = paths.filter((path) => !existsSync(path));
    if (missing.length > 0) {
      console.error(`eval:pages: page files named in gold.json are missing: ${missing.join(', ')}`);
      return 2;
    }
    const glossary = join(repoRoot, 'glossary');
    const summary = await buildCorpus(paths, { out, corpus: join(repoRoot, 'corpus'), glossary: existsSync(glossary) ? glossary : undefined, force: true, workers: 0 });
    const scores: PageScore[] = [];
    const failed: PageGold[] = [];
    for (const [index, page] of gold.entries()) {
      const result = summary.results[index];
      if (result.status !== 'built') {
        failed.push(page);
        console.log(`${page.file.padEnd(44)}  FAILED  ${result.status === 'failed' ? result.error : result.status}`);
        continue;
      }
      const markdown = await readFile(join(out, result.id, 'edition.md'), 'utf8');
      const score = scorePage(page, markdown, blockTexts(markdown));
      scores.push(score);
      console.log(pageLine(score));
      if (args.verbose) {
        if (!score.titleRight) console.log(`    title: edition ${JSON.stringify(score.title ?? null)}, gold ${JSON.stringify(page.title)}`);
        if (score.authorsRight === false) console.log(`    authors: edition ${JSON.stringify(score.authors)}, gold ${JSON.stringify(page.authors)}`);
        for (const line of score.chromeLeft) console.log(`    chrome left: ${line}`);
        for (const error of score.errors) console.log(`    ${error.kind === 'missed' ? 'missed space' : 'extra space '} ${error.context}`);
      }
    }
    console.log(totalLine(totalOf(scores, failed)));
    return 0;
  } finally {
    if (!args.keep) await rm(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`eval:pages: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
