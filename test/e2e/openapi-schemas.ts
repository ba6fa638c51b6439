import { Ajv, type ValidateFunction } from 'ajv';

/**
 * JSON-schema validation against the OpenAPI document, for tests: examples and real
 * responses are checked against what the document says. OpenAPI 3.0's `nullable` allows
 * null besides whatever the rest of the schema allows (also for `allOf: [$ref]`, as
 * openapi-typescript reads it); with `closed`, objects that do not say otherwise get
 * `additionalProperties: false`, so a field the document does not describe is an error.
 */
export class OpenApiSchemas {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    document: object & { components?: { schemas?: Record<string, unknown> } },
    options: { closed?: boolean } = {},
  ) {
    this.ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/);
    this.ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const schemas = toJsonSchema(document.components?.schemas ?? {}, options.closed ?? false);
    this.ajv.addSchema({ $id: 'openapi', components: { schemas } });
  }

  /** Validation errors of `value` against `schema` (a schema of the document, or one using its `$ref`s). */
  errors(schema: unknown, value: unknown, closed = false): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(toJsonSchema(schema, closed)) as object);
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }
}

/** OpenAPI keywords that are no JSON Schema assertions. */
const IGNORED = new Set(['example', 'examples', 'discriminator']);

/** OpenAPI 3.0 schema → JSON Schema (draft 7 as ajv reads it). */
function toJsonSchema(node: unknown, closed: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, closed));
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (IGNORED.has(key)) continue;
    // `properties` maps names to schemas; everything else that holds schemas is walked as is.
    out[key] =
      key === 'properties' && typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema, closed)]))
        : toJsonSchema(value, closed);
  }
  if (closed && out.type === 'object' && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  // As generated clients read it: null, or whatever the rest says (`allOf: [$ref]` included).
  return nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/** Document-relative `$ref`s resolved against the schema registered as `openapi`. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi${value}` : rebase(value),
    ]),
  );
}
