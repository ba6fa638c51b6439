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
import { SummaryRefreshService } from './summary-refresh.service.js';

const INTERVAL_NAME = 'summary-refresh';

/**
 * Refreshes the materialized summaries every SUMMARY_REFRESH_INTERVAL seconds (none when 0
 * or when SUMMARY_MATERIALIZED=false). Every instance ticks; whichever finds the rollups'
 * lock free refreshes, the others skip that tick. A failure is logged and the next tick
 * tries again: a refresh that fails leaves the rollups as they were.
 */
@Injectable()
export class SummaryRefreshScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SummaryRefresh');
  /** Never overlaps itself: a tick that comes while the last refresh still runs is skipped. */
  private readonly interval: NonOverlappingInterval;

  constructor(
    private readonly refresher: SummaryRefreshService,
    registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.interval = new NonOverlappingInterval(registry, INTERVAL_NAME, () => this.refreshOnce());
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.summaryRefreshInterval;
    if (!this.config.summaryMaterialized || seconds === 0) return;
    this.interval.start(seconds);
  }

  /** Stops ticking and lets a refresh in flight finish before the database goes away. */
  beforeApplicationShutdown(): Promise<void> {
    return this.interval.stop();
  }

  private async refreshOnce(): Promise<void> {
    try {
      const result = await this.refresher.refreshIfIdle();
      if (result === null) {
        this.logger.debug('Skipped: another refresh holds the rollups');
      } else {
        this.logger.debug(
          `Refreshed: ${result.rowsProcessed} rows in ${result.durationMs} ms, watermark ${result.watermark}`,
        );
      }
    } catch (error) {
      // By type, code and frames (common/logging): a database message may quote values.
      this.logger.error({ msg: 'Scheduled refresh failed', err: error });
    }
  }
}
