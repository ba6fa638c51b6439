import { InitialSchema1795880000000 } from '../../migrations/1795880000000-initial-schema.js';
import { ServerSecret1795880100000 } from '../../migrations/1795880100000-server-secret.js';
import { EventTablesWithoutForeignKeys1795880200000 } from '../../migrations/1795880200000-event-tables-without-foreign-keys.js';
import { SummaryRollups1795880300000 } from '../../migrations/1795880300000-summary-rollups.js';
import { SummaryRollupVersion1795880400000 } from '../../migrations/1795880400000-summary-rollup-version.js';
import { HistoryOccurredCovering1795880500000 } from '../../migrations/1795880500000-history-occurred-covering.js';
import { CustomerRollupDay1795880600000 } from '../../migrations/1795880600000-customer-rollup-day.js';
import { CustomerSummaryLastInteraction1795880700000 } from '../../migrations/1795880700000-customer-summary-last-interaction.js';
import { MonthlyEventPartitions1795880800000 } from '../../migrations/1795880800000-monthly-event-partitions.js';
import { DropFirstInteraction1795880900000 } from '../../migrations/1795880900000-drop-first-interaction.js';

/** Every migration, in order. Listed explicitly so builds and tests load the same set. */
export const MIGRATIONS = [
  InitialSchema1795880000000,
  ServerSecret1795880100000,
  EventTablesWithoutForeignKeys1795880200000,
  SummaryRollups1795880300000,
  SummaryRollupVersion1795880400000,
  HistoryOccurredCovering1795880500000,
  CustomerRollupDay1795880600000,
  CustomerSummaryLastInteraction1795880700000,
  MonthlyEventPartitions1795880800000,
  DropFirstInteraction1795880900000,
];
