import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A served-offer record kept for frequency capping, separate from interaction history. */
@Entity('impression')
@Index('ix_impression_customer_id', ['customerId', 'id'])
export class Impression {
  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_impression' })
  customerId: string;

  @PrimaryColumn({ name: 'occurred_at', type: 'timestamptz', primaryKeyConstraintName: 'pk_impression' })
  occurredAt: Date;

  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_impression' })
  id: string;

  @Column({ name: 'offer_id', type: 'varchar', length: 128 })
  offerId: string;

  @Column({ name: 'creative_id', type: 'varchar', length: 128, nullable: true })
  creativeId: string | null;

  @Column({ type: 'text', nullable: true })
  placement: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
