import type { Segment } from '../segment.entity.js';
import type { SegmentResponse } from './dto/segment.response.js';
import type { SegmentRule } from './segment-rule.js';

export function toSegmentResponse(segment: Segment): SegmentResponse {
  return {
    id: segment.id,
    name: segment.name,
    // Stored only after parseSegmentRule accepted it.
    rule: segment.rule as SegmentRule,
    createdAt: segment.createdAt.toISOString(),
    updatedAt: segment.updatedAt.toISOString(),
  };
}
