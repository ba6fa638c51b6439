import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Segment } from '../segment.entity.js';
import type { Upserted } from '../shared/upserted.js';
import type { SegmentRule, StoredSegment } from './segment-rule.js';

const SEGMENT_COLUMNS = `id, name, rule, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The only place segments' SQL lives. */
@Injectable()
export class SegmentsRepository {
  constructor(private readonly db: DataSource) {}

  async upsertSegment(segment: { id: string; name: string; rule: SegmentRule }): Promise<Upserted<Segment>> {
    const [row] = await this.db.query<(Segment & { created: boolean })[]>(
      `INSERT INTO segment (id, name, rule) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rule = EXCLUDED.rule, updated_at = now()
       RETURNING ${SEGMENT_COLUMNS}, (xmax = 0) AS created`,
      [segment.id, segment.name, JSON.stringify(segment.rule)],
    );
    const { created, ...rest } = row;
    return { row: rest, created };
  }

  listSegments(after: string | undefined, limit: number): Promise<Segment[]> {
    return this.db.query(
      `SELECT ${SEGMENT_COLUMNS} FROM segment WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [after ?? null, limit],
    );
  }

  /** Every segment's id and rule: what evaluating a profile needs. */
  allRules(): Promise<StoredSegment[]> {
    return this.db.query(`SELECT id, rule FROM segment ORDER BY id`);
  }
}
