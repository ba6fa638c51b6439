import { mergeAttributes } from './merge-attributes.js';

describe('mergeAttributes', () => {
  it('merges every record into one object', () => {
    expect(mergeAttributes([{ data: { email: 'a@example.com' } }, { data: { tier: 'gold', vip: true } }])).toEqual({
      email: 'a@example.com',
      tier: 'gold',
      vip: true,
    });
  });

  it('lets the first (oldest) table win a field both have, a stored null included', () => {
    const merged = mergeAttributes([
      { data: { tier: 'silver', score: null } },
      { data: { tier: 'gold', score: 7, extra: 1 } },
    ]);
    expect(merged).toEqual({ tier: 'silver', score: null, extra: 1 });
  });

  it('takes a field from a later table when the earlier record does not store it', () => {
    expect(mergeAttributes([{ data: {} }, { data: { tier: 'gold' } }])).toEqual({ tier: 'gold' });
  });

  it('is empty without records', () => {
    expect(mergeAttributes([])).toEqual({});
  });
});
