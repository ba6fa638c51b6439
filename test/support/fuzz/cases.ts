import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import type { Role } from '../../../src/common/auth/roles.js';
import type { OpenApiModel, OperationSpec, ParameterSpec, Schema } from './openapi-model.js';
import {
  CONTRACT_ID_PATTERN,
  DEEP_NESTING,
  type Fixtures,
  hasLoneSurrogate,
  hasNul,
  hostileJson,
  hostileParam,
  HUGE_STRINGS,
  INVALID_UTF8,
  OVER_BODY_LIMIT,
  percentEncode,
  RawJson,
  stringAttack,
  ValidValues,
} from './values.js';

/** The server's body limit (src/app.factory.ts). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** One request, in the pieces mutations work on. Path and query values are percent-encoded. */
interface Parts {
  label: string;
  role: Role | null;
  path: Record<string, string>;
  query: [string, string][];
  /** The JSON value to send (RawJson fragments allowed), or `text` or `bytes` verbatim. */
  body?: { value?: unknown; text?: string; bytes?: Uint8Array; contentType?: string };
}

interface Location {
  path: (string | number)[];
  schema: Schema;
  value: unknown;
}

/** A request as sent, printable in a fast-check counterexample without megabytes of body. */
export class FuzzRequest {
  constructor(
    readonly label: string,
    readonly method: string,
    readonly target: string,
    readonly role: Role | null,
    readonly contentType: string | undefined,
    readonly body: string | Uint8Array | undefined,
    /** Why the oracle expects a 4xx; empty when the request is valid (or the document cannot tell). */
    readonly invalidBecause: string[],
  ) {}

  [fc.toStringMethod](): string {
    const body =
      this.body === undefined
        ? ''
        : ` body ${Buffer.byteLength(this.body)} B ${clip(Buffer.from(this.body).toString('utf8'), 300)} (${this.contentType ?? 'no content-type'})`;
    return `[${this.label}] as ${this.role ?? 'anonymous'}: ${this.method} ${clip(this.target, 300)}${body}`;
  }
}

export function clip(text: string, max: number): string {
  const printable = JSON.stringify(text.length > max ? text.slice(0, max) : text);
  return text.length > max ? `${printable}…(+${text.length - max} chars)` : printable;
}

const UNKNOWN_PARAM_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  'a[b]',
  'toString',
  'hasOwnProperty',
  'x'.repeat(300),
  'unknown',
];

const UNKNOWN_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '$where',
  '',
  ' ',
  'a\u0000b',
  '💥',
  '\uDC00',
  'unknown',
];
const POLLUTION = [1, 'x', null, {}, { polluted: true }, { prototype: { polluted: true } }];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  'application/jsonx',
  'application/json-patch+json',
  'application/vnd.api+json',
  'text/json',
  '*/*',
  'json',
  'application/json, text/plain',
];

const MALFORMED_JSON = [
  '{',
  '}',
  '[',
  '{"a":1,}',
  "{'a':1}",
  '{"a":01}',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":undefined}',
  'nul',
  'NaN',
  '"unterminated',
  '{"a":"\u0000"}',
  '{"a":"\\x41"}',
  '{"a":1}}',
  '{"a":1}{"a":1}',
  '\u0000',
  '\uFEFF{}',
];

const WRONG_TOP_LEVEL = ['[]', '[{}]', '"string"', '42', '-0', '1e400', 'null', 'true', '{}'];

/**
 * fast-check arbitraries for one operation's requests: `valid` follows the document
 * (hitting seeded rows through fixtures), `hostile` mutates a valid request in one place.
 * Each request carries the oracle's verdict (`invalidBecause`).
 */
export class OperationCases {
  private readonly values: ValidValues;

  constructor(
    private readonly model: OpenApiModel,
    private readonly op: OperationSpec,
    fixtures: Fixtures,
  ) {
    if (op.unsupported) throw new Error(`${op.id}: no generator support for ${op.unsupported}`);
    this.values = new ValidValues(model, fixtures);
  }

  valid(): fc.Arbitrary<FuzzRequest> {
    return this.validParts().map((parts) => this.build(parts));
  }

  hostile(): fc.Arbitrary<FuzzRequest> {
    return this.validParts()
      .chain((base) => fc.oneof(...this.mutations(base)))
      .map((parts) => this.build(parts));
  }

