import fc from 'fast-check';
import type { OpenApiModel, Schema } from './openapi-model.js';

/**
 * Values for the fuzz suite: schema-driven valid ones, and a catalogue of hostile ones.
 * Whether a generated request is valid is not decided here but by the oracle
 * (oracle.ts), from the document: generators may be sloppy, expectations may not.
 */

/** A JSON fragment written into a body verbatim: numbers JSON.stringify cannot spell, deep nesting. */
export class RawJson {
  constructor(readonly text: string) {}
}

const raw = (text: string) => new RawJson(text);

/** Client-chosen ids (CONTRACT.md); the fallback rule for path parameters documented as bare strings. */
export const CONTRACT_ID_PATTERN = /^[A-Za-z0-9_\-.:@+|=~]{1,128}$/;

export const codePoints = (value: string): number => [...value].length;

/** Strings no text field may hold as-is: PostgreSQL rejects NUL in text and jsonb. */
export const hasNul = (value: string): boolean => value.includes('\u0000');

/** A surrogate without its pair: legal in a JS string and as a JSON escape, but no Unicode text. */
export const hasLoneSurrogate = (value: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);

const INJECTION = [
  "' OR '1'='1",
  "'; DROP TABLE offers; --",
  '1; SELECT pg_sleep(10)',
  "\\'; --",
  '%',
  '_',
  '$1',
  '{"$ne":null}',
  '{"__proto__":{"polluted":true}}',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '$(id)',
  'null',
  'undefined',
  'true',
  '[]',
];

const UNICODE = [
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שלום עולם',
  'e\u0301\u0301\u0301\u0301',
  'Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032D',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈',
  '\uFEFFbom',
  'line\u2028sep\u2029',
  'zero\u200Bwidth',
  'ǅ ß ﬁ İ',
  '\uFFFD\uFFFE\uFFFF',
];

const CONTROL = ['tab\there', 'cr\rlf\n', '\b\f\v', '\u0001\u0002\u001F\u007F', '\u0085\u009F', ' ', ' padded '];

/** NUL and lone surrogates: legal in a JS string (and, escaped, in JSON), not in UTF-8 text. */
const BROKEN = ['\u0000', 'a\u0000b', 'nul at end\u0000', '\uD800', 'a\uDFFFb', '\uDBFF\uDBFF'];

/** Text that is valid for a free-text field. */
export const TRICKY_TEXT = [...INJECTION, ...UNICODE, ...CONTROL.filter((s) => s.trim() !== '')];

/** Every hostile string, valid or not for any particular field. */
export const HOSTILE_STRINGS = [...INJECTION, ...UNICODE, ...CONTROL, ...BROKEN, ''];

/** Huge strings, built once: under the 1 MiB body limit once JSON-encoded. */
export const HUGE_STRINGS = [
  'a'.repeat(900_000),
  '😀'.repeat(200_000),
  'é'.repeat(400_000),
  '\u0000'.repeat(100_000),
  '"\\'.repeat(200_000),
];

/** Bodies of this many bytes exceed the 1 MiB body limit. */
export const OVER_BODY_LIMIT = 1024 * 1024 + 1024;

