import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { isRole, type Role } from '../../../src/common/auth/roles.js';

/**
 * The committed openapi.json, read as a client generator would read it: the operations,
 * their parameters, bodies, roles and documented responses, and JSON-schema validators
 * for them. Anything the fuzz suite cannot generate input for is an UnsupportedOperation
 * error, so a new kind of route fails loudly instead of going unfuzzed.
 */

export type Schema = Record<string, any>;

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, Schema>; [kind: string]: Record<string, Schema> | undefined };
}

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface OperationSpec {
  id: string;
  method: string;
  /** The template, e.g. /api/v1/offers/{id}. */
  path: string;
  pathParams: ParameterSpec[];
  queryParams: ParameterSpec[];
  body?: { schema: Schema; required: boolean };
  /** Status (or `4XX`, `default`) → media type → schema (undefined: no schema given). */
  responses: Map<string, Map<string, Schema | undefined>>;
  /** Status → the response headers it declares (lower-case name → whether required). */
  headers: Map<string, Map<string, boolean>>;
  /** The roles allowed to call it; null for a public operation. */
  roles: Role[] | null;
  /** Why the suite cannot fuzz it, if it cannot. */
  unsupported?: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const JSON_MEDIA = 'application/json';
/** What @Auth (src/common/auth/auth.decorators.ts) writes into every secured operation's 403. */
const ROLES_IN_403 = /roles?:\s*([a-z]+(?:\s*,\s*[a-z]+)*)\.?\s*$/i;

export class OpenApiModel {
  readonly operations: OperationSpec[];
  // First error only: a hostile body may hold 400,000 bad items.
  private readonly ajv = new Ajv({ strict: false, allErrors: false });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    if (!/^3\./.test(document.openapi)) throw new Error(`OpenAPI ${document.openapi}: the fuzz suite reads OpenAPI 3`);
    this.ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
    this.ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const schemas = Object.fromEntries(
      Object.entries(document.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema)]),
    );
    this.ajv.addSchema({ $id: 'openapi', components: { schemas } });
    this.operations = this.listOperations();
  }

  static load(file = 'openapi.json'): OpenApiModel {
    return new OpenApiModel(JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument);
  }

  /** A schema with its `$ref` (and single-element `allOf` wrapper) resolved; other keys kept. */
  resolve(schema: Schema | undefined): Schema {
    let current: Schema = schema ?? {};
    for (let hops = 0; hops < 32; hops++) {
      if (typeof current.$ref === 'string') {
        const { $ref, ...rest } = current;
        current = { ...this.component($ref), ...rest };
      } else if (Array.isArray(current.allOf) && current.allOf.length === 1 && current.type === undefined) {
        const { allOf, ...rest } = current;
        current = { ...(allOf[0] as Schema), ...rest };
      } else {
        return current;
      }
    }
    throw new Error('$ref cycle');
  }

  /**
   * Validates a value against an OpenAPI schema as JSON Schema: `$ref`s resolved, `nullable`
   * honoured, and every object that lists its properties closed (as the server closes request
   * bodies, and so that a response carrying an undocumented field is caught).
   */
  validate(schema: Schema, value: unknown): { valid: boolean; errors: string } {
    const key = JSON.stringify(schema);
    let validator = this.validators.get(key);
    if (!validator) {
      validator = this.ajv.compile(toJsonSchema(schema) as object);
      this.validators.set(key, validator);
    }
    const valid = validator(value);
    const errors = (validator.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
      .join('; ');
    return { valid, errors };
  }

  private component(ref: string): Schema {
    const match = /^#\/components\/(\w+)\/(.+)$/.exec(ref);
    const schema = match ? this.document.components[match[1]]?.[match[2]] : undefined;
    if (!schema) throw new Error(`unresolvable $ref ${ref}`);
    return schema;
  }

  private listOperations(): OperationSpec[] {
    const operations: OperationSpec[] = [];
    for (const [path, item] of Object.entries(this.document.paths)) {
      for (const method of Object.keys(item)) {
        if (method === 'parameters' || method === 'summary' || method === 'description') continue;
        const operation = item[method] as Schema;
        const spec = this.operation(path, method, operation, (item.parameters ?? []) as Schema[]);
        if (!METHODS.includes(method)) spec.unsupported = `method ${method}`;
        operations.push(spec);
      }
    }
    return operations;
  }

  private operation(path: string, method: string, operation: Schema, shared: Schema[]): OperationSpec {
    const problems: string[] = [];
    const params = [...shared, ...((operation.parameters ?? []) as Schema[])].map((p) => this.resolve(p));
    const toSpec = (p: Schema): ParameterSpec => ({
      name: String(p.name),
      in: p.in as 'path' | 'query',
      required: p.required === true,
      schema: p.schema ?? {},
    });
    for (const p of params) {
      if (p.in !== 'path' && p.in !== 'query') problems.push(`parameter ${String(p.name)} in ${String(p.in)}`);
      if (p.in === 'query' && p.style !== undefined && p.style !== 'form') problems.push(`query style ${p.style}`);
      if (p.content) problems.push(`parameter ${String(p.name)} described by content`);
    }
    const declared = new Set(params.filter((p) => p.in === 'path').map((p) => String(p.name)));
    for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
      if (!declared.has(name)) problems.push(`path parameter {${name}} is not declared`);
    }

    let body: OperationSpec['body'];
    if (operation.requestBody) {
      const requestBody = this.resolve(operation.requestBody as Schema);
      const media = Object.keys((requestBody.content ?? {}) as Schema);
      if (media.length !== 1 || media[0] !== JSON_MEDIA) problems.push(`request body as ${media.join(', ')}`);
      else body = { schema: requestBody.content[JSON_MEDIA].schema ?? {}, required: requestBody.required === true };
    }

    const responses = new Map<string, Map<string, Schema | undefined>>();
    const headers = new Map<string, Map<string, boolean>>();
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Schema)) {
      const resolved = this.resolve(response as Schema);
      const content = new Map<string, Schema | undefined>();
      for (const [media, entry] of Object.entries((resolved.content ?? {}) as Schema)) {
        content.set(media.toLowerCase(), (entry as Schema).schema);
      }
      responses.set(status.toUpperCase(), content);
      const declared = Object.entries((resolved.headers ?? {}) as Schema).map(
        ([name, header]) => [name.toLowerCase(), this.resolve(header as Schema).required === true] as const,
      );
      headers.set(status.toUpperCase(), new Map(declared));
    }

    let roles: Role[] | null = null;
    const security = (operation.security ?? []) as Schema[];
    if (security.length > 0) {
      const schemes = security.flatMap((s) => Object.keys(s));
      if (schemes.some((s) => this.document.components.securitySchemes?.[s]?.scheme !== 'bearer')) {
        problems.push(`security ${schemes.join(', ')}`);
      }
      const forbidden = responses.has('403') ? this.resolve(operation.responses['403'] as Schema) : undefined;
      const listed = ROLES_IN_403.exec(String(forbidden?.description ?? ''));
      const names = listed ? listed[1].split(',').map((r) => r.trim()) : [];
      if (names.length === 0 || !names.every(isRole)) {
        problems.push('no role list in its 403 description ("The token has none of the roles: …")');
      } else {
        roles = names;
      }
    }

    return {
      id: String(operation.operationId ?? `${method.toUpperCase()} ${path}`),
      method: method.toUpperCase(),
      path,
      pathParams: params.filter((p) => p.in === 'path').map(toSpec),
      queryParams: params.filter((p) => p.in === 'query').map(toSpec),
      body,
      responses,
      headers,
      roles,
      unsupported: problems.length > 0 ? problems.join('; ') : undefined,
    };
  }
}

/** OpenAPI 3.0 schema → JSON Schema for ajv (see OpenApiModel.validate). */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const source = schema as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'discriminator' || key === 'example' || key === 'examples' || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#\//, 'openapi#/');
    else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (key === 'enum' || key === 'required') out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  if (source.properties && source.additionalProperties === undefined) out.additionalProperties = false;
  if (source.nullable === true) {
    // `nullable` beside `allOf: [$ref]` is how NestJS (and most generators) spell a nullable
    // reference, though OpenAPI 3.0.3 would let the reference refuse null: read it as meant.
    const composed = out.allOf !== undefined || out.anyOf !== undefined || out.oneOf !== undefined;
    if (typeof out.type === 'string' && !composed) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    } else {
      return { anyOf: [{ type: 'null' }, out] };
    }
  }
  return out;
}
