/**
 * The response example of `GET /interaction-history`: the seed's, with the row's
 * `creativeId` and the page's `nextCursor`, which the contract adds.
 */
export const INTERACTION_HISTORY_EXAMPLE = {
  data: [
    {
      id: 'ih_001',
      customerId: 'CUST001',
      offerId: 'offer_001',
      creativeId: 'creative_001',
      interactionType: 'click',
      timestamp: '2026-03-15T10:30:00.000Z',
      offer: { id: 'offer_001', name: 'Platinum Card' },
      creative: {
        id: 'creative_001',
        name: 'Email Hero',
        channel: { id: 'ch_001', name: 'Marketing Email' },
      },
    },
  ],
  total: 142,
  hasMore: true,
  nextCursor:
    'eyJwIjp7InQiOiIyMDI2LTAzLTE1VDEwOjMwOjAwLjAwMDAwMFoiLCJpZCI6ImloXzAwMSIsImMiOiJDVVNUMDAxIn0sImYiOiJkdU9UaEJ0bm1rNTVGRFJadVdCUHh3In0.A5LQlm42rThG-9mAgL5G1QVitLJVDtc6X7mFZo_1UC8',
};
