/**
 * One JSON Schema compiler for the data files and cue lists (ajv, loaded on first use), and one
 * compiled validator per schema object for the whole process.
 */
import type { Ajv, ValidateFunction } from 'ajv';
import { ajvModule } from './on-demand.js';

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

/** The validator of `schema`, compiled on first use. */
export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new (ajvModule().Ajv)({ allErrors: false, strict: true, allowUnionTypes: true });
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** `value` when it passes `schema`; otherwise an Error naming `name`, the path and the first problem. */
export function checkValue<T>(value: unknown, schema: object, name: string): T {
  const validate = validatorFor(schema);
  if (!validate(value)) {
    const error = validate.errors?.[0];
    throw new Error(`${name}: ${error?.instancePath || '(document)'} ${error?.message ?? 'is invalid'}`);
  }
  return value as T;
}
