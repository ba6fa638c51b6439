import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** The single row (id 1) saying how far the rollups reach and what the last refresh did. */
@Entity('summary_refresh_state')
@Check('ck_summary_refresh_state_single', 'id = 1')
export class SummaryRefreshState {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_summary_refresh_state' })
  id: number;

  /** The rollups hold exactly the interaction_history rows with seq <= watermark. bigint: a string. */
  @Column({ type: 'bigint', default: 0 })
  watermark: string;

  /**
   * Changes (a new value of summary_rollup_version_seq) in every transaction that changes the
   * rollups: what was computed from them under one version holds until it changes. A string.
   */
  @Column({ name: 'rollup_version', type: 'bigint', default: 0 })
  rollupVersion: string;

  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true })
  refreshedAt: Date | null;

  @Column({ name: 'rows_processed', type: 'bigint', default: 0 })
  rowsProcessed: string;

  @Column({ name: 'duration_ms', type: 'integer', default: 0 })
  durationMs: number;
}
