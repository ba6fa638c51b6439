import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { InteractionSummaryController } from './interaction-summary.controller.js';
import { InteractionSummaryService } from './interaction-summary.service.js';
import { LiveSummaryRepository } from './live-summary.repository.js';
import { RollupSummaryRepository } from './rollup-summary.repository.js';
import { SummaryRefreshController } from './summary-refresh.controller.js';
import { SummaryRefreshRepository } from './summary-refresh.repository.js';
import { SummaryRefreshScheduler } from './summary-refresh.scheduler.js';
import { SummaryRefreshService } from './summary-refresh.service.js';
import { SummarySource } from './summary-source.js';

/**
 * Interaction summaries. The service reads through SummarySource: the materialized rollups
 * (RollupSummaryRepository), or the live aggregation when they are disabled.
 */
@Module({
  controllers: [InteractionSummaryController, SummaryRefreshController],
  providers: [
    LiveSummaryRepository,
    RollupSummaryRepository,
    {
      // The rollups (exact: rollups plus raw rows) unless SUMMARY_MATERIALIZED=false.
      provide: SummarySource,
      inject: [APP_CONFIG, RollupSummaryRepository, LiveSummaryRepository],
      useFactory: (config: AppConfig, rollups: RollupSummaryRepository, live: LiveSummaryRepository) =>
        config.summaryMaterialized ? rollups : live,
    },
    InteractionSummaryService,
    SummaryRefreshRepository,
    SummaryRefreshService,
    SummaryRefreshScheduler,
  ],
})
export class SummaryModule {}
