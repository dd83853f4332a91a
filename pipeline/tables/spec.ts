/**
 * The per-document table description (corpus/<doc>/tables.yaml): which block each output table
 * comes from, the cues its parser needs, the claims in the running text to check the tables
 * against, and the programme facts to collect. Loaded once per document, validated with a JSON
 * Schema; a bad entry (including a pattern that does not compile) is a DataError naming the
 * file, 1-based line and column, and the field.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DataError } from '../data/data-error.js';
import { locateInYaml, parseYamlData } from '../data/load-yaml.js';
import { compileDataPattern, UnsafePatternError } from '../data/patterns.js';

export interface BlockRef {
  readonly kind: 'figure' | 'table';
  readonly number: number;
}

interface TableBase {
  readonly title: string;
  readonly block: BlockRef;
  /** Column headings of the GFM rendering, in order. */
  readonly columns: string[];
  /** Compact-prefix cue of the printed header line, which is skipped. */
  readonly header?: string;
}

/** Table 1 shape: group headings followed by items "name(details)". */
export interface GroupedListSpec extends TableBase {
  readonly parser: 'grouped-list';
  readonly group: RegExp;
  readonly details: RegExp;
  readonly fields: { readonly pattern: RegExp; readonly separator: RegExp };
  readonly counts: { readonly firms: RegExp; readonly universities: RegExp };
  readonly outlier: { readonly median: number; readonly range: number };
}

/** Figure 2 shape: a group label line, then numbered items (or one item on the label line). */
export interface FigureGroupsSpec extends TableBase {
  readonly parser: 'figure-groups';
  readonly linksTo: string;
  readonly group: RegExp;
  readonly item: RegExp;
  readonly minSimilarity: number;
}

export interface CategorySpec {
  readonly id: string;
  readonly name: string;
  readonly cues: string[];
}

/** Table 2 shape: category lines with totals, then measures "name - budget - description". */
export interface BudgetTreeSpec extends TableBase {
  readonly parser: 'budget-tree';
  readonly budget: RegExp;
  readonly qualifier: RegExp;
  readonly mark: RegExp;
  readonly sumTolerance: number;
  readonly categories: CategorySpec[];
  /** Words of the paper's table for the display: a category's total row, a budget that is new. */
  readonly labels: { readonly totalLabel: string; readonly newLabel: string };
}

/** Table 3 shape: anchored item lines, each followed by its criteria lines. */
export interface AnchoredListSpec extends TableBase {
  readonly parser: 'anchored-list';
  readonly anchors: string[];
  readonly split: { readonly after: string; readonly minLength: number };
}

/** Figure 3 shape: a number alone on a line, then "name - area - area". */
export interface NumberedListSpec extends TableBase {
  readonly parser: 'numbered-list';
  readonly trial?: { readonly cue: RegExp; readonly separator: RegExp };
}

export interface CellSpec {
  readonly id: string;
  /** The cell text must match (hard constraint). */
  readonly pattern?: RegExp;
  /** The cell text usually ends so (a strong preference). */
  readonly end?: RegExp;
}

/** Table 4 shape: rows opened by a cue, cells in order, split by cues and line breaks. */
export interface CellSequenceSpec extends TableBase {
  readonly parser: 'cell-sequence';
  readonly linksTo: string;
  readonly rowStart: RegExp;
  readonly group: RegExp;
  readonly continuation: { readonly endings: RegExp; readonly openings: RegExp };
  readonly cells: CellSpec[];
  readonly hints: Array<{ readonly before: string; readonly reason: string }>;
  readonly themes: { readonly more: RegExp; readonly total: RegExp };
  readonly institutions: { readonly separator: RegExp; readonly suffix: RegExp };
  readonly government: { readonly separator: RegExp };
}

export type TableDescription = GroupedListSpec | FigureGroupsSpec | BudgetTreeSpec | AnchoredListSpec | NumberedListSpec | CellSequenceSpec;

export interface Measure {
  readonly table?: string;
  readonly op: 'rows' | 'distinct' | 'sum' | 'category' | 'category-total' | 'category-share' | 'listed' | 'listed-members' | 'claims';
  readonly field?: string;
  readonly category?: string;
  readonly where?: Record<string, string | number | boolean>;
  readonly group?: string;
  readonly of?: string[];
}

