import { ApiTags } from '@nestjs/swagger';

/**
 * One OpenAPI tag per feature module, with what it is for. Generated clients and Swagger UI
 * group operations by these; `@ApiTag(name)` only accepts a name listed here, and the
 * document lists them all, in this order, with their descriptions.
 */
export const API_TAGS = {
  'unified-profile': 'A customer’s 360-degree profile: attributes, interactions, metrics, segments, experiments.',
  privacy: 'GDPR erasure of a customer, erasure receipts, suppressions.',
  interactions: 'Recording interactions and impression records, and reading the interaction history.',
  'interaction-summary': 'Interaction counts and rates per action, treatment, channel or customer; summary refresh.',
  catalog: 'Channels, offers (actions) and creatives (treatments).',
  'schema-tables': 'Customer data tables with declared, typed fields, and one record per customer per table.',
  metrics: 'Metric definitions and customers’ metric values.',
  experiments: 'A/B experiments, their variants and customers’ assignments.',
  segments: 'Named rules over customers’ attributes and metrics.',
  auth: 'What a bearer token grants.',
  health: 'Liveness and readiness (no authentication).',
} as const satisfies Record<string, string>;

export type ApiTagName = keyof typeof API_TAGS;

/** Tags a controller with its module's tag. */
export function ApiTag(name: ApiTagName): ClassDecorator & MethodDecorator {
  return ApiTags(name);
}