  private validParts(): fc.Arbitrary<Parts> {
    const { op } = this;
    const path = fc.record(
      Object.fromEntries(
        op.pathParams.map((p) => [
          p.name,
          this.values.of(pathSchema(p), fixtureName(op.path, p.name)).map((v) => percentEncode(String(v))),
        ]),
      ),
    ) as fc.Arbitrary<Record<string, string>>;
    const query = fc
      .tuple(
        ...op.queryParams.map((p) => {
          const value = this.values.of(p.schema, p.name).map((v) => [p.name, serializeParam(v)] as [string, string]);
          return p.required ? value : fc.option(value, { nil: undefined, freq: 2 });
        }),
      )
      .map((pairs) => pairs.filter((pair): pair is [string, string] => pair !== undefined));
    const body = op.body
      ? fc.record({
          value: this.values.of(op.body.schema),
          contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
        })
      : fc.constant(undefined);
    const role = op.roles ? fc.constantFrom(...op.roles) : fc.constant(null);
    return fc.record({ label: fc.constant('valid'), role, path, query, body });
  }

  /** One-place mutations of a valid request, weighted towards what most often breaks servers. */
  private mutations(base: Parts): fc.WeightedArbitrary<Parts>[] {
    const { op } = this;
    const out: fc.WeightedArbitrary<Parts>[] = [];
    const add = (weight: number, arbitrary: fc.Arbitrary<Parts>) => out.push({ weight, arbitrary });
    const withQuery = (label: string, query: [string, string][]): Parts => ({ ...base, label, query });

    if (op.queryParams.length > 0) {
      const param = fc.constantFrom(...op.queryParams);
      add(
        4,
        param.chain((p) =>
          hostileParam(this.model.resolve(p.schema), p.name).map((v) =>
            withQuery(`query ${p.name}`, [...base.query.filter(([n]) => n !== p.name), [p.name, v]]),
          ),
        ),
      );
      add(
        1,
        param.chain((p) =>
          fc
            .tuple(this.values.of(p.schema, p.name), this.values.of(p.schema, p.name))
            .map(([a, b]) =>
              withQuery(`duplicated ${p.name}`, [
                ...base.query.filter(([n]) => n !== p.name),
                [p.name, serializeParam(a)],
                [p.name, serializeParam(b)],
              ]),
            ),
        ),
      );
    }
    add(
      op.queryParams.length > 0 ? 2 : 1,
      fc
        .tuple(fc.constantFrom(...UNKNOWN_PARAM_NAMES), fc.constantFrom('1', 'x', '', '%00', 'true'))
        .map(([name, value]) => withQuery(`unknown query ${name.slice(0, 30)}`, [...base.query, [name, value]])),
    );

    if (op.pathParams.length > 0) {
      add(
        3,
        fc.constantFrom(...op.pathParams).chain((p) =>
          hostileParam(pathSchema(p))
            // An empty segment is another route (the collection), not a value of this one.
            .filter((v) => v !== '')
            .map((v) => ({ ...base, label: `path ${p.name}`, path: { ...base.path, [p.name]: v } })),
        ),
      );
    }

    const body = (label: string, patch: Parts['body']): Parts => ({ ...base, label, body: patch });
    if (!op.body) {
      add(
        1,
        fc
          .constantFrom<Parts['body']>(
            { text: '{}', contentType: 'application/json' },
            { text: '{', contentType: 'application/json' },
            { text: 'x', contentType: 'text/plain' },
          )
          .map((b) => body('unexpected body', b)),
      );
      return out;
    }

    const value = base.body?.value;
    const contentType = 'application/json';
    const at = (loc: Location) => loc.path.join('.') || '(root)';
    const locations = this.locations(value, op.body.schema, []);
    const strings = locations.filter((loc) => typeof loc.value === 'string');
    if (strings.length > 0) {
      add(
        5,
        fc.tuple(fc.constantFrom(...strings), stringAttack()).map(([loc, attack]) =>
          body(`string attack at ${at(loc)}`, {
            value: setAt(value, loc.path, attack(loc.value as string)),
            contentType,
          }),
        ),
      );
    }
    add(
      4,
      fc
        .constantFrom(...locations)
        .chain((loc) =>
          hostileJson(loc.schema).map((v) =>
            body(`body ${at(loc)}`, { value: setAt(value, loc.path, v), contentType }),
          ),
        ),
    );
    add(
      2,
      fc
        .tuple(fc.constantFrom(...locations), fc.constantFrom(...HUGE_STRINGS, ...DEEP_NESTING))
        .map(([loc, v]) => body(`huge at ${at(loc)}`, { value: setAt(value, loc.path, v), contentType })),
    );
    // Bytes that are not UTF-8 inside a string, in place of any value or in a new key of any object.
    const utf8Targets = [
      ...locations.map((loc) => ({ path: loc.path, inKey: false, where: at(loc) })),
      ...locations
        .filter((loc) => isObject(loc.value))
        .map((loc) => ({ path: [...loc.path, `k${UTF8_MARK}`], inKey: true, where: `a key in ${at(loc)}` })),
    ];
    add(
      2,
      fc.tuple(fc.constantFrom(...utf8Targets), fc.constantFrom(...INVALID_UTF8)).map(([target, bytes]) =>
        body(`invalid UTF-8 ${Buffer.from(bytes).toString('hex')} at ${target.where}`, {
          bytes: withBytes(serializeJson(setAt(value, target.path, target.inKey ? 1 : `a${UTF8_MARK}b`)), bytes),
          contentType,
        }),
      ),
    );
    add(1, fc.constant(body('no body', undefined)));
    add(1, fc.constant(body('empty JSON body', { text: '', contentType })));
    add(
      2,
      fc.constantFrom(...WRONG_CONTENT_TYPES).map((ct) => body(`content-type ${ct}`, { value, contentType: ct })),
    );
    add(
      2,
      fc.constantFrom(...MALFORMED_JSON).map((text) => body('malformed JSON', { text, contentType })),
    );
    add(
      1,
      fc.constantFrom(...WRONG_TOP_LEVEL).map((text) => body('wrong top-level JSON', { text, contentType })),
    );
    add(
      1,
      fc.constant(
        body('over the body limit', { value: { ...asObject(value), pad: 'x'.repeat(OVER_BODY_LIMIT) }, contentType }),
      ),
    );
    add(
      1,
      fc.constantFrom(...duplicateKeys(value)).map((text) => body('duplicated key', { text, contentType })),
    );

    const objects = locations.filter((loc) => isObject(loc.value));
    if (objects.length > 0) {
      add(
        2,
        fc
          .tuple(fc.constantFrom(...objects), fc.constantFrom(...UNKNOWN_KEYS), fc.constantFrom(...POLLUTION))
          .map(([loc, key, v]) =>
            body(`unknown key ${JSON.stringify(key)} at ${at(loc)}`, {
              value: setAt(value, [...loc.path, key], v),
              contentType,
            }),
          ),
      );
    }
    const required = objects.flatMap((loc) =>
      ((this.model.resolve(loc.schema).required ?? []) as string[]).map((key) => [...loc.path, key]),
    );
    if (required.length > 0) {
      add(
        1,
        fc
          .constantFrom(...required)
          .map((path) => body(`without ${path.join('.')}`, { value: removeAt(value, path), contentType })),
      );
    }
    const arrays = locations.flatMap((loc) => {
      if (!Array.isArray(loc.value) || loc.value.length === 0) return [];
      const s = this.model.resolve(loc.schema);
      const first: unknown = loc.value[0];
      const variants: unknown[] = [[], [first, first]];
      if (typeof s.maxItems === 'number') variants.push(Array.from({ length: s.maxItems + 1 }, () => first));
      return variants.map((v) => ({ loc, v }));
    });
    if (arrays.length > 0) {
      add(
        1,
        fc
          .constantFrom(...arrays)
          .map(({ loc, v }) => body(`array at ${at(loc)}`, { value: setAt(value, loc.path, v), contentType })),
      );
    }
    return out;
  }

