import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { addMonths, firstRetainedMonth, monthOf, partitionName } from './months.js';
import { EVENT_TABLES, PartitionsRepository } from './partitions.repository.js';

/**
 * Months kept made ahead of the current one, so that no write on time meets the default
 * partition. One is enough with runs hourly (next month's partition exists weeks before it
 * is needed, and a missed month only costs a move later); each empty partition more adds to
 * the planning of every statement on the table (measured on the profile's statement at 1M
 * rows: 0.55 ms of planning with three months ahead, 0.43–0.59 ms with one).
 */
export const MONTHS_AHEAD = 1;

export interface MaintenanceResult {
  /** Partitions made, by name. */
  created: string[];
  /** Rows moved out of the default partitions into the partitions made for them. */
  moved: number;
  /** Expired partitions dropped, by name. */
  dropped: string[];
  /** Rows those held. */
  droppedRows: number;
}

/**
 * Keeps interaction_history and impression partitioned by month (migration 1795880800000):
 * 1. the current month and MONTHS_AHEAD after it have partitions;
 * 2. rows in the default partition (older than any partition made, or written before their
 *    month's partition existed) get a partition for their month and are moved into it;
 * 3. with RETENTION_MONTHS, every month before the retention is dropped whole, the summary
 *    rollups' buckets of that month and the counters derived from its rows with it.
 * Step 2 comes before 3, so an expired row that landed in the default partition goes too.
 */
@Injectable()
export class PartitionMaintenanceService {
  constructor(
    private readonly partitions: PartitionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One run. `now` and `retentionMonths` default to the clock and RETENTION_MONTHS (a test
   * may set both).
   */
  async maintain({
    now = new Date(),
    retentionMonths = this.config.retentionMonths,
  }: { now?: Date; retentionMonths?: number } = {}): Promise<MaintenanceResult> {
    const result: MaintenanceResult = { created: [], moved: 0, dropped: [], droppedRows: 0 };
    const current = monthOf(now);
    for (const table of EVENT_TABLES) {
      const have = new Set((await this.partitions.months(table)).map((month) => month.getTime()));
      const wanted = new Map<number, Date>();
      for (let ahead = 0; ahead <= MONTHS_AHEAD; ahead += 1) {
        const month = addMonths(current, ahead);
        if (!have.has(month.getTime())) wanted.set(month.getTime(), month);
      }
      for (const month of await this.partitions.defaultMonths(table)) wanted.set(month.getTime(), month);
      for (const month of wanted.values()) {
        const moved = await this.partitions.createMonth(table, month);
        if (moved === null) continue;
        result.created.push(partitionName(table, month));
        result.moved += moved;
      }
      if (retentionMonths === 0) continue;
      const firstKept = firstRetainedMonth(now, retentionMonths);
      for (const month of await this.partitions.months(table)) {
        if (month >= firstKept) break;
        const rows = await this.partitions.dropMonth(table, month);
        if (rows === null) continue;
        result.dropped.push(partitionName(table, month));
        result.droppedRows += rows;
      }
    }
    return result;
  }
}
