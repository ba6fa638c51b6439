import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An A/B test; each assigned customer gets one of its variants. */
@Entity('experiment')
export class Experiment {
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_experiment' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true })
  variants: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
