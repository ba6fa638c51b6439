import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Creative } from '../catalog/creative.entity.js';
import { Offer } from '../catalog/offer.entity.js';

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
  @ForeignKey(() => Offer, { name: 'fk_impression_offer' })
  offerId: string;

  @Column({ name: 'creative_id', type: 'varchar', length: 128, nullable: true })
  @ForeignKey(() => Creative, { name: 'fk_impression_creative' })
  creativeId: string | null;

  @Column({ type: 'text', nullable: true })
  placement: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
