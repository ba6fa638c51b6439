import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The four counters every rollup row carries. Rollups hold exactly the interaction_history
 * rows with seq <= summary_refresh_state.watermark (migration 1795880300000). bigint: TypeORM
 * reads them as strings.
 */
abstract class RollupCounters {
  @Column({ type: 'bigint', default: 0 })
  impressions: string;

  @Column({ type: 'bigint', default: 0 })
  clicks: string;

  @Column({ type: 'bigint', default: 0 })
  dismisses: string;

  @Column({ type: 'bigint', default: 0 })
  conversions: string;
}

/** Interactions per UTC day (date_bin over 2000-01-01 UTC), offer and creative ('' for none). */
@Entity('summary_rollup_day')
export class SummaryRollupDay extends RollupCounters {
  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'pk_summary_rollup_day' })
  bucket: Date;

  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_summary_rollup_day' })
  offerId: string;

  @PrimaryColumn({
    name: 'creative_key',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_summary_rollup_day',
  })
  creativeKey: string;
}

/** The same per hour: covers the partial days at a window's edges. */
@Entity('summary_rollup_hour')
export class SummaryRollupHour extends RollupCounters {
  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'pk_summary_rollup_hour' })
  bucket: Date;

  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_summary_rollup_hour' })
  offerId: string;

  @PrimaryColumn({
    name: 'creative_key',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_summary_rollup_hour',
  })
  creativeKey: string;
}

/** All-time interactions per offer and creative ('' for none), for history totals. */
@Entity('summary_rollup_total')
export class SummaryRollupTotal extends RollupCounters {
  @PrimaryColumn({
    name: 'offer_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_summary_rollup_total',
  })
  offerId: string;

  @PrimaryColumn({
    name: 'creative_key',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_summary_rollup_total',
  })
  creativeKey: string;
}

/**
 * Interactions per customer and UTC day (migration 1795880600000): the customer summary's
 * window counts. An erasure deletes the customer's rows.
 */
@Entity('customer_rollup_day')
export class CustomerRollupDay extends RollupCounters {
  @PrimaryColumn({
    name: 'customer_id',
    type: 'varchar',
    length: 128,
    primaryKeyConstraintName: 'pk_customer_rollup_day',
  })
  customerId: string;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'pk_customer_rollup_day' })
  bucket: Date;
}
