import type { ProfileInteractionsResponse, UnifiedProfileResponse } from './dto/unified-profile.response.js';
import type { InteractionsSection } from './unified-profile.repository.js';
import type { UnifiedProfile } from './unified-profile.service.js';

/**
 * The response carries the sections the profile has, and no key at all for the others.
 * Timestamps are already ISO strings (UTC, milliseconds): the database formats them.
 */
export function toUnifiedProfileResponse(profile: UnifiedProfile): UnifiedProfileResponse {
  const response: UnifiedProfileResponse = { customerId: profile.customerId };
  if (profile.attributes) response.attributes = profile.attributes;
  if (profile.interactions) response.interactions = toInteractionsResponse(profile.interactions);
  if (profile.metrics) response.metrics = profile.metrics;
  if (profile.segments) response.segments = profile.segments;
  if (profile.experiments) {
    response.experiments = profile.experiments.map((assignment) => ({
      experimentId: assignment.experimentId,
      variant: assignment.variant,
      assignedAt: assignment.assignedAt,
    }));
  }
  return response;
}

function toInteractionsResponse(section: InteractionsSection): ProfileInteractionsResponse {
  return {
    totalCount: section.totalCount,
    recentInteractions: section.recent.map((interaction) => ({
      offerId: interaction.offerId,
      creativeId: interaction.creativeId,
      interactionType: interaction.interactionType,
      timestamp: interaction.occurredAt,
    })),
  };
}