/** Deep, and very wide, JSON: each under the body limit. */
export const DEEP_NESTING = [
  raw('['.repeat(1_000) + ']'.repeat(1_000)),
  raw('['.repeat(200_000) + ']'.repeat(200_000)),
  raw('{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)),
  raw(`[${'0,'.repeat(400_000)}0]`),
  raw(`{${Array.from({ length: 50_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
];

/** Numbers as written in JSON, including the ones JavaScript cannot round-trip. */
export const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '1E2',
  '1.0',
  '0.1e1',
  '100000000000000000000000000000000000',
  '9007199254740993',
  '-9007199254740993',
  '2147483648',
  '0.30000000000000004',
].map(raw);

/**
 * Percent-encodes a string for a URL. Lone surrogates, which encodeURIComponent refuses,
 * are written as the three bytes a careless client would send (WTF-8, not valid UTF-8).
 */
export function percentEncode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const next = value.charCodeAt(i + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(value[i]);
    }
  }
  return out;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Cursors no server made (the fuzz never passes a nextCursor back): NUL-bearing, unsigned in
 * the lists' old format, signed-looking with a made-up signature, or cut short. Not yet encoded.
 */
export const FORGED_CURSORS = [
  'eyJhZnRlciI6ImFcdTAwMDBiIn0', // {"after":"a\u0000b"}: a 500 on every list once
  base64url({ after: 'ch_001' }),
  base64url({ after: "' OR '1'='1" }),
  base64url({ at: '2026-01-01T00:00:00.000000Z', id: '00000000-0000-0000-0000-000000000000', f: null }),
  `${base64url({ p: 'a\u0000b', f: 'AAAAAAAAAAAAAAAAAAAAAA' })}.${'A'.repeat(43)}`,
  `${base64url({ p: { t: '2026-01-01T00:00:00.000000Z', id: 'x', c: 'CUST001' }, f: '' })}.${'_'.repeat(43)}`,
  `${base64url({ p: 'ch_001', f: 'x' })}.`,
  `${base64url({ p: 'ch_001', f: 'x' })}`,
  '.',
  'a.b.c',
];

/** Byte sequences that are not UTF-8: bad bytes, overlong forms, CESU-8 surrogates, past U+10FFFF, truncated. */
export const INVALID_UTF8: readonly number[][] = [
  [0xff, 0xfe],
  [0x80],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe2, 0x82],
];

/** Percent-encodings that do not decode to UTF-8 at all. */
export const BROKEN_ENCODINGS = ['%', '%zz', 'a%2', '%ED%A0%80', '%C0%AF', '%FF%FE', '%E2%82', '%00', 'a%00b', '%25%'];

/** Known-good values to mix in by name (seeded rows), so valid requests reach real data. */
export type Fixtures = (name: string) => readonly string[] | undefined;

/**
 * How often one `$ref` may be expanded inside its own expansion: a recursive schema (the
 * segment rule: groups of nodes that may be groups) takes its other branches past that.
 */
const MAX_REF_NESTING = 2;

/** Arbitraries for values that satisfy a schema (and hit fixtures where a name is known). */
export class ValidValues {
  /** The `$ref`s being expanded, outermost first: arbitraries are built eagerly, depth first. */
  private readonly expanding: string[] = [];

  constructor(
    private readonly model: OpenApiModel,
    private readonly fixtures: Fixtures,
  ) {}

  of(schema: Schema | undefined, name?: string): fc.Arbitrary<unknown> {
    const ref = typeof schema?.$ref === 'string' ? schema.$ref : undefined;
    if (ref === undefined) return this.resolved(schema, name);
    this.expanding.push(ref);
    try {
      return this.resolved(schema, name);
    } finally {
      this.expanding.pop();
    }
  }

  private resolved(schema: Schema | undefined, name: string | undefined): fc.Arbitrary<unknown> {
    const s = this.model.resolve(schema);
    const generated = this.generated(s, name);
    const candidates: fc.WeightedArbitrary<unknown>[] = [{ weight: 3, arbitrary: generated }];
    if (s.example !== undefined && this.model.validate(s, s.example).valid) {
      candidates.push({ weight: 1, arbitrary: fc.constant(s.example).map((v) => structuredClone(v)) });
    }
    const known = name === undefined ? undefined : this.fixtures(name)?.filter((v) => this.model.validate(s, v).valid);
    // Weighted well above the made-up values: a batch reaches its handler only when every
    // item's references are real, and at weight 4 (of 8) a run's 20 valid ingest requests
    // sometimes had none that did (seed 1244227078: twenty 422s).
    if (known && known.length > 0) candidates.push({ weight: 10, arbitrary: fc.constantFrom(...known) });
    const value = candidates.length === 1 ? generated : fc.oneof(...candidates);
    return s.nullable === true
      ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 5, arbitrary: value })
      : value;
  }

  private generated(s: Schema, name: string | undefined): fc.Arbitrary<unknown> {
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    const branches = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
    if (branches) {
      const open = branches.filter((b) => !this.nestedTooDeep(b));
      if (open.length === 0) throw new UnsupportedSchema('a recursive schema whose every branch recurses');
      return fc.oneof(...open.map((b) => this.of(b, name)));
    }
    if (Array.isArray(s.allOf)) throw new UnsupportedSchema('allOf with several schemas');
    switch (s.type) {
      case 'string':
        return this.string(s);
      case 'integer':
        return fc.integer({ min: s.minimum ?? -1_000_000, max: s.maximum ?? 1_000_000 });
      case 'number':
        return fc.double({
          min: s.minimum ?? -Number.MAX_VALUE,
          max: s.maximum ?? Number.MAX_VALUE,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return this.array(s, name);
      case 'object':
        return this.object(s);
      case undefined:
        if (s.properties) return this.object(s);
        if (Object.keys(s).every((k) => ['description', 'example', 'nullable'].includes(k))) return fc.jsonValue();
        throw new UnsupportedSchema(`schema without a type: ${JSON.stringify(s).slice(0, 200)}`);
      default:
        throw new UnsupportedSchema(`type ${String(s.type)}`);
    }
  }

  private nestedTooDeep(schema: Schema): boolean {
    const ref: unknown = schema.$ref;
    return typeof ref === 'string' && this.expanding.filter((r) => r === ref).length >= MAX_REF_NESTING;
  }

  private string(s: Schema): fc.Arbitrary<string> {
    const min = (s.minLength as number | undefined) ?? 0;
    const max = (s.maxLength as number | undefined) ?? 64;
    const fits = (v: string) => codePoints(v) >= min && codePoints(v) <= max && !hasNul(v);
    if (s.format === 'date-time') {
      return fc
        .date({ min: new Date('2000-01-02T00:00:00Z'), max: new Date(Date.now() - 60_000), noInvalidDate: true })
        .map((d) => d.toISOString());
    }
    if (s.format === 'uuid') return fc.uuid();
    if (s.format !== undefined) throw new UnsupportedSchema(`string format ${String(s.format)}`);
    if (typeof s.pattern === 'string') return fc.stringMatching(new RegExp(s.pattern)).filter(fits);
    const cap = Math.max(min, Math.min(max, 40));
    const tricky = TRICKY_TEXT.filter(fits);
    return fc
      .oneof(
        fc.string({ unit: 'grapheme', minLength: min, maxLength: cap }),
        fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: cap }),
        ...(tricky.length > 0 ? [fc.constantFrom(...tricky)] : []),
      )
      .filter(fits);
  }

  private array(s: Schema, name: string | undefined): fc.Arbitrary<unknown[]> {
    const item = this.of(s.items as Schema, name);
    const minLength = (s.minItems as number | undefined) ?? 0;
    const maxLength = Math.max(minLength, Math.min((s.maxItems as number | undefined) ?? 5, 5));
    return s.uniqueItems === true
      ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
      : fc.array(item, { minLength, maxLength });
  }

  private object(s: Schema): fc.Arbitrary<Record<string, unknown>> {
    const properties = (s.properties ?? {}) as Record<string, Schema>;
    if (Object.keys(properties).length > 0) {
      const shape = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, this.of(value, key)]));
      return fc.record(shape, { requiredKeys: (s.required ?? []) as string[] });
    }
    // A map: keys from the example (which names real fields or metrics) or made up.
    const exampleKeys = s.example && typeof s.example === 'object' ? Object.keys(s.example as object) : [];
    const key = exampleKeys.length
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...exampleKeys) }, { weight: 1, arbitrary: fc.string() })
      : fc.string();
    const value =
      s.additionalProperties === true || s.additionalProperties === undefined
        ? fc.jsonValue({ maxDepth: 3 })
        : this.of(s.additionalProperties as Schema);
    const minKeys = (s.minProperties as number | undefined) ?? 0;
    const maxKeys = Math.max(minKeys, Math.min((s.maxProperties as number | undefined) ?? 5, 5));
    return fc.dictionary(key, value, { minKeys, maxKeys, noNullPrototype: true });
  }
}

export class UnsupportedSchema extends Error {
  constructor(what: string) {
    super(`no generator support for ${what}`);
  }
}

/**
 * Ways to spoil a valid string: NUL and lone surrogates (weighted up: PostgreSQL refuses the
 * one, UTF-8 cannot carry the other), control characters, injection and unicode, in place
 * of the string or around it.
 */
export function stringAttack(): fc.Arbitrary<(valid: string) => string> {
  const attack = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...BROKEN) },
    { weight: 2, arbitrary: fc.constantFrom(...CONTROL) },
    { weight: 2, arbitrary: fc.constantFrom(...INJECTION, ...UNICODE) },
  );
  return fc.tuple(attack, fc.constantFrom('replace', 'append', 'prepend', 'middle')).map(([bad, where]) => {
    const spoil = (valid: string): string => {
      if (where === 'replace') return bad;
      if (where === 'append') return valid + bad;
      if (where === 'prepend') return bad + valid;
      const half = Math.floor(valid.length / 2);
      return valid.slice(0, half) + bad + valid.slice(half);
    };
    return Object.assign(spoil, { [fc.toStringMethod]: () => `${where} ${JSON.stringify(bad)}` });
  });
}

/** Hostile values of every JSON type, for any location in a body. */
export function hostileJson(s: Schema): fc.Arbitrary<unknown> {
  const typed: unknown[] = [];
  if (typeof s.maxLength === 'number') {
    typed.push('x'.repeat(s.maxLength + 1), '😀'.repeat(s.maxLength + 1), 'e\u0301'.repeat(s.maxLength));
  }
  if (typeof s.minLength === 'number' && s.minLength > 0) typed.push('x'.repeat(s.minLength - 1));
  if (s.type === 'integer' || s.type === 'number') typed.push(String(s.minimum ?? 1), String(s.maximum ?? 2));
  if (typeof s.minimum === 'number') typed.push(s.minimum - 1, s.minimum - 0.5);
  if (typeof s.maximum === 'number') typed.push(s.maximum + 1, s.maximum + 0.5);
  if (Array.isArray(s.enum)) {
    const first = String(s.enum[0]);
    typed.push(first.toUpperCase(), ` ${first}`, `${first}\u0000`, s.enum.join(','), [first]);
  }
  return fc.oneof(
    fc.constantFrom<unknown>('x', '', 0, 1.5, -1, true, false, null, [], {}, [1], { a: 1 }, ...typed),
    fc.constantFrom<unknown>(...RAW_NUMBERS),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom<unknown>(...HUGE_STRINGS, ...DEEP_NESTING),
    fc.jsonValue({ maxDepth: 2 }),
  );
}

/** Hostile spellings of a query or path value, already percent-encoded. */
export function hostileParam(s: Schema, name?: string): fc.Arbitrary<string> {
  const typed: string[] = [];
  if (s.type === 'integer' || s.type === 'number') {
    typed.push('', 'abc', '1.5', 'NaN', 'Infinity', '-Infinity', '1e400', '0x10', '0b11', '0o7', ' 5', '5 ');
    typed.push('+5', '１', '--1', '1,2', '-0', '1e1', '1E1', '05', '9'.repeat(40), '9007199254740993', '2147483648');
    if (typeof s.minimum === 'number') typed.push(String(s.minimum - 1));
    if (typeof s.maximum === 'number') typed.push(String(s.maximum + 1), `${String(s.maximum)}.0`);
  }
  if (s.type === 'boolean') typed.push('', '1', '0', 'yes', 'no', 'TRUE', 'False', 'on', 'null', 'true ', ' false');
  if (typeof s.maxLength === 'number') typed.push('x'.repeat(s.maxLength + 1), '😀'.repeat(s.maxLength + 1));
  const values = Array.isArray(s.enum)
    ? (s.enum as string[])
    : Array.isArray(s.items?.enum)
      ? (s.items.enum as string[])
      : [];
  if (values.length > 0) {
    typed.push('', 'unknown', values[0].toUpperCase(), ` ${values[0]}`, `${values[0]},`, `,${values[0]}`);
    typed.push(`${values[0]},,${values[values.length - 1]}`, `${values[0]},bogus`, values.join(',') + ',');
  }
  // Weighted up: a forged cursor reaches the list's keyset predicate unless the signature stops it.
  const forged =
    name === 'cursor' ? [{ weight: 4, arbitrary: fc.constantFrom(...FORGED_CURSORS).map(percentEncode) }] : [];
  return fc.oneof(
    ...forged,
    fc.constantFrom(...HOSTILE_STRINGS).map(percentEncode),
    fc.constantFrom(...BROKEN_ENCODINGS),
    fc.constantFrom('a'.repeat(129), 'a'.repeat(1_025), 'a'.repeat(4_000), '%F0%9F%98%80'.repeat(200)),
    ...(typed.length > 0 ? [fc.constantFrom(...typed).map(percentEncode)] : []),
  );
}
