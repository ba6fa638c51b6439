import { Module } from '@nestjs/common';
import { PartitionMaintenanceScheduler } from './partition-maintenance.scheduler.js';
import { PartitionMaintenanceService } from './partition-maintenance.service.js';
import { PartitionsRepository } from './partitions.repository.js';

/** The monthly partitions of the event tables: made ahead, filled from the default one, expired. */
@Module({
  providers: [PartitionsRepository, PartitionMaintenanceService, PartitionMaintenanceScheduler],
  exports: [PartitionMaintenanceService],
})
export class PartitionsModule {}
