import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An erased customer whose new interactions and impressions are skipped, not stored. */
@Entity('suppression')
export class Suppression {
  @PrimaryColumn({ name: 'customer_hash', type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_suppression' })
  customerHash: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
