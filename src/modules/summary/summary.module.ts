import { Module } from '@nestjs/common';
import { InteractionSummaryController } from './interaction-summary.controller.js';
import { InteractionSummaryService } from './interaction-summary.service.js';
import { LiveSummaryRepository } from './live-summary.repository.js';
import { SummarySource } from './summary-source.js';

/**
 * Interaction summaries. The service reads through SummarySource, today the live
 * aggregation; materialized rollups replace the binding, not the callers.
 */
@Module({
  controllers: [InteractionSummaryController],
  providers: [
    LiveSummaryRepository,
    { provide: SummarySource, useExisting: LiveSummaryRepository },
    InteractionSummaryService,
  ],
})
export class SummaryModule {}
