/**
 * Parse one glossary YAML file and validate it against glossary/schema.json. Pure apart from the
 * compiled validator it is given: text in, entries and problems out, nothing thrown.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { GlossaryError } from './error.js';
import { nodeAt, placeOf, pointerSteps, type PathStep, type Place } from './locate.js';
import type { GlossaryEntry, GlossaryEntryData } from './schema.js';

/** An entry together with a way to find its fields in the file, for checks across files. */
export interface LocatedEntry {
  readonly entry: GlossaryEntry;
  /** 1-based place of a field path inside this entry (`['variants', 2]`). */
  place(path: readonly PathStep[]): Place;
}

/** What one file yields: its entries when it is valid, its problems when it is not. */
export interface ParsedFile {
  readonly entries: readonly LocatedEntry[];
  readonly problems: readonly GlossaryError[];
}

/**
 * Parse `text` (the contents of `file`) and validate it. A file with any problem yields no
 * entries: checks across files only see data that passed the schema.
 */
export function parseGlossaryFile(text: string, file: string, validate: ValidateFunction): ParsedFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => {
      // error.pos is a pair of 0-based offsets.
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return new GlossaryError(file, line, col, '', `YAML: ${error.message.split('\n')[0]}`);
    });
    return { entries: [], problems };
  }
  let data: unknown;
  try {
    // Resolving aliases can throw: the yaml library stops an alias bomb here ("Excessive alias count").
    data = document.toJS();
  } catch (error) {
    return { entries: [], problems: [new GlossaryError(file, 1, 1, '', `YAML: ${(error as Error).message.split('\n')[0]}`)] };
  }
  if (!validate(data)) {
    return { entries: [], problems: schemaProblems(validate.errors ?? [], document, lineCounter, file, data) };
  }
  const entries = (data as GlossaryEntryData[]).map((item, index) => locate(item, index, document, lineCounter, file));
  return { entries, problems: [] };
}

/** Turn ajv's errors into problems, one per place and field. */
function schemaProblems(
  errors: readonly ErrorObject[],
  document: Document,
  lineCounter: LineCounter,
  file: string,
  data: unknown,
): GlossaryError[] {
  const seen = new Set<string>();
  const problems: GlossaryError[] = [];
  for (const error of errors) {
    const steps = pointerSteps(error.instancePath);
    let field = steps.slice(1).join('.');
    let node = nodeAt(document, steps);
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      field = joinField(field, missing);
    } else if (error.keyword === 'additionalProperties') {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      field = joinField(field, extra);
      node = nodeAt(document, [...steps, extra], true);
    }
    const place = placeOf(node, lineCounter);
    const reason = describe(error, valueAt(data, steps));
    const key = `${place.line}:${place.column}:${field}:${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(new GlossaryError(file, place.line, place.column, field, reason));
  }
  return problems;
}

function joinField(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}

/** A sentence for one ajv error; the offending value is quoted when it is short text. */
function describe(error: ErrorObject, value: unknown): string {
  switch (error.keyword) {
    case 'required':
      return 'missing required field';
    case 'additionalProperties':
      return 'unknown field';
    case 'enum':
      return `${quoted(value)}must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    default:
      return `${quoted(value)}${error.message ?? error.keyword}`;
  }
}

function quoted(value: unknown): string {
  return typeof value === 'string' && value.length <= 40 ? `${JSON.stringify(value)} ` : '';
}

/** The plain value at a path of the parsed data, for messages. */
function valueAt(data: unknown, steps: readonly string[]): unknown {
  let value = data;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** Default the optional lists, record the origin, and keep the document for later places. */
function locate(
  item: GlossaryEntryData,
  index: number,
  document: Document,
  lineCounter: LineCounter,
  file: string,
): LocatedEntry {
  const start = placeOf(nodeAt(document, [index]), lineCounter);
  const entry: GlossaryEntry = Object.freeze({
    id: item.id,
    kind: item.kind,
    ja: item.ja,
    variants: Object.freeze([...(item.variants ?? [])]),
    reading: item.reading,
    ...(item.pronunciation === undefined ? {} : { pronunciation: item.pronunciation }),
    romaji: item.romaji,
    ko: item.ko,
    koBasis: item.koBasis ?? 'transcription',
    accepted: Object.freeze([...(item.accepted ?? [])]),
    nonstandard: Object.freeze([...(item.nonstandard ?? [])]),
    ambiguousWith: Object.freeze([...(item.ambiguousWith ?? [])]),
    ...(item.notes === undefined ? {} : { notes: item.notes }),
    sources: Object.freeze([...item.sources]),
    examples: Object.freeze((item.examples ?? []).map((example) => Object.freeze({ ...example }))),
    origin: Object.freeze({ file, line: start.line }),
  });
  return {
    entry,
    place: (path) => placeOf(nodeAt(document, [index, ...path]), lineCounter),
  };
}
