import { referenceErrors, toEventRow, type EventRow } from './event-batch.js';

const row = (offerId: string, creativeId: string | null = null): EventRow => ({
  id: 'x',
  customerId: 'C',
  offerId,
  creativeId,
  occurredAt: null,
});

describe('toEventRow', () => {
  it('keeps a client id and normalises the timestamp to UTC milliseconds', () => {
    expect(
      toEventRow(
        { id: 'ih_1', customerId: 'C', offerId: 'o', timestamp: '2026-03-15T12:30:00.123456+02:00' },
        'ih_',
        'interactions.0',
      ),
    ).toEqual({ id: 'ih_1', customerId: 'C', offerId: 'o', creativeId: null, occurredAt: '2026-03-15T10:30:00.123Z' });
  });

  it('makes up a prefixed id and leaves the timestamp to the database', () => {
    const made = toEventRow({ customerId: 'C', offerId: 'o', creativeId: 'c' }, 'imp_', 'impressions.0');
    expect(made.id).toMatch(/^imp_[0-9a-f-]{36}$/);
    expect(made).toMatchObject({ creativeId: 'c', occurredAt: null });
  });
});

describe('referenceErrors', () => {
  const catalog = { offers: new Set(['o1', 'o2']), creativeOffers: new Map([['c1', 'o1']]) };

  it('is empty when every reference holds', () => {
    expect(referenceErrors('interactions', [row('o1'), row('o1', 'c1'), row('o2')], catalog)).toEqual([]);
  });

  it('names each bad item by its index', () => {
    expect(referenceErrors('impressions', [row('o1'), row('o9'), row('o2', 'c1'), row('o1', 'c9')], catalog)).toEqual([
      { field: 'impressions.1.offerId', message: 'offer o9 does not exist' },
      { field: 'impressions.2.creativeId', message: 'creative c1 belongs to offer o1, not o2' },
      { field: 'impressions.3.creativeId', message: 'creative c9 does not exist' },
    ]);
  });
});