export interface ClaimCheck {
  /** The named group of the cue that holds the claimed number. */
  readonly value: string;
  readonly measure: Measure;
  /** Allowed absolute difference (default 0). */
  readonly absolute?: number;
  /** Allowed difference relative to the claim (the text says 약). */
  readonly relative?: number;
  /** What a reader should know when the check fails. */
  readonly note?: string;
  /**
   * `upper`: the measure is an upper bound of the claim, not its value: a sum of participations
   * (a university counted once per project it takes part in) is at least the number of
   * distinct participants the text gives. A claim at or below the measure agrees.
   */
  readonly bound?: 'upper';
}

export interface ClaimSpec {
  readonly id: string;
  readonly cue: RegExp;
  readonly checks: ClaimCheck[];
}

export interface ProgrammeSpec {
  readonly id: string;
  readonly tables: string[];
  readonly name: RegExp;
  readonly start: RegExp;
  readonly facts: Array<{ readonly id: string; readonly cue: RegExp }>;
  readonly budgets: Array<{ readonly cue: RegExp; readonly basis: 'initial' | 'revised' }>;
}

export interface TableSpec {
  /** The file the description came from, as shown in messages. */
  readonly file: string;
  readonly tables: Map<string, TableDescription>;
  readonly claims: ClaimSpec[];
  readonly programmes: ProgrammeSpec[];
}

const pattern = { type: 'string', minLength: 1 } as const;
const text = { type: 'string', minLength: 1 } as const;
const block = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'number'],
  properties: { kind: { enum: ['figure', 'table'] }, number: { type: 'integer', minimum: 1 } },
} as const;
const base = { title: text, block, columns: { type: 'array', minItems: 1, items: text }, header: text, parser: {} } as const;
const baseRequired = ['title', 'parser', 'block', 'columns'] as const;

const tableSchemas = [
  {
    if: { type: 'object', properties: { parser: { const: 'grouped-list' } } },
    then: {
      type: 'object',
      additionalProperties: false,
      required: [...baseRequired, 'group', 'details', 'fields', 'counts', 'outlier'],
      properties: {
        ...base,
        group: pattern,
        details: pattern,
        fields: { type: 'object', additionalProperties: false, required: ['pattern', 'separator'], properties: { pattern, separator: pattern } },
        counts: { type: 'object', additionalProperties: false, required: ['firms', 'universities'], properties: { firms: pattern, universities: pattern } },
        outlier: {
          type: 'object',
          additionalProperties: false,
          required: ['median', 'range'],
          properties: { median: { type: 'number', exclusiveMinimum: 1 }, range: { type: 'number', minimum: 1 } },
        },
      },
    },
  },
  {
    if: { type: 'object', properties: { parser: { const: 'figure-groups' } } },
    then: {
      type: 'object',
      additionalProperties: false,
      required: [...baseRequired, 'linksTo', 'group', 'item', 'minSimilarity'],
      properties: { ...base, linksTo: text, group: pattern, item: pattern, minSimilarity: { type: 'number', minimum: 0, maximum: 1 } },
    },
  },
  {
    if: { type: 'object', properties: { parser: { const: 'budget-tree' } } },
    then: {
      type: 'object',
      additionalProperties: false,
      required: [...baseRequired, 'budget', 'qualifier', 'mark', 'sumTolerance', 'categories', 'labels'],
      properties: {
        ...base,
        budget: pattern,
        qualifier: pattern,
        mark: pattern,
        sumTolerance: { type: 'number', minimum: 0 },
        labels: {
          type: 'object',
          additionalProperties: false,
          required: ['totalLabel', 'newLabel'],
          properties: { totalLabel: text, newLabel: text },
        },
        categories: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name', 'cues'],
            properties: { id: text, name: text, cues: { type: 'array', items: text } },
          },
        },
      },
    },
  },
  {
    if: { type: 'object', properties: { parser: { const: 'anchored-list' } } },
    then: {
      type: 'object',
      additionalProperties: false,
      required: [...baseRequired, 'anchors', 'split'],
      properties: {
        ...base,
        anchors: { type: 'array', minItems: 1, items: text },
        split: {
          type: 'object',
          additionalProperties: false,
          required: ['after', 'minLength'],
          properties: { after: text, minLength: { type: 'integer', minimum: 1 } },
        },
      },
    },
  },
  {
    if: { type: 'object', properties: { parser: { const: 'numbered-list' } } },
    then: {
      type: 'object',
      additionalProperties: false,
      required: [...baseRequired],
      properties: {
        ...base,
        trial: { type: 'object', additionalProperties: false, required: ['cue', 'separator'], properties: { cue: pattern, separator: text } },
      },
    },
  },
  {
    if: { type: 'object', properties: { parser: { const: 'cell-sequence' } } },
    then: {
      type: 'object',
      additionalProperties: false,
      required: [...baseRequired, 'linksTo', 'rowStart', 'group', 'continuation', 'cells', 'themes', 'institutions', 'government'],
      properties: {
        ...base,
        linksTo: text,
        rowStart: pattern,
        group: pattern,
        continuation: { type: 'object', additionalProperties: false, required: ['endings', 'openings'], properties: { endings: pattern, openings: pattern } },
        cells: {
          type: 'array',
          minItems: 2,
          items: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: text, pattern, end: pattern } },
        },
        hints: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['before', 'reason'], properties: { before: text, reason: text } },
        },
        themes: { type: 'object', additionalProperties: false, required: ['more', 'total'], properties: { more: pattern, total: pattern } },
        institutions: { type: 'object', additionalProperties: false, required: ['separator', 'suffix'], properties: { separator: pattern, suffix: pattern } },
        government: { type: 'object', additionalProperties: false, required: ['separator'], properties: { separator: pattern } },
      },
    },
  },
] as const;

const measureSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['op'],
  properties: {
    table: text,
    op: { enum: ['rows', 'distinct', 'sum', 'category', 'category-total', 'category-share', 'listed', 'listed-members', 'claims'] },
    field: text,
    category: text,
    where: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    group: text,
    of: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z0-9-]+\\.[A-Za-z0-9]+$' } },
  },
} as const;

/** JSON Schema of tables.yaml. */
export const tableSpecSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tables'],
  properties: {
    tables: {
      type: 'object',
      propertyNames: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: {
        type: 'object',
        required: ['parser'],
        properties: { parser: { enum: ['grouped-list', 'figure-groups', 'budget-tree', 'anchored-list', 'numbered-list', 'cell-sequence'] } },
        allOf: tableSchemas,
      },
    },
    claims: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'cue', 'checks'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          cue: pattern,
          checks: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['value', 'measure'],
              properties: { value: text, measure: measureSchema, absolute: { type: 'number', minimum: 0 }, relative: { type: 'number', minimum: 0 }, note: text, bound: { enum: ['upper'] } },
            },
          },
        },
      },
    },
    programmes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'tables', 'name', 'start'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9-]+$' },
          tables: { type: 'array', items: text },
          name: pattern,
          start: pattern,
          facts: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['id', 'cue'], properties: { id: text, cue: pattern } },
          },
          budgets: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['cue', 'basis'], properties: { cue: pattern, basis: { enum: ['initial', 'revised'] } } },
          },
        },
      },
    },
  },
} as const;

/** Keys of the description whose values are regular expressions, by their last path segments. */
const PATTERN_FIELDS = new Set([
  'group', 'details', 'pattern', 'separator', 'firms', 'universities', 'item', 'budget', 'qualifier', 'mark',
  'cue', 'rowStart', 'endings', 'openings', 'end', 'more', 'total', 'name', 'start', 'suffix',
]);

/**
 * Read `<folder>/tables.yaml` if it exists. `shown` is how the file is named in errors
 * (default: relative to the working directory).
 */
export async function loadTableSpecFile(folder: string, shown?: string): Promise<TableSpec | undefined> {
  const path = join(folder, 'tables.yaml');
  if (!existsSync(path)) return undefined;
  const name = shown ?? relative(process.cwd(), path);
  return parseTableSpec(await readFile(path, 'utf8'), name);
}

