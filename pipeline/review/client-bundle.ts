/**
 * The page's script and styles, bundled by esbuild (as the CLI is): the browser code in
 * client/ with i18next and the label resources into one minified IIFE, review.css minified.
 * `npm run build` writes them to dist/review/ (scripts/bundle.mjs); a build run from the
 * TypeScript sources (tests, tsx) bundles them on first use instead (assets.ts). Same esbuild,
 * same options: the same bytes either way.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The inline script and style of review.html. */
export interface ReviewAssets {
  readonly script: string;
  readonly style: string;
}

/** Bundle client/main.ts and review.css from `sourceDir` (this folder in the TypeScript sources). */
export async function bundleClient(sourceDir: string): Promise<ReviewAssets> {
  // esbuild is a build-time tool (a devDependency): loaded only here.
  const { build, transform } = await import('esbuild');
  const result = await build({
    entryPoints: [join(sourceDir, 'client', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    absWorkingDir: sourceDir,
  });
  const css = await transform(await readFile(join(sourceDir, 'review.css'), 'utf8'), { loader: 'css', minify: true, charset: 'utf8' });
  return { script: result.outputFiles[0].text.trim(), style: css.code.trim() };
}
