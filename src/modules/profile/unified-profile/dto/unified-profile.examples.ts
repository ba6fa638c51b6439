/**
 * The response example of `GET /customers/{id}/unified-profile`: the seed's, with what the
 * contract adds (each recent interaction's `creativeId`, the `experiments` section) and
 * `segments` sorted, as the contract says they are.
 */
export const UNIFIED_PROFILE_EXAMPLE = {
  customerId: 'CUST001',
  attributes: {
    email: 'john@example.com',
    tier: 'gold',
    lifetime_value: 15200.5,
    tenure_months: 36,
  },
  interactions: {
    totalCount: 142,
    recentInteractions: [
      {
        offerId: 'offer_001',
        creativeId: 'creative_001',
        interactionType: 'click',
        timestamp: '2026-03-15T10:30:00.000Z',
      },
    ],
  },
  metrics: {
    purchase_frequency_30d: 4,
    engagement_score: 78.5,
  },
  segments: ['active_buyer', 'high_value'],
  experiments: [{ experimentId: 'exp_hero_2026', variant: 'treatment', assignedAt: '2026-03-01T09:00:00.000Z' }],
};
