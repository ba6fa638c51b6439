import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import { ReadReplicas } from '../../../database/read-replicas.js';
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
  constructor(
    private readonly profiles: UnifiedProfileRepository,
    private readonly replicas: ReadReplicas,
  ) {}

  /**
   * Reads what the sections need in one statement, one round trip (segments need the
   * attributes and metrics even when those are not shown, and every segment's rule), together
   * with whether the customer has any data at all. A customer with nothing stored anywhere,
   * impression records included, is a 404, whatever the sections. Read from a replica when
   * there are any: as fresh as its replay.
   */
  async getProfile(customerId: string, sections: ReadonlySet<ProfileSection>): Promise<UnifiedProfile> {
    const wants = (section: ProfileSection) => sections.has(section);
    const reads = {
      attributeRecords: wants('attributes') || wants('segments'),
      interactions: wants('interactions'),
      metricValues: wants('metrics') || wants('segments'),
      assignments: wants('experiments'),
      segmentRules: wants('segments'),
    };
    const data = await this.replicas.read((reader) =>
      this.profiles.read(reader, customerId, reads, RECENT_INTERACTIONS_LIMIT),
    );
    if (!data.found) throw new DomainError('not_found', 'No data is stored for this customer.');

    const attributes = data.attributeRecords && mergeAttributes(data.attributeRecords);
    const metrics = data.metricValues;
    const profile: UnifiedProfile = { customerId };
    if (wants('attributes')) profile.attributes = attributes;
    if (wants('interactions')) profile.interactions = data.interactions;
    if (wants('metrics')) profile.metrics = metrics;
    if (wants('segments') && data.segmentRules && attributes && metrics) {
      profile.segments = matchingSegmentIds(data.segmentRules, { attributes, metrics });
    }
    if (wants('experiments')) profile.experiments = data.assignments;
    return profile;
  }
}
