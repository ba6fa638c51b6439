import { checkMetricValues, MAX_METRIC_VALUES } from './metric-values.js';

describe('checkMetricValues', () => {
  it('returns the entries of a valid map', () => {
    expect(checkMetricValues({ engagement_score: 0.8, purchase_frequency_30d: 3, 'a.b:c@d-e': -1.5e10 })).toEqual({
      ok: true,
      entries: [
        { name: 'engagement_score', value: 0.8 },
        { name: 'purchase_frequency_30d', value: 3 },
        { name: 'a.b:c@d-e', value: -1.5e10 },
      ],
    });
  });

  it(`accepts ${MAX_METRIC_VALUES} entries, not ${MAX_METRIC_VALUES + 1} and not 0`, () => {
    const map = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, i]));
    expect(checkMetricValues(map(MAX_METRIC_VALUES)).ok).toBe(true);
    for (const n of [0, MAX_METRIC_VALUES + 1]) {
      expect(checkMetricValues(map(n))).toEqual({
        ok: false,
        errors: [{ field: 'values', message: expect.any(String) }],
      });
    }
  });

  it.each([
    ['an array', [1]],
    ['a number', 1],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'x'],
  ])('refuses %s', (_case, values) => {
    expect(checkMetricValues(values)).toEqual({
      ok: false,
      errors: [{ field: 'values', message: expect.any(String) }],
    });
  });

  it.each([
    ['a string', '5'],
    ['a boolean', true],
    ['null', null],
    ['an object', { value: 1 }],
    ['an array', [1]],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['NaN', NaN],
  ])('refuses %s as a value, naming values.<name>', (_case, value) => {
    expect(checkMetricValues({ ok: 1, score: value })).toEqual({
      ok: false,
      errors: [{ field: 'values.score', message: expect.stringContaining('score') }],
    });
  });

  it('refuses names that break the id rule', () => {
    const check = checkMetricValues({ 'bad name': 1, ['x'.repeat(129)]: 2, fine: 3 });
    expect(check.ok || check.errors.map((e) => e.field)).toEqual(['values.bad name', `values.${'x'.repeat(129)}`]);
  });
});
