import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import { KeysetPages, type Page } from '../../../common/http/page.js';
import type { Segment } from '../segment.entity.js';
import type { Upserted } from '../shared/upserted.js';
import { type CustomerFacts, matchingSegmentIds, parseSegmentRule } from './segment-rule.js';
import { SegmentsRepository } from './segments.repository.js';

@Injectable()
export class SegmentsService {
  constructor(
    private readonly segments: SegmentsRepository,
    private readonly pages: KeysetPages,
  ) {}

  /** Creates or replaces a segment; a rule that does not parse is a 400 naming each bad node. */
  putSegment(segment: { id: string; name: string; rule: unknown }): Promise<Upserted<Segment>> {
    const parsed = parseSegmentRule(segment.rule);
    if (!parsed.ok) {
      const errors = parsed.errors.map((e) => ({ field: e.path, message: e.message }));
      const detail =
        errors.length === 1 ? `${errors[0].field} ${errors[0].message}` : `the rule has ${errors.length} errors`;
      throw new DomainError('invalid_input', detail, errors);
    }
    return this.segments.upsertSegment({ id: segment.id, name: segment.name, rule: parsed.rule });
  }

  async listSegments(cursor: string | undefined, limit: number): Promise<Page<Segment>> {
    const rows = await this.segments.listSegments(await this.pages.after('segments', cursor), limit + 1);
    return this.pages.page('segments', rows, limit, (segment) => segment.id);
  }

  /**
   * Sorted ids of the segments the customer is in now, given their merged attributes and
   * metrics (what the unified profile's `segments` section shows). Never fails on a rule.
   */
  async matchingSegmentIds(facts: CustomerFacts): Promise<string[]> {
    return matchingSegmentIds(await this.segments.allRules(), facts);
  }
}
