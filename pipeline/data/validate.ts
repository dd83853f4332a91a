/**
 * The JSON Schema compiler for every data file, cue list, glossary file and suppressions file
 * (ajv, loaded on first use): one compiler per set of options, one compiled validator per schema
 * object for the whole process.
 */
import type { Ajv, ValidateFunction } from 'ajv';
import { ajvModule } from './on-demand.js';

/** How a schema is compiled beyond strict mode. */
export interface ValidatorOptions {
  /** Report every problem instead of the first (files whose problems are all listed). */
  readonly allErrors?: boolean;
  /** Off for schemas whose anyOf branches require properties declared one level up. */
  readonly strictRequired?: boolean;
}

const compilers = new Map<string, Ajv>();
const compiled = new WeakMap<object, ValidateFunction>();

/** The validator of `schema`, compiled on first use (a schema is always compiled with the same options). */
export function validatorFor(schema: object, options: ValidatorOptions = {}): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    const allErrors = options.allErrors ?? false;
    const strictRequired = options.strictRequired ?? true;
    const key = `${allErrors}/${strictRequired}`;
    let ajv = compilers.get(key);
    if (!ajv) compilers.set(key, (ajv = new (ajvModule().Ajv)({ allErrors, strict: true, strictRequired, allowUnionTypes: true })));
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
