/**
 * The response example of `DELETE /customers/{id}`: the seed's, plus the two counts the
 * contract adds (erasure means all personal data).
 */
export const ERASE_CUSTOMER_EXAMPLE = {
  success: true,
  deleted: {
    interactionHistory: 142,
    interactionSummary: 23,
    experimentAssignments: 5,
    impressions: 67,
    attributes: 2,
    metricValues: 4,
  },
};
