/**
 * What an erasure removed, per kind of customer data: the seed's four counts, plus schema-table
 * records (`attributes`) and metric values, because erasure means all personal data. The same
 * object is the erase response's `deleted` and a receipt's `counts`.
 */
export interface ErasureCounts {
  interactionHistory: number;
  interactionSummary: number;
  experimentAssignments: number;
  impressions: number;
  attributes: number;
  metricValues: number;
}

/** The keys in response order; a receipt's stored jsonb is read back through them. */
export const ERASURE_COUNT_KEYS = [
  'interactionHistory',
  'interactionSummary',
  'experimentAssignments',
  'impressions',
  'attributes',
  'metricValues',
] as const satisfies readonly (keyof ErasureCounts)[];
