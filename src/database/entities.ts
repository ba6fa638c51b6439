import { Channel } from '../modules/catalog/channel.entity.js';
import { Creative } from '../modules/catalog/creative.entity.js';
import { Offer } from '../modules/catalog/offer.entity.js';
import { Impression } from '../modules/interactions/impression.entity.js';
import { Interaction } from '../modules/interactions/interaction.entity.js';
import { ErasureReceipt } from '../modules/privacy/erasure-receipt.entity.js';
import { Suppression } from '../modules/privacy/suppression.entity.js';
import { Experiment } from '../modules/profile/experiment.entity.js';
import { ExperimentAssignment } from '../modules/profile/experiment-assignment.entity.js';
import { Metric } from '../modules/profile/metric.entity.js';
import { MetricValue } from '../modules/profile/metric-value.entity.js';
import { SchemaRecord } from '../modules/profile/schema-record.entity.js';
import { SchemaTable } from '../modules/profile/schema-table.entity.js';
import { Segment } from '../modules/profile/segment.entity.js';
import { ServerSecret } from './server-secret.entity.js';
import { CustomerInteractionSummary } from '../modules/summary/customer-interaction-summary.entity.js';
import { CustomerInteractionTotal } from '../modules/summary/customer-interaction-total.entity.js';
import { SummaryRefreshState } from '../modules/summary/summary-refresh-state.entity.js';
import {
  CustomerRollupDay,
  SummaryRollupDay,
  SummaryRollupHour,
  SummaryRollupTotal,
} from '../modules/summary/summary-rollup.entity.js';

/** Every entity, listed once: the app and the migration CLI read this list. */
export const ENTITIES = [
  Channel,
  Offer,
  Creative,
  Interaction,
  Impression,
  CustomerInteractionSummary,
  CustomerInteractionTotal,
  SummaryRollupDay,
  SummaryRollupHour,
  SummaryRollupTotal,
  CustomerRollupDay,
  SummaryRefreshState,
  SchemaTable,
  SchemaRecord,
  Metric,
  MetricValue,
  Experiment,
  ExperimentAssignment,
  Segment,
  ErasureReceipt,
  Suppression,
  ServerSecret,
];
