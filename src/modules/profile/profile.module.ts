import { Module } from '@nestjs/common';

/** Schema tables and records, metrics, experiments, segments, and the unified profile. */
@Module({
  controllers: [],
  providers: [],
})
export class ProfileModule {}