  /** Every place in a valid body, with its schema: the body itself, each property and item. */
  private locations(value: unknown, schema: Schema, path: (string | number)[]): Location[] {
    const s = this.model.resolve(schema);
    const out = [{ path, schema: s, value }];
    if (Array.isArray(value)) {
      value.forEach((item, i) => out.push(...this.locations(item, (s.items ?? {}) as Schema, [...path, i])));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        const ap = s.additionalProperties;
        const child = (s.properties?.[key] as Schema | undefined) ?? (typeof ap === 'object' ? (ap as Schema) : {});
        out.push(...this.locations(item, child, [...path, key]));
      }
    }
    return out;
  }

  private build(parts: Parts): FuzzRequest {
    const { op } = this;
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => parts.path[name]);
    const query = parts.query.map(([name, value]) => `${name}=${value}`).join('&');
    const payload =
      parts.body === undefined ? undefined : (parts.body.bytes ?? parts.body.text ?? serializeJson(parts.body.value));
    return new FuzzRequest(
      parts.label,
      op.method,
      query ? `${path}?${query}` : path,
      parts.role,
      parts.body?.contentType,
      payload,
      this.oracle(parts, payload),
    );
  }

  /** Why the document says this request must be refused (empty: it may be accepted). */
  private oracle(parts: Parts, payload: string | Uint8Array | undefined): string[] {
    const { op, model } = this;
    const reasons: string[] = [];

    for (const p of op.pathParams) {
      const value = decode(parts.path[p.name]);
      if (value === undefined) reasons.push(`path ${p.name} is not valid percent-encoded UTF-8`);
      else if (hasNul(value)) reasons.push(`path ${p.name} holds NUL`);
      else if (!model.validate(pathSchema(p), value).valid) reasons.push(`path ${p.name} breaks its schema`);
    }

    const documented = new Map(op.queryParams.map((p) => [p.name, p]));
    const given = new Map<string, string[]>();
    for (const [rawName, rawValue] of parts.query) {
      const name = decode(rawName.replace(/\+/g, ' '));
      const value = decode(rawValue.replace(/\+/g, ' '));
      if (name === undefined || value === undefined) {
        reasons.push(`query ${rawName.slice(0, 40)} is not valid percent-encoded UTF-8`);
        continue;
      }
      given.set(name, [...(given.get(name) ?? []), value]);
    }
    for (const [name, values] of given) {
      const p = documented.get(name);
      // An operation without query parameters has no query DTO: it ignores the query string.
      if (!p) {
        if (documented.size > 0) reasons.push(`unknown query parameter ${name.slice(0, 40)}`);
        continue;
      }
      // A cursor is only good as the server's nextCursor, passed back unchanged: the fuzz has none.
      if (name === 'cursor') reasons.push('query cursor was not made by the server');
      const s = model.resolve(p.schema);
      if (values.length > 1 && s.type !== 'array') reasons.push(`query ${name} given ${values.length} times`);
      for (const value of values) {
        const problem = queryValueProblem(model, s, value);
        if (problem) reasons.push(`query ${name} ${problem}`);
      }
    }
    for (const p of op.queryParams) if (p.required && !given.has(p.name)) reasons.push(`query ${p.name} missing`);

    if (op.body) {
      const ct = parts.body?.contentType?.split(';')[0].trim().toLowerCase();
      const text = typeof payload === 'string' ? payload : payload && Buffer.from(payload).toString('utf8');
      if (payload === undefined || text === undefined) {
        if (op.body.required) reasons.push('body missing');
      } else if (ct !== 'application/json') {
        reasons.push(`content-type ${String(parts.body?.contentType)}`);
      } else if (Buffer.byteLength(payload) > BODY_LIMIT_BYTES) {
        reasons.push('body over the limit');
      } else if (typeof payload !== 'string' && !isUtf8(payload)) {
        reasons.push('body is not UTF-8');
      } else {
        let parsed: unknown;
        try {
          // RFC 8259 lets a parser ignore a leading byte order mark (Fastify's does).
          parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          reasons.push('body is not JSON');
        }
        if (parsed !== undefined) {
          // A NUL can only be in the text as the escape \u0000: skip the walk when there is none.
          if (text.includes('\\u0000') && containsText(parsed, hasNul)) reasons.push('body holds NUL');
          if (/\\u[dD][89a-fA-F]/.test(text) && containsText(parsed, hasLoneSurrogate)) {
            reasons.push('body holds a lone surrogate');
          }
          const { valid, errors } = model.validate(op.body.schema, parsed);
          if (!valid) reasons.push(`body breaks its schema: ${errors.slice(0, 200)}`);
        }
      }
    }
    return reasons;
  }
}

