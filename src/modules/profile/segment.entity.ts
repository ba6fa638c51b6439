import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A named rule over a customer's attributes and metrics (CONTRACT.md's rule language). */
@Entity('segment')
export class Segment {
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_segment' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  rule: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
