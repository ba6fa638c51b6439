import { Column, Entity, ForeignKey, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Metric } from './metric.entity.js';

@Entity('metric_value')
@Index('ix_metric_value_metric', ['metricName'])
export class MetricValue {
  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_metric_value' })
  customerId: string;

  @PrimaryColumn({ name: 'metric_name', type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_metric_value' })
  @ForeignKey(() => Metric, { name: 'fk_metric_value_metric' })
  metricName: string;

  @Column({ type: 'double precision' })
  value: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
