import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Experiment } from './experiment.entity.js';

@Entity('experiment_assignment')
@Index('ix_experiment_assignment_experiment', ['experimentId'])
export class ExperimentAssignment {
  @PrimaryColumn({
    name: 'customer_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_experiment_assignment',
  })
  customerId: string;

  @PrimaryColumn({
    name: 'experiment_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_experiment_assignment',
  })
  @ForeignKey(() => Experiment, { name: 'fk_experiment_assignment_experiment' })
  experimentId: string;

  @Column({ type: 'text' })
  variant: string;

  @Column({ name: 'assigned_at', type: 'timestamptz', default: () => 'now()' })
  assignedAt: Date;
}
