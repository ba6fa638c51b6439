import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import { KeysetPages, type Page } from '../../../common/http/page.js';
import type { ExperimentAssignment } from '../experiment-assignment.entity.js';
import type { Experiment } from '../experiment.entity.js';
import type { Upserted } from '../shared/upserted.js';
import { ExperimentsRepository } from './experiments.repository.js';

@Injectable()
export class ExperimentsService {
  constructor(
    private readonly experiments: ExperimentsRepository,
    private readonly pages: KeysetPages,
  ) {}

  /**
   * Creates or replaces an experiment. A variant may be dropped only while no customer
   * is assigned it (409 otherwise), so every assignment stays one of its variants.
   */
  putExperiment(experiment: Pick<Experiment, 'id' | 'name' | 'variants'>): Promise<Upserted<Experiment>> {
    return this.experiments.transaction(async (tx) => {
      const created = await tx.insertExperimentIfAbsent(experiment);
      if (created) return { row: created, created: true };
      const current = await tx.lockExperiment(experiment.id, 'update');
      if (!current) throw new Error(`experiment ${experiment.id} vanished inside its transaction`);
      const kept = new Set(experiment.variants);
      const dropped = current.variants.filter((variant) => !kept.has(variant));
      if (dropped.length > 0) {
        const inUse = await tx.variantsInUse(experiment.id, dropped);
        if (inUse.length > 0) {
          const errors = inUse.map((variant) => ({
            field: 'variants',
            message: `variant ${variant} cannot be removed: customers are assigned to it`,
          }));
          throw new DomainError('conflict', errors.map((e) => e.message).join('; '), errors);
        }
      }
      return { row: await tx.updateExperiment(experiment), created: false };
    });
  }

  async listExperiments(cursor: string | undefined, limit: number): Promise<Page<Experiment>> {
    const rows = await this.experiments.listExperiments(await this.pages.after('experiments', cursor), limit + 1);
    return this.pages.page('experiments', rows, limit, (experiment) => experiment.id);
  }

  /** Assigns a customer one of the experiment's variants (201 the first time, 200 after). */
  putAssignment(
    assignment: Pick<ExperimentAssignment, 'experimentId' | 'customerId' | 'variant'>,
  ): Promise<Upserted<ExperimentAssignment>> {
    return this.experiments.transaction(async (tx) => {
      await tx.lockCustomer(assignment.customerId);
      const experiment = await tx.lockExperiment(assignment.experimentId, 'share');
      if (!experiment) throw new DomainError('not_found', `experiment ${assignment.experimentId} does not exist`);
      if (!experiment.variants.includes(assignment.variant)) {
        const message = `variant must be one of: ${experiment.variants.join(', ')}`;
        throw new DomainError('unprocessable', message, [{ field: 'variant', message }]);
      }
      return tx.upsertAssignment(assignment);
    });
  }
}
