import type { EntityManager } from 'typeorm';

/**
 * Every advisory lock the service takes, in one place, so that no two uses collide.
 *
 * PostgreSQL keeps two key spaces for advisory locks that never collide with each other:
 * one bigint key (`pg_advisory_lock(bigint)`) and a pair of int keys
 * (`pg_advisory_lock(int, int)`).
 *
 * One bigint key space:
 * - Customers (customer-lock.ts): `hashtextextended(customer_id, 0)`, transaction-scoped.
 *   Ingest, erasure and every per-customer write take them, in key order.
 * - Migrations (MIGRATION_LOCK_KEY, migration-runner.ts): session-scoped, around
 *   `runMigrations`, so that instances starting together migrate one at a time. It shares
 *   the space with customer hashes (a collision, at odds of 2^-64 per customer, would only
 *   make one wait for the other); it stays where it is because instances of an older
 *   release must keep agreeing on it during a rolling deploy.
 *
 * The (int, int) space, class SUMMARY_LOCK_CLASS: the materialized summaries.
 * - WRITE_FENCE: every transaction that inserts into interaction_history holds it SHARED
 *   from its start (holdWriteFence). The refresh takes it EXCLUSIVELY (session-scoped, on
 *   the connection of its transaction) just long enough to read max(seq): it waits for the
 *   writes in flight, so every row with seq <= that max is committed, and a row written
 *   later gets a larger seq (the identity's sequence hands out values in order; CACHE 1).
 * - ROLLUP: held for the whole transaction by whatever changes the rollups: a refresh
 *   EXCLUSIVELY (one refresh at a time, across instances), an erasure SHARED (erasures run
 *   side by side, but never while a refresh is between reading and writing the watermark).
 *
 * Lock order, to rule out deadlocks: ROLLUP, then WRITE_FENCE, then customers. A refresh
 * takes ROLLUP then the fence; ingest the fence then customers; an erasure ROLLUP then its
 * customer. No one takes ROLLUP while holding the fence or a customer lock.
 */
export const MIGRATION_LOCK_KEY = 7_341_118_002;

/** 'SUMR' in ASCII: the class of the summary locks in the (int, int) key space. */
export const SUMMARY_LOCK_CLASS = 0x53_55_4d_52;

/** [class, id] pairs, passed as the two int arguments of the pg_advisory_* functions. */
export const WRITE_FENCE_LOCK = [SUMMARY_LOCK_CLASS, 1] as const;
export const ROLLUP_LOCK = [SUMMARY_LOCK_CLASS, 2] as const;

/**
 * Enters the write fence for the rest of the transaction (shared: writers never wait for
 * each other here, only for a refresh reading its watermark, which takes microseconds).
 * Every transaction that inserts into interaction_history calls this first. Must run inside
 * a transaction (`manager` from `dataSource.transaction`).
 */
export async function holdWriteFence(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock_shared($1, $2)`, [...WRITE_FENCE_LOCK]);
}
