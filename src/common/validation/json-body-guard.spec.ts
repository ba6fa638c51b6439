import { jsonBodyErrors, MAX_JSON_DEPTH, MAX_JSON_ITEMS, MAX_JSON_PROPERTIES } from './json-body-guard.js';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('jsonBodyErrors', () => {
  it('accepts ordinary bodies, unicode and control characters included', () => {
    expect(jsonBodyErrors(undefined)).toEqual([]);
    expect(jsonBodyErrors({ name: 'Ünïcode 😀 \u202E\t\r\n', items: [{ a: 1 }, null, true] })).toEqual([]);
    expect(jsonBodyErrors(nested(MAX_JSON_DEPTH))).toEqual([]);
  });

  it('names each string or key holding NUL', () => {
    expect(jsonBodyErrors({ name: 'a\u0000b', list: ['ok', '\u0000'], ['k\u0000']: 1 })).toEqual([
      { field: 'name', message: 'name must not contain NUL (\\u0000) characters' },
      { field: 'k\\u0000', message: 'property names must not contain NUL (\\u0000) characters' },
      { field: 'list.1', message: 'list.1 must not contain NUL (\\u0000) characters' },
    ]);
    expect(jsonBodyErrors('\u0000')).toEqual([
      { field: 'body', message: 'body must not contain NUL (\\u0000) characters' },
    ]);
  });

  it('names each string or key holding a lone surrogate, and writes it escaped', () => {
    expect(jsonBodyErrors({ ok: '😀 \ud83d\ude00', a: '\ud800', list: ['x\udfffy'], ['\udc00k']: 1 })).toEqual([
      { field: 'a', message: 'a must not contain a lone surrogate (a \\ud800–\\udfff escape without its pair)' },
      {
        field: '\\udc00k',
        message: 'property names must not contain a lone surrogate (a \\ud800–\\udfff escape without its pair)',
      },
      { field: 'list.0', message: expect.stringMatching(/^list\.0 must not contain a lone surrogate/) },
    ]);
    expect(jsonBodyErrors({ x: { '\ud800': ['\ude00\ud83d'] } })).toEqual([
      { field: 'x.\\ud800', message: expect.stringMatching(/^property names/) },
    ]);
    expect(jsonBodyErrors({ y: ['\ude00\ud83d'] })).toEqual([{ field: 'y.0', message: expect.any(String) }]);
    expect(jsonBodyErrors('\udbff')).toEqual([{ field: 'body', message: expect.stringMatching(/^body must not/) }]);
  });

  it('refuses nesting past the limit, at any depth, without recursion', () => {
    expect(jsonBodyErrors(nested(MAX_JSON_DEPTH + 1))).toEqual([
      {
        field: expect.stringMatching(/^(0\.){63}0$/),
        message: expect.stringMatching(/nests more than 64 levels deep/),
      },
    ]);
    expect(jsonBodyErrors({ rule: nested(300_000) })).toHaveLength(1);
  });

  it('refuses objects and arrays wider than any request needs, cheaply', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_JSON_PROPERTIES + 1 }, (_, i) => [`k${i}`, i]));
    expect(jsonBodyErrors({ values: wide })).toEqual([
      { field: 'values', message: `values holds more than ${MAX_JSON_PROPERTIES} properties` },
    ]);
    const started = performance.now();
    expect(jsonBodyErrors({ rule: { in: new Array(500_000).fill('x') } })).toEqual([
      { field: 'rule.in', message: `rule.in holds more than ${MAX_JSON_ITEMS} items` },
    ]);
    expect(jsonBodyErrors(new Array(MAX_JSON_ITEMS).fill(1))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reports at most 20 problems', () => {
    expect(jsonBodyErrors(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });
});
