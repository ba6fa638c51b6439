import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { NonOverlappingInterval } from '../../common/scheduling/non-overlapping-interval.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { PartitionMaintenanceService } from './partition-maintenance.service.js';

const INTERVAL_NAME = 'partition-maintenance';

/**
 * Runs the partitions' maintenance once at start-up and then every
 * PARTITION_MAINTENANCE_INTERVAL seconds (never when 0). Every instance runs it; its steps
 * re-check under the table's lock what another instance did. A failed run (a lock not had
 * in time, say) is logged and changes nothing; the next one tries again.
 */
@Injectable()
export class PartitionMaintenanceScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PartitionMaintenance');
  private readonly interval: NonOverlappingInterval;

  constructor(
    private readonly maintenance: PartitionMaintenanceService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.interval = new NonOverlappingInterval(registry, INTERVAL_NAME, () => this.runOnce());
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.partitionMaintenanceInterval;
    if (seconds === 0) return;
    this.interval.start(seconds, { runNow: true });
  }

  /** Stops ticking and lets a run in flight finish before the database goes away. */
  beforeApplicationShutdown(): Promise<void> {
    return this.interval.stop();
  }

  private async runOnce(): Promise<void> {
    try {
      const result = await this.maintenance.maintain();
      const changed = result.created.length + result.dropped.length > 0;
      const message =
        `created ${result.created.length} partitions (${result.moved} rows moved), ` +
        `dropped ${result.dropped.length} (${result.droppedRows} rows)`;
      if (changed) this.logger.log(`Partitions: ${message}`);
      else this.logger.debug(`Partitions: ${message}`);
    } catch (error) {
      this.logger.error({ msg: 'Partition maintenance failed', err: error });
    }
  }
}
