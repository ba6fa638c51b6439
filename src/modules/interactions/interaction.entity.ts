import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const INTERACTION_TYPES = ['impression', 'click', 'dismiss', 'convert'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** One event between a customer and an offer. Indexes are explained in the migration. */
/** References to the catalog are checked by ingest, not by foreign keys (see migration 1795880200000). */
@Entity('interaction_history')
@Index('ix_interaction_history_customer_id', ['customerId', 'id'])
// (occurred_at, id) INCLUDE (offer_id, creative_id, interaction_type, seq), migration
// 1795880500000: TypeORM cannot describe INCLUDE and would rebuild it, so it leaves it alone.
@Index('ix_interaction_history_occurred', { synchronize: false })
@Index('ix_interaction_history_offer', ['offerId', 'occurredAt', 'id'])
@Index('ix_interaction_history_creative', ['creativeId', 'occurredAt', 'id'], { where: 'creative_id IS NOT NULL' })
@Index('ix_interaction_history_seq', ['seq'])
export class Interaction {
  @PrimaryColumn({
    name: 'customer_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_interaction_history',
  })
  customerId: string;

  @PrimaryColumn({ name: 'occurred_at', type: 'timestamptz', primaryKeyConstraintName: 'pk_interaction_history' })
  occurredAt: Date;

  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_interaction_history' })
  id: string;

  @Column({ name: 'offer_id', type: 'varchar', length: 128 })
  offerId: string;

  @Column({ name: 'creative_id', type: 'varchar', length: 128, nullable: true })
  creativeId: string | null;

  @Column({ name: 'interaction_type', type: 'enum', enum: INTERACTION_TYPES, enumName: 'interaction_type' })
  interactionType: InteractionType;

  /** When the write arrived (occurred_at is when the event happened). */
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  /**
   * Write order, assigned by the database (never by a client): the summary refresh's
   * watermark (migration 1795880300000). A bigint, so TypeORM reads it as a string.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq: string;
}
