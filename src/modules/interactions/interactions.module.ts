import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { EventIngestRepository } from './event-ingest.repository.js';
import { EventIngestService } from './event-ingest.service.js';
import { HistoryTotals } from './history/history-totals.js';
import { InteractionHistoryController } from './history/interaction-history.controller.js';
import { InteractionHistoryRepository } from './history/interaction-history.repository.js';
import { InteractionHistoryService } from './history/interaction-history.service.js';
import { RollupHistoryTotals } from './history/rollup-history-totals.repository.js';
import { ImpressionsController } from './impressions.controller.js';
import { ImpressionsRepository } from './impressions.repository.js';
import { InteractionsController } from './interactions.controller.js';
import { InteractionsRepository } from './interactions.repository.js';

/** Interaction history and impressions: ingest (POST) and reads. */
@Module({
  controllers: [InteractionsController, ImpressionsController, InteractionHistoryController],
  providers: [
    EventIngestRepository,
    InteractionsRepository,
    ImpressionsRepository,
    EventIngestService,
    InteractionHistoryRepository,
    RollupHistoryTotals,
    {
      // From the rollups and the rows since their refresh; counted when they are disabled.
      provide: HistoryTotals,
      inject: [APP_CONFIG, RollupHistoryTotals, InteractionHistoryRepository],
      useFactory: (config: AppConfig, rollups: RollupHistoryTotals, counted: InteractionHistoryRepository) =>
        config.summaryMaterialized ? rollups : counted,
    },
    InteractionHistoryService,
  ],
})
export class InteractionsModule {}
