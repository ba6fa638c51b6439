import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockCustomers } from '../../../database/customer-lock.js';
import type { ExperimentAssignment } from '../experiment-assignment.entity.js';
import type { Experiment } from '../experiment.entity.js';
import type { Upserted } from '../shared/upserted.js';

const EXPERIMENT_COLUMNS = `id, name, variants, created_at AS "createdAt", updated_at AS "updatedAt"`;
const ASSIGNMENT_COLUMNS = `experiment_id AS "experimentId", customer_id AS "customerId", variant,
  assigned_at AS "assignedAt"`;

/** Experiments' and assignments' SQL that must run inside one transaction. */
export class ExperimentsTransaction {
  constructor(private readonly manager: EntityManager) {}

  /** Creates the experiment unless it exists; the new row, or undefined when it already existed. */
  async insertExperimentIfAbsent(
    experiment: Pick<Experiment, 'id' | 'name' | 'variants'>,
  ): Promise<Experiment | undefined> {
    const rows = await this.manager.query<Experiment[]>(
      `INSERT INTO experiment (id, name, variants) VALUES ($1, $2, $3::text[])
       ON CONFLICT (id) DO NOTHING
       RETURNING ${EXPERIMENT_COLUMNS}`,
      [experiment.id, experiment.name, experiment.variants],
    );
    return rows[0];
  }

  /**
   * Reads an experiment and locks it: `update` to change its variants (waits for
   * assignment writers), `share` to assign one of them (waits for a change to commit).
   */
  async lockExperiment(id: string, mode: 'update' | 'share'): Promise<Experiment | undefined> {
    const lock = mode === 'update' ? 'FOR UPDATE' : 'FOR SHARE';
    const rows = await this.manager.query<Experiment[]>(
      `SELECT ${EXPERIMENT_COLUMNS} FROM experiment WHERE id = $1 ${lock}`,
      [id],
    );
    return rows[0];
  }

  /** Which of `variants` at least one customer is assigned. */
  async variantsInUse(experimentId: string, variants: string[]): Promise<string[]> {
    const rows = await this.manager.query<{ variant: string }[]>(
      `SELECT v.variant FROM unnest($2::text[]) WITH ORDINALITY AS v(variant, position)
       WHERE EXISTS (SELECT 1 FROM experiment_assignment a WHERE a.experiment_id = $1 AND a.variant = v.variant)
       ORDER BY v.position`,
      [experimentId, variants],
    );
    return rows.map((row) => row.variant);
  }

  async updateExperiment(experiment: Pick<Experiment, 'id' | 'name' | 'variants'>): Promise<Experiment> {
    // Wrapped in a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
    const [row] = await this.manager.query<Experiment[]>(
      `WITH updated AS (
         UPDATE experiment SET name = $2, variants = $3::text[], updated_at = now() WHERE id = $1
         RETURNING ${EXPERIMENT_COLUMNS}
       )
       SELECT * FROM updated`,
      [experiment.id, experiment.name, experiment.variants],
    );
    return row;
  }

  /** Serialises this write with an erasure of the same customer. */
  lockCustomer(customerId: string): Promise<void> {
    return lockCustomers(this.manager, [customerId]);
  }

  /** Assigns the variant; `assigned_at` moves only when the variant changes. */
  async upsertAssignment(
    assignment: Pick<ExperimentAssignment, 'experimentId' | 'customerId' | 'variant'>,
  ): Promise<Upserted<ExperimentAssignment>> {
    const [row] = await this.manager.query<(ExperimentAssignment & { created: boolean })[]>(
      `INSERT INTO experiment_assignment AS a (customer_id, experiment_id, variant) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id, experiment_id) DO UPDATE SET
         variant = EXCLUDED.variant,
         assigned_at = CASE WHEN a.variant = EXCLUDED.variant THEN a.assigned_at ELSE now() END
       RETURNING ${ASSIGNMENT_COLUMNS}, (xmax = 0) AS created`,
      [assignment.customerId, assignment.experimentId, assignment.variant],
    );
    const { created, ...rest } = row;
    return { row: rest, created };
  }
}

/** The only place experiments' SQL lives. */
@Injectable()
export class ExperimentsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: ExperimentsTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(new ExperimentsTransaction(manager)));
  }

  listExperiments(after: string | undefined, limit: number): Promise<Experiment[]> {
    return this.db.query(
      `SELECT ${EXPERIMENT_COLUMNS} FROM experiment WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [after ?? null, limit],
    );
  }
}
