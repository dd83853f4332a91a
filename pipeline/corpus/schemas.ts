/** JSON Schemas for the per-document data files in corpus/. */

export const metaSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'author', 'year', 'language', 'source'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    title: { type: 'string', minLength: 1 },
    author: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: { name: { type: 'string', minLength: 1 }, affiliation: { type: 'string' }, note: { type: 'string' } },
    },
    year: { type: 'integer', minimum: 1800, maximum: 2100 },
    dataAsOf: { type: 'string' },
    language: { type: 'string', minLength: 2 },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['file'],
      properties: { file: { type: 'string', minLength: 1 }, description: { type: 'string' }, site: { type: 'string' } },
    },
    pages: {
      type: 'object',
      additionalProperties: false,
      required: ['announced', 'present'],
      properties: { announced: { type: 'integer', minimum: 1 }, present: { type: 'integer', minimum: 0 }, note: { type: 'string' } },
    },
  },
} as const;

export const layoutSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    blocks: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['caption', 'reason'],
        properties: {
          caption: { type: 'string', minLength: 1 },
          content: { enum: ['after', 'before'] },
          first: { type: 'string', minLength: 1 },
          last: { type: 'string', minLength: 1 },
          edition: { enum: ['lines', 'table'] },
          reason: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;

export const correctionsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['corrections'],
  properties: {
    corrections: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['find', 'replace', 'count', 'reason'],
        properties: {
          find: { type: 'string', minLength: 1 },
          replace: { type: 'string' },
          count: { type: 'integer', minimum: 1 },
          reason: { type: 'string', minLength: 10 },
        },
      },
    },
  },
} as const;

const lineShape = {
  type: 'object',
  additionalProperties: false,
  required: ['pattern', 'label'],
  properties: {
    pattern: { type: 'string', minLength: 1 },
    label: { type: 'string', minLength: 1 },
    first: { type: 'boolean' },
    optional: { type: 'boolean' },
    repeat: { type: 'boolean' },
  },
} as const;

export const siteSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'header'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
    name: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1 },
    // Either the lines up to an end line (any order) or a sequence of steps from the top.
    header: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['end', 'lines'],
          properties: { end: { type: 'string', minLength: 1 }, lines: { type: 'array', minItems: 1, items: lineShape } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['sequence'],
          properties: { sequence: { type: 'array', minItems: 1, items: lineShape } },
        },
      ],
    },
    trailer: {
      type: 'object',
      additionalProperties: false,
      required: ['start', 'label'],
      properties: {
        start: { type: 'string', minLength: 1 },
        label: { type: 'string', minLength: 1 },
        before: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['pattern', 'label'],
            properties: { pattern: { type: 'string', minLength: 1 }, label: { type: 'string', minLength: 1 } },
          },
        },
      },
    },
  },
} as const;