/** Validate and compile a table description from its YAML text; `file` names it in errors. */
export function parseTableSpec(source: string, file: string): TableSpec {
  const raw = parseYamlData<RawSpec>(source, file, tableSpecSchema);
  const fail = (path: Array<string | number>, problem: string): never => {
    const place = locateInYaml(source, path.map(String));
    throw new DataError(file, place.line, place.column, path.join('.'), problem);
  };
  const compile = (value: unknown, path: Array<string | number>): unknown => {
    if (typeof value === 'string' && PATTERN_FIELDS.has(String(path[path.length - 1])) && !isPlainText(path)) {
      try {
        return compileDataPattern(value, 'u');
      } catch (error) {
        return fail(path, error instanceof UnsafePatternError ? `unsafe pattern: ${error.message}` : `bad pattern: ${(error as Error).message}`);
      }
    }
    if (Array.isArray(value)) return value.map((item, index) => compile(item, [...path, index]));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compile(item, [...path, key])]));
    }
    return value;
  };

  const tables = new Map<string, TableDescription>();
  for (const [id, table] of Object.entries(raw.tables).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const compiled = compile(table, ['tables', id]) as TableDescription;
    tables.set(id, compiled.parser === 'cell-sequence' ? { ...compiled, hints: compiled.hints ?? [] } : compiled);
  }
  // References between entries are checked here, so a typo is a DataError and not a silent miss.
  for (const [id, table] of tables) {
    if ('linksTo' in table && !tables.has(table.linksTo)) fail(['tables', id, 'linksTo'], `no table "${table.linksTo}" in this file`);
  }
  const claims = (raw.claims ?? []).map((claim, index) => compile(claim, ['claims', index]) as ClaimSpec);
  claims.forEach((claim, index) => {
    const groups = groupNames(claim.cue);
    claim.checks.forEach((check, k) => {
      const at = ['claims', index, 'checks', k];
      if (!groups.has(check.value)) fail([...at, 'value'], `the cue has no named group "${check.value}"`);
      const measure = check.measure;
      if (measure.table !== undefined && !tables.has(measure.table)) fail([...at, 'measure', 'table'], `no table "${measure.table}" in this file`);
      if (measure.group !== undefined && !groups.has(measure.group)) fail([...at, 'measure', 'group'], `the cue has no named group "${measure.group}"`);
      const needsTable = !['listed', 'listed-members', 'claims'].includes(measure.op);
      if (needsTable && measure.table === undefined) fail([...at, 'measure'], `op "${measure.op}" needs a table`);
      if ((measure.op === 'listed' || measure.op === 'listed-members') && measure.group === undefined) fail([...at, 'measure'], `op "${measure.op}" needs a group`);
      if (measure.op === 'claims' && !measure.of) fail([...at, 'measure'], 'op "claims" needs "of"');
      if ((measure.op === 'sum' || measure.op === 'distinct') && !measure.field) fail([...at, 'measure'], `op "${measure.op}" needs a field`);
      if (measure.op.startsWith('category') && !measure.field) fail([...at, 'measure'], `op "${measure.op}" needs a field`);
      if ((measure.op === 'category' || measure.op === 'category-share') && !measure.category) fail([...at, 'measure'], `op "${measure.op}" needs a category`);
    });
  });
  const programmes = (raw.programmes ?? []).map((programme, index) => {
    const compiled = compile(programme, ['programmes', index]) as ProgrammeSpec;
    programme.tables.forEach((table, k) => {
      if (!tables.has(table)) fail(['programmes', index, 'tables', k], `no table "${table}" in this file`);
    });
    return { ...compiled, facts: compiled.facts ?? [], budgets: compiled.budgets ?? [] };
  });
  return { file, tables, claims, programmes };
}

interface RawSpec {
  tables: Record<string, Record<string, unknown>>;
  claims?: Array<Record<string, unknown>>;
  programmes?: Array<{ tables: string[] } & Record<string, unknown>>;
}

// Category names, anchors, hints and measures are plain text, although some of their keys
// (name, group) are pattern keys elsewhere.
function isPlainText(path: ReadonlyArray<string | number>): boolean {
  return path.includes('categories') || path.includes('anchors') || path.includes('hints') || path.includes('measure');
}

function groupNames(expression: RegExp): Set<string> {
  return new Set([...expression.source.matchAll(/\(\?<([A-Za-z][A-Za-z0-9]*)>/g)].map((match) => match[1]));
}

