import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
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
  private running: Promise<void> | undefined;

  constructor(
    private readonly maintenance: PartitionMaintenanceService,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.partitionMaintenanceInterval;
    if (seconds === 0) return;
    this.tick();
    this.registry.addInterval(
      INTERVAL_NAME,
      setInterval(() => this.tick(), seconds * 1000),
    );
  }

  /** Stops ticking and lets a run in flight finish before the database goes away. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', INTERVAL_NAME)) this.registry.deleteInterval(INTERVAL_NAME);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce().finally(() => {
      this.running = undefined;
    });
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
