import { Module } from '@nestjs/common';
import { ExperimentAssignmentsController } from './experiment-assignments.controller.js';
import { ExperimentsController } from './experiments.controller.js';
import { ExperimentsRepository } from './experiments.repository.js';
import { ExperimentsService } from './experiments.service.js';

/** Experiments (A/B tests) and each customer's assigned variant. */
@Module({
  controllers: [ExperimentsController, ExperimentAssignmentsController],
  providers: [ExperimentsRepository, ExperimentsService],
  exports: [ExperimentsService],
})
export class ExperimentsModule {}
