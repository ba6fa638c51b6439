/**
 * SQL that adds the interactions of `source` (a relation or CTE with customer_id, offer_id,
 * interaction_type, occurred_at) to customer_interaction_summary. Shared by ingest and the
 * demo seeder, so the summary is maintained one way only. Use it together with
 * addToCustomerTotalSql: both are exact, in the writer's transaction.
 */
export function addToCustomerSummarySql(source: string): string {
  return `
    INSERT INTO customer_interaction_summary AS s
      (customer_id, offer_id, impressions, clicks, dismisses, conversions, last_interaction_at)
    SELECT customer_id, offer_id,
           count(*) FILTER (WHERE interaction_type = 'impression'),
           count(*) FILTER (WHERE interaction_type = 'click'),
           count(*) FILTER (WHERE interaction_type = 'dismiss'),
           count(*) FILTER (WHERE interaction_type = 'convert'),
           max(occurred_at)
    FROM ${source}
    GROUP BY customer_id, offer_id
    ON CONFLICT (customer_id, offer_id) DO UPDATE SET
      impressions = s.impressions + EXCLUDED.impressions,
      clicks = s.clicks + EXCLUDED.clicks,
      dismisses = s.dismisses + EXCLUDED.dismisses,
      conversions = s.conversions + EXCLUDED.conversions,
      last_interaction_at = GREATEST(s.last_interaction_at, EXCLUDED.last_interaction_at)`;
}

/**
 * SQL that adds the interactions of `source` (with customer_id) to customer_interaction_total,
 * each customer's all-time count. Shared by ingest and the demo seeder like the summary above;
 * erasure deletes the customer's row.
 */
export function addToCustomerTotalSql(source: string): string {
  return `
    INSERT INTO customer_interaction_total AS t (customer_id, total)
    SELECT customer_id, count(*)
    FROM ${source}
    GROUP BY customer_id
    ON CONFLICT (customer_id) DO UPDATE SET total = t.total + EXCLUDED.total`;
}
