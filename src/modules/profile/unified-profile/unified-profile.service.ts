import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import type { RecordValue } from '../schema-record.entity.js';
import { matchingSegmentIds } from '../segments/segment-rule.js';
import { RECENT_INTERACTIONS_LIMIT } from './dto/unified-profile.response.js';
import { mergeAttributes } from './merge-attributes.js';
import type { ProfileSection } from './profile-sections.js';
import {
  type AssignmentRow,
  type InteractionsSection,
  UnifiedProfileRepository,
} from './unified-profile.repository.js';

/** A customer's profile: `customerId` and exactly the sections asked for. */
export interface UnifiedProfile {
  customerId: string;
  attributes?: Record<string, RecordValue>;
  interactions?: InteractionsSection;
  metrics?: Record<string, number>;
  segments?: string[];
  experiments?: AssignmentRow[];
}

@Injectable()
export class UnifiedProfileService {
  constructor(private readonly profiles: UnifiedProfileRepository) {}

  /**
   * Reads what the sections need, one statement each and all at once (segments need the
   * attributes and metrics even when those are not shown, and every segment's rule). A
   * customer with nothing stored anywhere, impression records included, is a 404; that takes
   * one more statement only when none of the sections read found anything.
   */
  async getProfile(customerId: string, sections: ReadonlySet<ProfileSection>): Promise<UnifiedProfile> {
    const wants = (section: ProfileSection) => sections.has(section);
    const [records, interactions, metrics, experiments, rules] = await Promise.all([
      wants('attributes') || wants('segments') ? this.profiles.attributeRecords(customerId) : undefined,
      wants('interactions') ? this.profiles.interactions(customerId, RECENT_INTERACTIONS_LIMIT) : undefined,
      wants('metrics') || wants('segments') ? this.profiles.metricValues(customerId) : undefined,
      wants('experiments') ? this.profiles.assignments(customerId) : undefined,
      wants('segments') ? this.profiles.segmentRules() : undefined,
    ]);

    const foundSome =
      (records?.length ?? 0) > 0 ||
      (interactions !== undefined && (interactions.totalCount > 0 || interactions.recent.length > 0)) ||
      Object.keys(metrics ?? {}).length > 0 ||
      (experiments?.length ?? 0) > 0;
    if (!foundSome && !(await this.profiles.hasAnyData(customerId))) {
      throw new DomainError('not_found', 'No data is stored for this customer.');
    }

    const attributes = records && mergeAttributes(records);
    const profile: UnifiedProfile = { customerId };
    if (wants('attributes')) profile.attributes = attributes;
    if (wants('interactions')) profile.interactions = interactions;
    if (wants('metrics')) profile.metrics = metrics;
    if (rules && attributes && metrics) profile.segments = matchingSegmentIds(rules, { attributes, metrics });
    if (wants('experiments')) profile.experiments = experiments;
    return profile;
  }
}
