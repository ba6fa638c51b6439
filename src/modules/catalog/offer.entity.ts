import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const OFFER_STATUSES = ['active', 'inactive', 'draft'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** An offer ("action"): something proposed to a customer. */
@Entity('offer')
@Check('ck_offer_priority', 'priority BETWEEN 0 AND 100')
export class Offer {
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_offer' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Top of the business hierarchy, e.g. "Credit Cards". */
  @Column({ type: 'text' })
  issue: string;

  /** Second level of the business hierarchy, e.g. "Premium" (`group` is reserved in SQL). */
  @Column({ name: 'group_name', type: 'text' })
  group: string;

  @Column({ type: 'enum', enum: OFFER_STATUSES, enumName: 'offer_status' })
  status: OfferStatus;

  @Column({ type: 'integer' })
  priority: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
