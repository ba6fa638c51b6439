import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

export interface SummaryFreshness {
  /** Seconds since the oldest interaction the rollups do not hold yet was written; 0 when they hold all. */
  lagSeconds: number;
  /** When the last refresh finished (unix seconds); null before the first. */
  refreshedAt: number | null;
}

export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/**
 * The oldest row past the watermark is the first one by seq (ix_interaction_history_seq):
 * one index probe, however far behind the rollups are.
 */
const SUMMARY_FRESHNESS = `
  SELECT greatest(coalesce(extract(epoch FROM now() - pending.recorded_at), 0), 0)::float8 AS "lagSeconds",
         extract(epoch FROM s.refreshed_at)::float8 AS "refreshedAt"
  FROM summary_refresh_state s
  LEFT JOIN LATERAL (
    SELECT h.recorded_at FROM interaction_history h WHERE h.seq > s.watermark ORDER BY h.seq LIMIT 1
  ) pending ON true
  WHERE s.id = 1`;

/** What the metrics read from the database and its connection pool. */
@Injectable()
export class ObservabilityRepository {
  constructor(private readonly db: DataSource) {}

  async summaryFreshness(): Promise<SummaryFreshness> {
    const [row] = await this.db.query<SummaryFreshness[]>(SUMMARY_FRESHNESS);
    return row ?? { lagSeconds: 0, refreshedAt: null };
  }

  /** node-postgres' pool of the primary (read replicas have pools of their own, not counted here). */
  poolStats(): PoolStats | undefined {
    const pool = (this.db.driver as PostgresDriver).master as Pool | undefined;
    if (pool === undefined) return undefined;
    return { max: pool.options.max ?? 10, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
  }
}
