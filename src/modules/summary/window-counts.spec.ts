import { LruCache } from '../../common/lru-cache.js';
import { addCells, rollUp, topGroups, type CellCounts } from './window-counts.js';

const cell = (offerId: string, creativeKey: string, impressions: number, clicks = 0): CellCounts => ({
  offerId,
  creativeKey,
  impressions,
  clicks,
  dismisses: 0,
  conversions: 0,
});

describe('window counts', () => {
  it('adds cells by offer (all of them) and by creative (those with one), flagging raw contributions', () => {
    const buckets = addCells(undefined, [cell('o1', 'c1', 3), cell('o1', '', 2), cell('o2', 'c2', 1)], false);
    const counts = addCells(buckets, [cell('o2', 'c2', 0, 4), cell('o3', '', 1)], true);

    expect([...counts.byOffer.values()]).toEqual([
      { id: 'o1', impressions: 5, clicks: 0, dismisses: 0, conversions: 0, raw: false },
      { id: 'o2', impressions: 1, clicks: 4, dismisses: 0, conversions: 0, raw: true },
      { id: 'o3', impressions: 1, clicks: 0, dismisses: 0, conversions: 0, raw: true },
    ]);
    expect([...counts.byCreative.keys()]).toEqual(['c1', 'c2']);
    // The memoized part is not touched by what is added to it.
    expect(buckets.byOffer.get('o2')).toEqual({
      id: 'o2',
      impressions: 1,
      clicks: 0,
      dismisses: 0,
      conversions: 0,
      raw: false,
    });
    expect(buckets.byOffer.has('o3')).toBe(false);
  });

  it('orders by total descending, then id in byte order, leaves out empty groups, and sees raw rows cut by the limit', () => {
    const counts = addCells(undefined, [cell('b', '', 2), cell('a', '', 2), cell('B', '', 2), cell('z', '', 0)], false);
    const withRaw = addCells(counts, [cell('y', '', 1)], true);

    const { top, anyRaw } = topGroups(withRaw.byOffer.values(), 3);

    expect(top.map((g) => [g.id, g.total])).toEqual([
      ['B', 2],
      ['a', 2],
      ['b', 2],
    ]);
    expect(anyRaw).toBe(true);
    expect(topGroups(counts.byOffer.values(), 10).anyRaw).toBe(false);
  });

  it('rolls creatives up into their channels, leaving out those without one', () => {
    const counts = addCells(undefined, [cell('o', 'c1', 1), cell('o', 'c2', 2), cell('o', 'c3', 4)], false);
    const channels = rollUp(counts.byCreative.values(), (id) => ({ c1: 'web', c2: 'web' })[id]);

    expect([...channels.values()]).toEqual([
      { id: 'web', impressions: 3, clicks: 0, dismisses: 0, conversions: 0, raw: false },
    ]);
  });
});

describe('LruCache', () => {
  it('keeps the entries used last', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);

    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([1, undefined, 3, 2]);
  });
});
