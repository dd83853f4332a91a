/**
 * The dataset's description: name, title, languages, licences and the card's example queries,
 * from a YAML data file (`corpus/dataset.yaml` by default) so that nothing about a corpus is
 * written in code. Without the file the dataset gets a plain description and no examples.
 */
import { readFile } from 'node:fs/promises';
import { parseYamlData } from '../data/load-yaml.js';

export interface DatasetDescription {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly languages: readonly string[];
  readonly keywords: readonly string[];
  /** Frictionless licences: an Open Definition id as `name`, a `title`, a `path` (URL). */
  readonly licenses: ReadonlyArray<{ readonly name?: string; readonly title?: string; readonly path?: string }>;
  /** The card's `license_name` when there are several licences (a slug). */
  readonly licenseName: string;
  readonly queries: ReadonlyArray<{ readonly title: string; readonly sql: string }>;
}

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'title', 'description', 'languages', 'licenses'],
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$' },
    title: { type: 'string', minLength: 1 },
    description: { type: 'string', minLength: 1 },
    languages: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' }, minItems: 1 },
    keywords: { type: 'array', items: { type: 'string', minLength: 1 } },
    licenseName: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$' },
    licenses: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: { type: 'string', minLength: 1 }, title: { type: 'string', minLength: 1 }, path: { type: 'string', minLength: 1 } },
      },
    },
    queries: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['title', 'sql'], properties: { title: { type: 'string', minLength: 1 }, sql: { type: 'string', minLength: 1 } } },
    },
  },
} as const;

const FALLBACK: DatasetDescription = {
  name: 'kaikyo-dataset',
  title: 'kaikyo dataset',
  description: 'Documents built by kaikyo: Japanese names, term-consistency findings, apparatus and tables, one row per record with the document id.',
  languages: ['ko', 'ja'],
  keywords: [],
  licenses: [{ name: 'other-closed', title: "The papers' text is their authors'; what kaikyo adds is MIT, like its code." }],
  licenseName: 'other-mixed',
  queries: [],
};

/** Read the description file; a missing file gives the plain description, a bad one a DataError. */
export async function loadDescription(file: string | undefined): Promise<DatasetDescription> {
  if (!file) return FALLBACK;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return FALLBACK;
    throw error;
  }
  const value = parseYamlData<Partial<DatasetDescription>>(text, file, schema);
  return { ...FALLBACK, keywords: [], queries: [], ...value } as DatasetDescription;
}
