/**
 * Columns of a dataset table, derived from the JSON Schema of the records it holds: nested
 * objects become columns joined by "_" (`region.ko` → `region_ko`), a list of values becomes a
 * list column, a list of objects becomes one list column per field of its items
 * (`project.places[].ko` → `project_places_ko`), in the schema's property order. Reading the
 * schema instead of the rows gives every table the same columns and types whatever its rows
 * hold (a column whose values are all null in one corpus is still declared), so shards and
 * corpora merge. When a file has no schema, one is inferred from its records (`inferSchema`).
 *
 * Written here because Table Schema and Parquet writers take flat columns and no library turns
 * a JSON Schema into them.
 */

/** A JSON Schema node, as far as the flattening reads it. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly $ref?: string;
  readonly allOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly description?: string;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
}

/** The value type of a column (of each item, for a list column). `json` is JSON text. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'json';

export interface Column {
  /** Column name: the property path joined by "_". */
  readonly name: string;
  /** Property path from the record; a step after a list step is read in each item. */
  readonly path: readonly PathStep[];
  readonly type: ColumnType;
  /** A list column: a JSON array in JSON Lines, a LIST in Parquet, a JSON array text in CSV. */
  readonly list: boolean;
  /** Whether a value may be null (for a list: the list may be absent, or an item null). */
  readonly nullable: boolean;
  readonly description?: string;
  /** Allowed values, from the schema's enum (nulls left out). */
  readonly enum?: readonly (string | number)[];
}

/** A property name; `each` marks the list the following steps are read in. */
export type PathStep = string | { readonly each: true };

const EACH = { each: true } as const;

/** The columns of records described by `schema`; `root` resolves `$ref`s. */
export function columnsOf(schema: JsonSchema, root: JsonSchema = schema, prefix: readonly string[] = []): Column[] {
  const columns: Column[] = [];
  walk(schema, root, prefix, [], false, false, columns);
  return columns;
}

function walk(node: JsonSchema, root: JsonSchema, names: readonly string[], path: readonly PathStep[], inList: boolean, nullable: boolean, out: Column[]): void {
  const resolved = resolve(node, root);
  const types = typesOf(resolved, root);
  const optional = nullable || types.has('null');
  const description = resolved.description ?? node.description;
  if (types.has('object') && types.size - (types.has('null') ? 1 : 0) === 1) {
    const properties = propertiesOf(resolved, root);
    if (properties.length > 0) {
      const required = new Set(requiredOf(resolved, root));
      for (const [key, child] of properties) walk(child, root, [...names, key], [...path, key], inList, optional || !required.has(key), out);
      return;
    }
  }
  if (types.has('array') && types.size - (types.has('null') ? 1 : 0) === 1 && !inList) {
    const items = resolve(resolved.items ?? itemsOf(resolved, root) ?? {}, root);
    const itemTypes = typesOf(items, root);
    if (itemTypes.has('object') && propertiesOf(items, root).length > 0) {
      walk(items, root, names, [...path, EACH], true, optional, out);
      return;
    }
    out.push(column(names, [...path, EACH], items, root, true, optional || itemTypes.has('null') || itemTypes.size === 0, description));
    return;
  }
  out.push(column(names, path, resolved, root, inList, optional, description));
}

function column(names: readonly string[], path: readonly PathStep[], node: JsonSchema, root: JsonSchema, list: boolean, nullable: boolean, description?: string): Column {
  const types = typesOf(node, root);
  types.delete('null');
  let type: ColumnType = 'json';
  if (types.size === 1) {
    const [only] = types;
    if (only === 'string' || only === 'integer' || only === 'number' || only === 'boolean') type = only;
  } else if (types.size === 2 && types.has('integer') && types.has('number')) type = 'number';
  const values = enumOf(node, root)?.filter((value): value is string | number => typeof value === 'string' || typeof value === 'number');
  return {
    name: names.join('_'),
    path,
    type,
    list,
    nullable: nullable || typesOf(node, root).has('null'),
    ...(description ? { description } : {}),
    ...(values && values.length > 0 && type !== 'json' ? { enum: values } : {}),
  };
}

function resolve(node: JsonSchema, root: JsonSchema): JsonSchema {
  let current = node;
  for (let depth = 0; current.$ref && depth < 32; depth++) {
    const match = /^#\/(definitions|\$defs)\/(.+)$/.exec(current.$ref);
    const target = match ? root[match[1] as 'definitions' | '$defs']?.[match[2]] : undefined;
    if (!target) throw new Error(`schema reference ${current.$ref} cannot be resolved`);
    current = { ...target, ...(current.description ? { description: current.description } : {}) };
  }
  return current;
}

