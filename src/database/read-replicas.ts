import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** What /health and /metrics say about one replica. */
export interface ReplicaState {
  /** Its place in DATABASE_REPLICA_URLS, from 1 (never its URL, which may hold a password). */
  replica: number;
  /** It answered a query within the time allowed. */
  reachable: boolean;
  /**
   * Bytes of WAL the primary had written when asked that the replica had not replayed yet: 0
   * when it is caught up. Null when unknown (unreachable, the primary did not answer, or the
   * server is not a standby).
   */
  replayLagBytes: number | null;
  /**
   * 0 when caught up; otherwise the age of the last transaction it replayed (its commit time
   * on the primary): how stale its answers can be. Null when unknown, as replayLagBytes.
   */
  replayLagSeconds: number | null;
}

/** On a replica; $1 the primary's current WAL position (text), or null. */
const REPLICA_STATE_SQL = `
  SELECT greatest(pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn()), 0)::float8 AS "replayLagBytes",
         CASE WHEN $1::pg_lsn IS NULL OR NOT pg_is_in_recovery() THEN NULL
              WHEN pg_last_wal_replay_lsn() >= $1::pg_lsn THEN 0
              ELSE greatest(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0)
         END::float8 AS "replayLagSeconds"`;

/**
 * Where the read-only customer reads run: the one place that decides it.
 *
 * With DATABASE_REPLICA_URLS set, TypeORM holds a pool per replica (`replication`,
 * data-source.options.ts, with `defaultMode: 'master'`), and `read` runs its work on one
 * connection of a replica picked at random; without it, on one connection of the primary,
 * exactly as a plain `DataSource.query` would. Everything else (ingest, erasure, receipts and
 * suppressions, the summary refresh, catalog and admin endpoints, auth, health, migrations,
 * the seeder) uses the DataSource as before, which always means the primary.
 *
 * What is read this way (the services that call `read`): the unified profile, interaction
 * history pages with their totals, and interaction summaries. A replica applies the primary's
 * WAL asynchronously, so these answers are as fresh as its replay (docs/operations.md "Read replicas"):
 * a write, an erasure included, shows in them once replayed.
 *
 * Every statement of one `read` runs on the same connection, so on the same server, whose
 * replay only moves forward: a read of several statements sees one server's history in order,
 * never one replica's state and then an older one's. The summary and history-total readers
 * depend on it (RollupSummaryRepository, RollupHistoryTotals). Their in-memory memos are
 * keyed by the rollups' version and watermark, which name the same contents on the primary
 * and on every replica (the same transactions, replayed in commit order), so a memo made from
 * one server is exact for another that shows the same key.
 */
@Injectable()
export class ReadReplicas {
  constructor(private readonly db: DataSource) {}

  /** How many replicas are configured (0: every read is on the primary). */
  get count(): number {
    return this.replicaPools().length;
  }

  /**
   * Runs `work` with a manager bound to one connection, of a replica when there are any, of
   * the primary otherwise, and releases the connection after it. `work` must only read: a
   * replica refuses writes.
   */
  async read<T>(work: (reader: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner('slave');
    try {
      return await work(runner.manager);
    } finally {
      await runner.release();
    }
  }

  /**
   * Each replica's reachability and replay lag, one small query on the primary and one on
   * each replica (side by side), each given `timeoutMs`; [] without replicas.
   */
  async states(timeoutMs: number): Promise<ReplicaState[]> {
    const pools = this.replicaPools();
    if (pools.length === 0) return [];
    const primaryLsn = await within(
      timeoutMs,
      this.db.query<{ lsn: string }[]>(`SELECT pg_current_wal_lsn()::text AS lsn`),
    ).then(
      ([row]) => row.lsn,
      () => null,
    );
    return Promise.all(
      pools.map(async (pool, i): Promise<ReplicaState> => {
        try {
          const { rows } = await within(
            timeoutMs,
            pool.query<Omit<ReplicaState, 'replica' | 'reachable'>>(REPLICA_STATE_SQL, [primaryLsn]),
          );
          return { replica: i + 1, reachable: true, ...rows[0] };
        } catch {
          return { replica: i + 1, reachable: false, replayLagBytes: null, replayLagSeconds: null };
        }
      }),
    );
  }

  /** node-postgres' pools of the replicas, in DATABASE_REPLICA_URLS order (none before connecting). */
  private replicaPools(): Pool[] {
    return ((this.db.driver as PostgresDriver).slaves ?? []) as Pool[];
  }
}

/** `promise`, or a rejection after `ms` (the query itself runs on; its connection returns when it ends). */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
