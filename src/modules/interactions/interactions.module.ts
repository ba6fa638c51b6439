import { Module } from '@nestjs/common';
import { EventIngestRepository } from './event-ingest.repository.js';
import { EventIngestService } from './event-ingest.service.js';
import { ImpressionsController } from './impressions.controller.js';
import { ImpressionsRepository } from './impressions.repository.js';
import { InteractionsController } from './interactions.controller.js';
import { InteractionsRepository } from './interactions.repository.js';

/** Interaction history and impressions: ingest (POST) and reads. */
@Module({
  controllers: [InteractionsController, ImpressionsController],
  providers: [EventIngestRepository, InteractionsRepository, ImpressionsRepository, EventIngestService],
})
export class InteractionsModule {}
