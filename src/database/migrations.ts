import { InitialSchema1795880000000 } from '../../migrations/1795880000000-initial-schema.js';
import { ServerSecret1795880100000 } from '../../migrations/1795880100000-server-secret.js';
import { EventTablesWithoutForeignKeys1795880200000 } from '../../migrations/1795880200000-event-tables-without-foreign-keys.js';
import { SummaryRollups1795880300000 } from '../../migrations/1795880300000-summary-rollups.js';

/** Every migration, in order. Listed explicitly so builds and tests load the same set. */
export const MIGRATIONS = [
  InitialSchema1795880000000,
  ServerSecret1795880100000,
  EventTablesWithoutForeignKeys1795880200000,
  SummaryRollups1795880300000,
];
