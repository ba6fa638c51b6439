import { METRIC_NAME_PATTERN } from '../shared/names.js';
import {
  type CustomerFacts,
  evaluateSegmentRule,
  matchingSegmentIds,
  MAX_IN_VALUES,
  MAX_REPORTED_ERRORS,
  MAX_RULE_DEPTH,
  MAX_RULE_NODES,
  MAX_STRING_VALUE_LENGTH,
  parseSegmentRule,
  type SegmentRule,
} from './segment-rule.js';

const FACTS: CustomerFacts = {
  attributes: {
    tier: 'gold',
    lifetime_value: 12_500,
    vip: true,
    signed_up_at: '2024-06-01T08:00:00.000Z',
    email: null,
    nested: { a: 1 },
  },
  metrics: { engagement_score: 0.8, purchase_frequency_30d: 3 },
};

function rule(input: unknown): SegmentRule {
  const parsed = parseSegmentRule(input);
  if (!parsed.ok) throw new Error(`rule does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.rule;
}

/** Evaluates one condition, wrapped in an `all` group. */
function holds(condition: Record<string, unknown>, facts: CustomerFacts = FACTS): boolean {
  return evaluateSegmentRule(rule({ all: [condition] }), facts);
}

function errorsOf(input: unknown) {
  const parsed = parseSegmentRule(input);
  if (parsed.ok) throw new Error('expected the rule to be rejected');
  return parsed.errors;
}

function pathsOf(input: unknown): string[] {
  return errorsOf(input).map((e) => e.path);
}

describe('evaluateSegmentRule', () => {
  describe.each([
    // op, field, value, expected
    ['eq', 'attributes.tier', 'gold', true],
    ['eq', 'attributes.tier', 'silver', false],
    ['eq', 'attributes.lifetime_value', 12_500, true],
    ['eq', 'attributes.vip', true, true],
    ['eq', 'attributes.vip', false, false],
    ['eq', 'metrics.purchase_frequency_30d', 3, true],
    ['neq', 'attributes.tier', 'silver', true],
    ['neq', 'attributes.tier', 'gold', false],
    ['neq', 'attributes.vip', false, true],
    ['neq', 'metrics.engagement_score', 0.5, true],
    ['gt', 'attributes.lifetime_value', 10_000, true],
    ['gt', 'attributes.lifetime_value', 12_500, false],
    ['gte', 'attributes.lifetime_value', 12_500, true],
    ['gte', 'attributes.lifetime_value', 12_501, false],
    ['lt', 'metrics.engagement_score', 0.9, true],
    ['lt', 'metrics.engagement_score', 0.8, false],
    ['lte', 'metrics.engagement_score', 0.8, true],
    ['lte', 'metrics.engagement_score', 0.79, false],
    ['gt', 'attributes.tier', 'bronze', true],
    ['lt', 'attributes.tier', 'bronze', false],
    ['gte', 'attributes.signed_up_at', '2024-06-01T08:00:00.000Z', true],
    ['gt', 'attributes.signed_up_at', '2024-01-01', true],
    ['lt', 'attributes.signed_up_at', '2024-06-01T07:59:59.999Z', false],
    ['lt', 'attributes.signed_up_at', '2025', true],
    ['in', 'attributes.tier', ['silver', 'gold'], true],
    ['in', 'attributes.tier', ['silver', 'bronze'], false],
    ['in', 'metrics.purchase_frequency_30d', [1, 2, 3], true],
    ['in', 'attributes.vip', [true], true],
  ])('%s on %s with %j', (op, field, value, expected) => {
    it(`is ${String(expected)}`, () => {
      expect(holds({ field, op, value })).toBe(expected);
    });
  });

  describe('exists', () => {
    it.each([
      [{ field: 'attributes.tier', op: 'exists' }, true],
      [{ field: 'attributes.tier', op: 'exists', value: true }, true],
      [{ field: 'attributes.tier', op: 'exists', value: false }, false],
      [{ field: 'attributes.unknown', op: 'exists' }, false],
      [{ field: 'attributes.unknown', op: 'exists', value: false }, true],
      [{ field: 'metrics.engagement_score', op: 'exists' }, true],
      [{ field: 'metrics.unknown', op: 'exists', value: false }, true],
    ])('%j is %s', (condition, expected) => {
      expect(holds(condition)).toBe(expected);
    });

    it('treats a null attribute as missing', () => {
      expect(holds({ field: 'attributes.email', op: 'exists' })).toBe(false);
      expect(holds({ field: 'attributes.email', op: 'exists', value: false })).toBe(true);
    });
  });

  describe('missing fields are false for every operator but exists', () => {
    it.each([
      ['eq', 'x'],
      ['neq', 'x'],
      ['gt', 1],
      ['gte', 1],
      ['lt', 1],
      ['lte', 1],
      ['in', ['x', 1]],
    ])('%s', (op, value) => {
      expect(holds({ field: 'attributes.unknown', op, value })).toBe(false);
      expect(holds({ field: 'attributes.email', op, value })).toBe(false);
    });

    it('for metrics too, and with no facts at all', () => {
      expect(holds({ field: 'metrics.unknown', op: 'neq', value: 1 })).toBe(false);
      expect(holds({ field: 'metrics.unknown', op: 'lt', value: 1 })).toBe(false);
      expect(holds({ field: 'attributes.tier', op: 'eq', value: 'gold' }, { attributes: {}, metrics: {} })).toBe(false);
    });

    it('does not see inherited properties', () => {
      expect(holds({ field: 'attributes.constructor', op: 'exists' })).toBe(false);
      expect(holds({ field: 'attributes.toString', op: 'exists' })).toBe(false);
      expect(holds({ field: 'metrics.constructor', op: 'exists' })).toBe(false);
    });
  });

  describe('type mismatches are false, never coerced, never thrown', () => {
    it.each([
      ['eq', 'attributes.lifetime_value', '12500'],
      ['neq', 'attributes.lifetime_value', '1'],
      ['eq', 'attributes.vip', 'true'],
      ['neq', 'attributes.vip', 1],
      ['gt', 'attributes.lifetime_value', '100'],
      ['lt', 'attributes.tier', 5],
      ['gte', 'attributes.vip', 0],
      ['lte', 'attributes.vip', 'z'],
      ['in', 'attributes.lifetime_value', ['12500']],
      ['in', 'attributes.vip', [1, 'true']],
      ['eq', 'attributes.nested', 'x'],
      ['gt', 'attributes.nested', 0],
      ['neq', 'attributes.nested', 'x'],
    ])('%s on %s with %j', (op, field, value) => {
      expect(holds({ field, op, value })).toBe(false);
    });

    it('a string metric value (bad data) compares as nothing', () => {
      const facts = { attributes: {}, metrics: { score: '5' as unknown as number } };
      expect(holds({ field: 'metrics.score', op: 'eq', value: 5 }, facts)).toBe(false);
      expect(holds({ field: 'metrics.score', op: 'gt', value: 1 }, facts)).toBe(false);
    });
  });

  describe('groups', () => {
    const yes = { field: 'attributes.tier', op: 'eq', value: 'gold' };
    const no = { field: 'attributes.tier', op: 'eq', value: 'silver' };

    it.each([
      [{ all: [yes] }, true],
      [{ all: [yes, yes] }, true],
      [{ all: [yes, no] }, false],
      [{ any: [no, yes] }, true],
      [{ any: [no, no] }, false],
      [{ any: [no, { all: [yes, yes] }] }, true],
      [{ all: [yes, { any: [no, { all: [no] }] }] }, false],
      [{ all: [{ any: [no, { all: [yes, { any: [yes] }] }] }] }, true],
    ])('%j is %s', (input, expected) => {
      expect(evaluateSegmentRule(rule(input), FACTS)).toBe(expected);
    });

    it('evaluates the contract example', () => {
      const highValue = rule({ all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10_000 }] });
      expect(evaluateSegmentRule(highValue, FACTS)).toBe(true);
      expect(evaluateSegmentRule(highValue, { attributes: { lifetime_value: 9_999 }, metrics: {} })).toBe(false);
    });

    it('evaluates the deepest and the largest allowed rules', () => {
      let deep: Record<string, unknown> = { all: [yes] };
      for (let level = 1; level < MAX_RULE_DEPTH; level++) deep = { any: [no, deep] };
      expect(evaluateSegmentRule(rule(deep), FACTS)).toBe(true);
      const wide = { all: Array.from({ length: MAX_RULE_NODES - 1 }, () => yes) };
      expect(evaluateSegmentRule(rule(wide), FACTS)).toBe(true);
    });
  });
});

describe('parseSegmentRule', () => {
  it('returns the rule as given, exists without a value included', () => {
    const input = {
      any: [
        { field: 'attributes.tier', op: 'in', value: ['gold', 'platinum'] },
        {
          all: [
            { field: 'metrics.engagement_score', op: 'gt', value: 0.5 },
            { field: 'attributes.vip', op: 'exists' },
          ],
        },
      ],
    };
    expect(parseSegmentRule(input)).toEqual({ ok: true, rule: input });
  });

  it('accepts the metric names their rule allows', () => {
    expect(METRIC_NAME_PATTERN.test('a.b:c@d-e')).toBe(true);
    expect(parseSegmentRule({ all: [{ field: 'metrics.a.b:c@d-e', op: 'gt', value: 1 }] }).ok).toBe(true);
  });

  describe('rejects, naming the path of each bad node', () => {
    it.each([
      ['not an object', 'all', ['rule']],
      ['null', null, ['rule']],
      ['an array', [{ field: 'attributes.a', op: 'exists' }], ['rule']],
      ['a bare condition', { field: 'attributes.a', op: 'exists' }, ['rule']],
      ['an empty object', {}, ['rule']],
      ['both all and any', { all: [], any: [] }, ['rule']],
      ['an empty group', { all: [] }, ['rule.all']],
      ['a group that is not an array', { any: { field: 'attributes.a', op: 'exists' } }, ['rule.any']],
      ['an unknown key on a group', { all: [{ field: 'attributes.a', op: 'exists' }], none: [] }, ['rule.none']],
      ['an empty nested group', { all: [{ field: 'attributes.a', op: 'exists' }, { any: [] }] }, ['rule.all.1.any']],
      ['a node that is a string', { all: ['attributes.a'] }, ['rule.all.0']],
      ['a node that is neither', { all: [{ value: 1 }] }, ['rule.all.0']],
      [
        'an unknown op',
        {
          all: [
            { field: 'attributes.a', op: 'eq', value: 1 },
            { field: 'attributes.a', op: 'like', value: 'x' },
          ],
        },
        ['rule.all.1.op'],
      ],
      ['a missing op', { all: [{ field: 'attributes.a', value: 1 }] }, ['rule.all.0.op']],
      ['a non-string op', { all: [{ field: 'attributes.a', op: 1, value: 1 }] }, ['rule.all.0.op']],
      ['a missing field', { all: [{ op: 'eq', value: 1 }] }, ['rule.all.0.field']],
      [
        'a field outside attributes and metrics',
        { all: [{ field: 'profile.tier', op: 'eq', value: 1 }] },
        ['rule.all.0.field'],
      ],
      ['a field without a name', { all: [{ field: 'attributes.', op: 'eq', value: 1 }] }, ['rule.all.0.field']],
      ['a field without a source', { all: [{ field: 'tier', op: 'eq', value: 1 }] }, ['rule.all.0.field']],
      ['a bad attribute name', { all: [{ field: 'attributes.a.b', op: 'eq', value: 1 }] }, ['rule.all.0.field']],
      ['a bad metric name', { all: [{ field: 'metrics.a b', op: 'eq', value: 1 }] }, ['rule.all.0.field']],
      ['a non-string field', { all: [{ field: ['attributes.a'], op: 'eq', value: 1 }] }, ['rule.all.0.field']],
      [
        'an unknown key on a condition',
        { all: [{ field: 'attributes.a', op: 'eq', value: 1, negate: true }] },
        ['rule.all.0.negate'],
      ],
      ['a missing value', { all: [{ field: 'attributes.a', op: 'eq' }] }, ['rule.all.0.value']],
      ['a null value', { all: [{ field: 'attributes.a', op: 'eq', value: null }] }, ['rule.all.0.value']],
      ['an object value', { all: [{ field: 'attributes.a', op: 'neq', value: { x: 1 } }] }, ['rule.all.0.value']],
      ['an array value with eq', { all: [{ field: 'attributes.a', op: 'eq', value: ['x'] }] }, ['rule.all.0.value']],
      ['a non-finite number', { all: [{ field: 'attributes.a', op: 'eq', value: Infinity }] }, ['rule.all.0.value']],
      [
        'an over-long string',
        { all: [{ field: 'attributes.a', op: 'eq', value: 'x'.repeat(MAX_STRING_VALUE_LENGTH + 1) }] },
        ['rule.all.0.value'],
      ],
      ['a boolean with gt', { all: [{ field: 'attributes.a', op: 'gt', value: true }] }, ['rule.all.0.value']],
      ['null with lte', { all: [{ field: 'attributes.a', op: 'lte', value: null }] }, ['rule.all.0.value']],
      ['a string for a metric', { all: [{ field: 'metrics.m', op: 'eq', value: '5' }] }, ['rule.all.0.value']],
      ['a boolean for a metric', { all: [{ field: 'metrics.m', op: 'neq', value: true }] }, ['rule.all.0.value']],
      [
        'a string in for a metric',
        { all: [{ field: 'metrics.m', op: 'in', value: [1, '2'] }] },
        ['rule.all.0.value.1'],
      ],
      ['in without an array', { all: [{ field: 'attributes.a', op: 'in', value: 'gold' }] }, ['rule.all.0.value']],
      ['in with an empty array', { all: [{ field: 'attributes.a', op: 'in', value: [] }] }, ['rule.all.0.value']],
      [
        'in with too many values',
        { all: [{ field: 'attributes.a', op: 'in', value: Array.from({ length: MAX_IN_VALUES + 1 }, (_, i) => i) }] },
        ['rule.all.0.value'],
      ],
      [
        'in with bad items',
        { all: [{ field: 'attributes.a', op: 'in', value: ['x', null, {}, 2] }] },
        ['rule.all.0.value.1', 'rule.all.0.value.2'],
      ],
      [
        'exists with a non-boolean',
        { all: [{ field: 'attributes.a', op: 'exists', value: 'yes' }] },
        ['rule.all.0.value'],
      ],
      ['exists with null', { all: [{ field: 'attributes.a', op: 'exists', value: null }] }, ['rule.all.0.value']],
    ])('%s', (_case, input, paths) => {
      expect(pathsOf(input)).toEqual(paths);
    });

    it('reports every bad node, at every level', () => {
      const input = {
        all: [
          { field: 'attributes.ok', op: 'eq', value: 1 },
          { field: 'nope', op: 'eq', value: 1 },
          {
            any: [
              { field: 'attributes.x', op: 'between', value: [1, 2] },
              { all: [{ field: 'metrics.m', op: 'gt', value: 'high' }] },
            ],
          },
          { any: [], extra: 1 },
        ],
      };
      expect(pathsOf(input)).toEqual([
        'rule.all.1.field',
        'rule.all.2.any.0.op',
        'rule.all.2.any.1.all.0.value',
        'rule.all.3.extra',
        'rule.all.3.any',
      ]);
    });

    it('gives each error a message', () => {
      for (const error of errorsOf({ all: [{ field: 'x', op: 'y' }] })) {
        expect(error.message).toEqual(expect.any(String));
        expect(error.message.length).toBeGreaterThan(5);
      }
    });
  });

  describe('limits', () => {
    const leaf = { field: 'attributes.a', op: 'exists' };

    function nest(levels: number): Record<string, unknown> {
      let node: Record<string, unknown> = { all: [leaf] };
      for (let level = 1; level < levels; level++) node = { all: [leaf, node] };
      return node;
    }

    it(`allows groups nested ${MAX_RULE_DEPTH} deep, not ${MAX_RULE_DEPTH + 1}`, () => {
      expect(parseSegmentRule(nest(MAX_RULE_DEPTH)).ok).toBe(true);
      const tooDeep = pathsOf(nest(MAX_RULE_DEPTH + 1));
      expect(tooDeep).toEqual([`rule${'.all.1'.repeat(MAX_RULE_DEPTH)}`]);
    });

    it('stops at the depth limit even for very deep input', () => {
      expect(pathsOf(nest(5_000))).toEqual([`rule${'.all.1'.repeat(MAX_RULE_DEPTH)}`]);
    });

    it(`allows ${MAX_RULE_NODES} nodes, not ${MAX_RULE_NODES + 1}`, () => {
      expect(parseSegmentRule({ all: Array.from({ length: MAX_RULE_NODES - 1 }, () => leaf) }).ok).toBe(true);
      expect(pathsOf({ all: Array.from({ length: MAX_RULE_NODES }, () => leaf) })).toEqual(['rule']);
      const nested = { any: Array.from({ length: 50 }, () => ({ all: [leaf, leaf, leaf, leaf] })) };
      expect(pathsOf(nested)).toEqual(['rule']);
    });

    it(`allows ${MAX_IN_VALUES} values for in`, () => {
      const value = Array.from({ length: MAX_IN_VALUES }, (_, i) => `v${i}`);
      expect(parseSegmentRule({ all: [{ field: 'attributes.a', op: 'in', value }] }).ok).toBe(true);
    });

    it(`reports at most ${MAX_REPORTED_ERRORS} errors`, () => {
      const value = Array.from({ length: MAX_IN_VALUES }, () => null);
      expect(errorsOf({ all: [{ field: 'attributes.a', op: 'in', value }] })).toHaveLength(MAX_REPORTED_ERRORS);
    });
  });
});

describe('matchingSegmentIds', () => {
  it('returns the sorted ids of the segments the customer is in, skipping rules that do not parse', () => {
    const segments = [
      { id: 'high_value', rule: { all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10_000 }] } },
      { id: 'engaged', rule: { any: [{ field: 'metrics.engagement_score', op: 'gt', value: 0.5 }] } },
      { id: 'silver', rule: { all: [{ field: 'attributes.tier', op: 'eq', value: 'silver' }] } },
      { id: 'broken', rule: { all: [{ field: 'attributes.tier', op: 'like', value: 'g%' }] } },
      { id: 'garbage', rule: 'not a rule' },
      { id: 'A_first', rule: { all: [{ field: 'attributes.vip', op: 'eq', value: true }] } },
    ];
    expect(matchingSegmentIds(segments, FACTS)).toEqual(['A_first', 'engaged', 'high_value']);
    expect(matchingSegmentIds(segments, { attributes: {}, metrics: {} })).toEqual([]);
    expect(matchingSegmentIds([], FACTS)).toEqual([]);
  });
});
