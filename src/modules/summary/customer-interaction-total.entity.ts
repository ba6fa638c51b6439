import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * All-time interactions per customer, kept exact synchronously by ingest, erasure and the
 * demo seeder (never by the refresh). Visited by total, descending, for the exact top-N
 * customer summary.
 */
@Entity('customer_interaction_total')
@Index('ix_customer_interaction_total_total', ['total', 'customerId'])
export class CustomerInteractionTotal {
  @PrimaryColumn({
    name: 'customer_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_customer_interaction_total',
  })
  customerId: string;

  /** bigint: TypeORM reads it as a string. */
  @Column({ type: 'bigint' })
  total: string;
}
