import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Proof that an erasure happened, with no personal data: the id is kept only as a keyed hash. */
@Entity('erasure_receipt')
@Index('ix_erasure_receipt_requested', ['requestedAt', 'id'])
@Index('ix_erasure_receipt_customer', ['customerHash'])
export class ErasureReceipt {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_erasure_receipt' })
  id: string;

  @Column({ name: 'customer_hash', type: 'varchar', length: 64 })
  customerHash: string;

  @Column({ type: 'jsonb' })
  counts: Record<string, number>;

  @Column({ type: 'boolean', default: false })
  suppressed: boolean;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;
}
