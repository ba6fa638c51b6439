import { Module } from '@nestjs/common';
import { SignedCursor } from '../../common/http/signed-cursor.js';
import { EventIngestRepository } from './event-ingest.repository.js';
import { EventIngestService } from './event-ingest.service.js';
import { InteractionHistoryController } from './history/interaction-history.controller.js';
import { InteractionHistoryRepository } from './history/interaction-history.repository.js';
import { InteractionHistoryService } from './history/interaction-history.service.js';
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
    SignedCursor,
    InteractionHistoryRepository,
    InteractionHistoryService,
  ],
})
export class InteractionsModule {}
