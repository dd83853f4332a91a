/**
 * The review page's script and styles: read from dist/review/ when running the compiled CLI
 * (`npm run build` bundled them there), bundled from client/ on first use when running from
 * the TypeScript sources. Loaded once per process.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../data/package-root.js';
import type { ReviewAssets } from './client-bundle.js';

/** Where `npm run build` puts the bundled assets, relative to the package root. */
export const ASSET_DIR = join('dist', 'review');
export const SCRIPT_FILE = 'review.js';
export const STYLE_FILE = 'review.css';

let assets: Promise<ReviewAssets> | undefined;

/** The page's script and style (once per process; a failed load is retried). */
export function reviewAssets(): Promise<ReviewAssets> {
  assets ??= load().catch((error: unknown) => {
    assets = undefined;
    throw error;
  });
  return assets;
}

async function load(): Promise<ReviewAssets> {
  const root = packageRoot();
  const here = fileURLToPath(import.meta.url);
  if (here.startsWith(join(root, 'dist') + sep)) {
    const folder = join(root, ASSET_DIR);
    const [script, style] = await Promise.all([readFile(join(folder, SCRIPT_FILE), 'utf8'), readFile(join(folder, STYLE_FILE), 'utf8')]);
    return { script, style };
  }
  const { bundleClient } = await import('./client-bundle.js');
  return bundleClient(dirname(here));
}
