import { Module } from '@nestjs/common';

/** Interaction history and impressions: ingest (POST) and reads. */
@Module({
  controllers: [],
  providers: [],
})
export class InteractionsModule {}
