import { Module } from '@nestjs/common';
import { CustomerMetricsController } from './customer-metrics.controller.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsRepository } from './metrics.repository.js';
import { MetricsService } from './metrics.service.js';

/** Metric definitions and each customer's metric values. */
@Module({
  controllers: [MetricsController, CustomerMetricsController],
  providers: [MetricsRepository, MetricsService],
  exports: [MetricsService],
})
export class MetricsModule {}
