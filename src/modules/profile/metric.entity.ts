import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A named numeric value customers may have, e.g. `engagement_score`. */
@Entity('metric')
export class Metric {
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_metric' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
