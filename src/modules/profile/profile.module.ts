import { Module } from '@nestjs/common';
import { ExperimentsModule } from './experiments/experiments.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { SchemaTablesModule } from './schema-tables/schema-tables.module.js';
import { SegmentsModule } from './segments/segments.module.js';
import { UnifiedProfileModule } from './unified-profile/unified-profile.module.js';

/**
 * Schema tables and records, metrics, experiments, segments, and the unified profile.
 * Each kind of profile data is its own sub-module; their services are exported for the
 * unified profile (`SegmentsService.matchingSegmentIds` evaluates segments).
 */
@Module({
  imports: [SchemaTablesModule, MetricsModule, ExperimentsModule, SegmentsModule, UnifiedProfileModule],
  controllers: [],
  providers: [],
  exports: [SchemaTablesModule, MetricsModule, ExperimentsModule, SegmentsModule],
})
export class ProfileModule {}