/**
 * Path parameters documented as bare strings are client-chosen ids (CONTRACT.md: 1–128
 * letters, digits, `_ - . : @ + | = ~`); table names follow a narrower rule, so anything outside
 * the id rule is invalid for every one of them.
 */
export function pathSchema(p: ParameterSpec): Schema {
  const s = p.schema;
  if (s.type === 'string' && s.pattern === undefined && s.enum === undefined && s.format === undefined) {
    return { ...s, pattern: CONTRACT_ID_PATTERN.source };
  }
  return s;
}

/** The fixture name of a path parameter: the collection before it, e.g. `offers/{id}`. */
function fixtureName(template: string, name: string): string {
  const match = new RegExp(`([^/]+)/\\{${name}\\}`).exec(template);
  return match ? `${match[1]}/{${name}}` : name;
}

function serializeParam(value: unknown): string {
  return percentEncode(Array.isArray(value) ? value.map(String).join(',') : String(value));
}

/** What a query value means to the document: a problem, or undefined when it is acceptable. */
function queryValueProblem(model: OpenApiModel, s: Schema, value: string): string | undefined {
  if (hasNul(value)) return 'holds NUL';
  switch (s.type) {
    case 'integer':
    case 'number': {
      const numeral = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
      if (!numeral.test(value)) return `is not a number (${JSON.stringify(value.slice(0, 40))})`;
      const n = Number(value);
      if (!model.validate(s, n).valid) return `is out of range or not an integer (${value.slice(0, 40)})`;
      // 05, 1e1, -0, 1.0: a number in range, spelled unusually; either answer is fine.
      return undefined;
    }
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'is not true or false';
    case 'array': {
      // form style, explode false: one comma-separated value. Repeats are documented to count
      // once, so uniqueItems is not enforced here.
      const items = model.resolve(s.items as Schema);
      const bad = value.split(',').filter((item) => !model.validate(items, item).valid);
      return bad.length > 0 ? `has bad items ${JSON.stringify(bad.slice(0, 3))}` : undefined;
    }
    default: {
      const { valid } = model.validate(s, value);
      return valid ? undefined : 'breaks its schema';
    }
  }
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** JSON text of a value; RawJson fragments are written verbatim. */
export function serializeJson(value: unknown): string {
  const fragments: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) return `\u0001raw${fragments.push(v.text) - 1}\u0001`;
    return v;
  });
  if (text === undefined) return '';
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_, i: string) => fragments[Number(i)]);
}

