import type { DataSource, EntityManager } from 'typeorm';

/** How long to wait for the server to finish a transaction whose COMMIT went unanswered. */
const SETTLE_TIMEOUT_MS = 1_000;
const SETTLE_POLL_MS = 25;

/**
 * Runs `work` in one transaction, as DataSource.transaction does, for writes a client cannot
 * safely repeat (ingest without ids, an erasure and its receipt). When the connection is lost
 * after COMMIT was sent, the outcome is unknown to the driver; the server knows it. So the
 * transaction's id is read before COMMIT, and on a failed COMMIT another connection asks
 * pg_xact_status: committed is answered as success (the client must not repeat it), anything
 * else rethrows the COMMIT's error (a 503 when the connection was lost: nothing was written).
 */
export async function settledTransaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  try {
    await runner.startTransaction();
    let result: T;
    let xid: string | null;
    try {
      result = await work(runner.manager);
      [{ xid }] = (await runner.query(`SELECT pg_current_xact_id_if_assigned()::text AS xid`)) as {
        xid: string | null;
      }[];
    } catch (error) {
      // The connection may be gone; the work's own error is the one that explains the failure.
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
    try {
      await runner.commitTransaction();
    } catch (error) {
      if (xid !== null && (await committed(db, xid))) return result;
      throw error;
    }
    return result;
  } finally {
    await runner.release();
  }
}

/** True when transaction `xid` committed; false when it aborted or its fate cannot be told now. */
async function committed(db: DataSource, xid: string): Promise<boolean> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    let status: string | null;
    try {
      [{ status }] = await db.query<{ status: string | null }[]>(`SELECT pg_xact_status($1::xid8) AS status`, [xid]);
    } catch {
      return false; // the server is unreachable too: the COMMIT's own error stands
    }
    // 'in progress' while the backend of the lost connection is still finishing its COMMIT.
    if (status !== 'in progress' || Date.now() > deadline) return status === 'committed';
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
  }
}
