import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Offer } from '../catalog/offer.entity.js';

/** Per customer and offer, a counter per interaction type, kept exact on every write. */
@Entity('customer_interaction_summary')
// The customer summary's distinct offers in a window: an index-only range count (migration 1795880700000).
@Index('ix_customer_interaction_summary_last', ['customerId', 'lastInteractionAt'])
export class CustomerInteractionSummary {
  @PrimaryColumn({
    name: 'customer_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_customer_interaction_summary',
  })
  customerId: string;

  @PrimaryColumn({
    name: 'offer_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_customer_interaction_summary',
  })
  @ForeignKey(() => Offer, { name: 'fk_customer_interaction_summary_offer' })
  offerId: string;

  @Column({ type: 'integer', default: 0 })
  impressions: number;

  @Column({ type: 'integer', default: 0 })
  clicks: number;

  @Column({ type: 'integer', default: 0 })
  dismisses: number;

  @Column({ type: 'integer', default: 0 })
  conversions: number;

  @Column({ name: 'last_interaction_at', type: 'timestamptz' })
  lastInteractionAt: Date;
}