/** Where `withBytes` puts its bytes: plain ASCII, so JSON.stringify leaves it as it is. */
const UTF8_MARK = 'INVALID_UTF8_HERE';

/** `text` as UTF-8, with `bytes` in place of each UTF8_MARK. */
function withBytes(text: string, bytes: readonly number[]): Uint8Array {
  const parts = text.split(UTF8_MARK).map((part) => Buffer.from(part, 'utf8'));
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from(bytes), part])));
}

/** The same body with one key written twice (the first time with a hostile value). */
function duplicateKeys(value: unknown): string[] {
  const text = serializeJson(value);
  if (!isObject(value) || Object.keys(value).length === 0) return [`{"a":1,"a":2}`];
  const key = JSON.stringify(Object.keys(value)[0]);
  return [
    `{${key}:"\\u0000",${text.slice(1)}`,
    `{${key}:{"__proto__":{"polluted":true}},${text.slice(1)}`,
    `{${key}:null,${text.slice(1)}`,
  ];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RawJson);
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

/** A copy of `root` with `value` at `path` (own property even for `__proto__`). */
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(root) ? [...root] : { ...asObject(root) };
  Object.defineProperty(copy, head, {
    value: setAt(copy[head], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function removeAt(root: unknown, path: (string | number)[]): unknown {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    const copy: Record<string, unknown> = { ...asObject(root) };
    delete copy[String(head)];
    return copy;
  }
  return setAt(root, [head], removeAt((root as any)[head], rest));
}

/** Whether a string or key in `value` is `bad`. Iterative: bodies nest 200,000 deep. */
function containsText(value: unknown, bad: (text: string) => boolean): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (bad(item)) return true;
    } else if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (bad(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}
