/**
 * Libraries a build needs only off its usual path, loaded on first use instead of at start:
 * the YAML parser and the schema compiler (a data cache miss, a suppressions file), chardet and
 * iconv-lite (a source that is not UTF-8). Together they are ~1.2 MB of code that every start
 * used to parse (bench/trace.ts showed ~70 ms of the seed's cold build importing them).
 * A plain CommonJS require, so that the bundler leaves them in node_modules.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function ajvModule(): typeof import('ajv') {
  return require('ajv') as typeof import('ajv');
}

export function yamlModule(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

export function chardetModule(): typeof import('chardet') {
  return require('chardet') as typeof import('chardet');
}

export function iconvModule(): typeof import('iconv-lite') {
  return require('iconv-lite') as typeof import('iconv-lite');
}