/** The JSON types a node admits, looking through allOf, oneOf, anyOf, enum and const. */
function typesOf(node: JsonSchema, root: JsonSchema): Set<string> {
  const resolved = resolve(node, root);
  const types = new Set<string>();
  if (resolved.type !== undefined) for (const type of typeof resolved.type === 'string' ? [resolved.type] : resolved.type) types.add(type);
  const values = resolved.enum ?? ('const' in resolved ? [resolved.const] : undefined);
  if (values && types.size === 0) for (const value of values) types.add(jsonType(value));
  for (const branch of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) for (const type of typesOf(branch, root)) types.add(type);
  if (resolved.allOf && types.size === 0) {
    const [first, ...rest] = resolved.allOf.map((part) => typesOf(part, root)).filter((set) => set.size > 0);
    if (first) for (const type of first) if (rest.every((set) => set.has(type))) types.add(type);
  }
  if (types.size === 0 && resolved.properties) types.add('object');
  if (types.has('integer') && types.has('number')) types.delete('integer');
  return types;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Properties of an object node in order, merged across allOf/oneOf/anyOf branches. */
function propertiesOf(node: JsonSchema, root: JsonSchema): Array<[string, JsonSchema]> {
  const resolved = resolve(node, root);
  const merged = new Map<string, JsonSchema>(Object.entries(resolved.properties ?? {}));
  for (const branch of [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) {
    for (const [key, child] of propertiesOf(branch, root)) if (!merged.has(key)) merged.set(key, child);
  }
  return [...merged];
}

function requiredOf(node: JsonSchema, root: JsonSchema): string[] {
  const resolved = resolve(node, root);
  const own = [...(resolved.required ?? [])];
  // allOf parts all hold; a property required by every oneOf/anyOf branch holds too.
  for (const part of resolved.allOf ?? []) own.push(...requiredOf(part, root));
  const branches = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])].filter((branch) => typesOf(branch, root).has('object'));
  if (branches.length > 0) {
    const sets = branches.map((branch) => new Set(requiredOf(branch, root)));
    for (const key of sets[0]) if (sets.every((set) => set.has(key))) own.push(key);
  }
  return own;
}

function itemsOf(node: JsonSchema, root: JsonSchema): JsonSchema | undefined {
  for (const branch of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
    const resolved = resolve(branch, root);
    if (resolved.items) return resolved.items;
  }
  return undefined;
}

function enumOf(node: JsonSchema, root: JsonSchema): readonly unknown[] | undefined {
  const resolved = resolve(node, root);
  if (resolved.enum) return resolved.enum;
  if ('const' in resolved) return [resolved.const];
  const branches = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])];
  const parts = branches.map((branch) => enumOf(branch, root));
  return parts.length > 0 && parts.every((part) => part !== undefined) ? parts.flat() : undefined;
}

/** A column's value in a record: a list for a list column, null when absent. */
export function valueOf(record: unknown, column: Column): unknown {
  const value = read(record, column.path, 0);
  return convert(value, column);
}

function read(value: unknown, path: readonly PathStep[], from: number): unknown {
  let current = value;
  for (let index = from; index < path.length; index++) {
    const step = path[index];
    if (typeof step !== 'string') {
      if (!Array.isArray(current)) return null;
      return current.map((item) => read(item, path, index + 1));
    }
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return null;
    current = (current as Record<string, unknown>)[step];
    if (current === undefined) return null;
  }
  return current;
}

function convert(value: unknown, column: Column): unknown {
  if (column.list) {
    if (value === null || value === undefined) return null;
    return (Array.isArray(value) ? value : [value]).map((item) => scalar(item, column.type));
  }
  return scalar(value, column.type);
}

function scalar(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'json') return JSON.stringify(value);
  if (type === 'string' && typeof value !== 'string') return typeof value === 'object' ? JSON.stringify(value) : String(value);
  return value;
}

/**
 * A JSON Schema inferred from records, for a file that has none: the union of the types each
 * property shows, properties in the order the records first show them.
 */
export function inferSchema(values: readonly unknown[]): JsonSchema {
  const types = new Set(values.map(jsonType));
  const schema: { type?: string[]; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema } = {};
  const objects = values.filter((value): value is Record<string, unknown> => jsonType(value) === 'object');
  if (objects.length > 0) {
    const keys: string[] = [];
    for (const object of objects) for (const key of Object.keys(object)) if (!keys.includes(key)) keys.push(key);
    schema.properties = Object.fromEntries(keys.map((key) => [key, inferSchema(objects.map((object) => (key in object ? object[key] : null)))]));
    schema.required = keys.filter((key) => objects.every((object) => key in object));
  }
  const arrays = values.filter(Array.isArray);
  if (arrays.length > 0) schema.items = inferSchema(arrays.flat());
  if (types.has('integer') && types.has('number')) types.delete('integer');
  schema.type = [...types].sort();
  return schema;
}
