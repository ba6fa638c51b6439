/**
 * Response examples of `GET /interaction-summary`, one per `groupBy`: the seed's rows for
 * `action` and `customer`, rows of the same data for `treatment` and `channel`, and the
 * fields the contract adds (`hasMore`, `source`, `refreshedAt`).
 */
const PAGE = { days: 30 };
const TAIL = { hasMore: false, source: 'materialized', refreshedAt: '2026-03-15T10:29:00.000Z' };

export const INTERACTION_SUMMARY_EXAMPLES = {
  action: {
    summary: 'groupBy=action (the default)',
    value: {
      groupBy: 'action',
      ...PAGE,
      summary: [
        {
          id: 'offer_001',
          name: 'Platinum Card',
          issue: 'Credit Cards',
          group: 'Premium',
          status: 'active',
          priority: 90,
          impression: 5200,
          click: 416,
          dismiss: 312,
          convert: 52,
          total: 5980,
          ctr: 8.0,
          cvr: 1.0,
        },
      ],
      ...TAIL,
    },
  },
  treatment: {
    summary: 'groupBy=treatment',
    value: {
      groupBy: 'treatment',
      ...PAGE,
      summary: [
        {
          id: 'creative_001',
          name: 'Email Hero',
          offerId: 'offer_001',
          channel: { id: 'ch_001', name: 'Marketing Email' },
          impression: 2600,
          click: 208,
          dismiss: 156,
          convert: 26,
          total: 2990,
          ctr: 8.0,
          cvr: 1.0,
        },
      ],
      ...TAIL,
    },
  },
  channel: {
    summary: 'groupBy=channel',
    value: {
      groupBy: 'channel',
      ...PAGE,
      summary: [
        {
          id: 'ch_001',
          name: 'Marketing Email',
          impression: 2600,
          click: 208,
          dismiss: 156,
          convert: 26,
          total: 2990,
          ctr: 8.0,
          cvr: 1.0,
        },
      ],
      ...TAIL,
    },
  },
  customer: {
    summary: 'groupBy=customer',
    value: {
      groupBy: 'customer',
      ...PAGE,
      summary: [
        {
          customerId: 'CUST001',
          total: 142,
          impression: 80,
          click: 32,
          dismiss: 20,
          convert: 10,
          uniqueActions: 8,
        },
      ],
      hasMore: false,
      source: 'live',
      refreshedAt: null,
    },
  },
};
