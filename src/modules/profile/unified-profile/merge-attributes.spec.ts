import { mergeAttributes } from './merge-attributes.js';

describe('mergeAttributes', () => {
  it('merges every record into one object', () => {
    expect(mergeAttributes([{ email: 'a@example.com' }, { tier: 'gold', vip: true }])).toEqual({
      email: 'a@example.com',
      tier: 'gold',
      vip: true,
    });
  });

  it('lets the first (oldest) table win a field both have, a stored null included', () => {
    const merged = mergeAttributes([
      { tier: 'silver', score: null },
      { tier: 'gold', score: 7, extra: 1 },
    ]);
    expect(merged).toEqual({ tier: 'silver', score: null, extra: 1 });
  });

  it('takes a field from a later table when the earlier record does not store it', () => {
    expect(mergeAttributes([{}, { tier: 'gold' }])).toEqual({ tier: 'gold' });
  });

  it('is empty without records', () => {
    expect(mergeAttributes([])).toEqual({});
  });
});
