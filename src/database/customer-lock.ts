import type { EntityManager } from 'typeorm';

/**
 * Serialises writers of the same customers: ingest and erasure of one customer never
 * interleave, so an erasure cannot leave half a customer behind. Transaction-scoped
 * advisory locks, taken in key order so two batches never deadlock on each other.
 * Must run inside a transaction (`manager` from `dataSource.transaction`). The key space
 * and the order relative to the other advisory locks: advisory-locks.ts.
 */
export async function lockCustomers(manager: EntityManager, customerIds: readonly string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await manager.query(
    `SELECT pg_advisory_xact_lock(key)
     FROM (SELECT DISTINCT hashtextextended(id, 0) AS key FROM unnest($1::text[]) AS id ORDER BY key) AS keys`,
    [customerIds],
  );
}
