-- Turns the app's schema into a Citus layout. Run on the COORDINATOR, in the app's database,
-- after the app's migrations (typeorm_migrations up to MonthlyEventPartitions1795880800000)
-- and after the workers are registered:
--
--   psql "$COORDINATOR_URL" -v ON_ERROR_STOP=1 -f deploy/citus/distribute.sql
--
-- Written against the Citus documentation only: no Citus server was available where it was
-- written. README.md (same folder) gives the source of every statement and what was not verified.
--
-- Each statement runs in its own transaction (psql autocommit) and skips a table Citus already
-- knows, so the script can be run again after a failure. Not wrapped in one transaction on
-- purpose: distributing tables that reference one another in one transaction can run into
-- Citus's rules on parallel versus sequential shard access, and a failure half-way is harmless
-- here (each call either distributes its table or leaves it a plain table).
--
-- What each table becomes (reasons in README.md):
--   reference tables   channel, offer, creative, schema_table, metric, experiment, segment
--   distributed by customer_id, all in interaction_history's co-location group
--                      interaction_history, impression, customer_interaction_summary,
--                      customer_interaction_total, customer_rollup_day, schema_record,
--                      metric_value, experiment_assignment
--                      (interaction_history and impression are range-partitioned by month since
--                      migration 1795880800000: distributing each parent distributes every one of
--                      its partitions, the DEFAULT one included, in the same group)
--   left local on the coordinator (no statement here)
--                      summary_rollup_hour, summary_rollup_day, summary_rollup_total,
--                      summary_refresh_state, summary_rollup_version_seq (sequence),
--                      erasure_receipt, suppression, server_secret, typeorm_migrations

\set ON_ERROR_STOP on

-- Refuse to run on a schema other than the one this file was written for, or on a coordinator
-- without workers (create_distributed_table would then have nowhere to put shards).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM typeorm_migrations WHERE name = 'MonthlyEventPartitions1795880800000') THEN
    RAISE EXCEPTION 'run the app''s migrations first (MonthlyEventPartitions1795880800000 is not applied)';
  END IF;
  IF (SELECT count(*) FROM typeorm_migrations) <> 9 THEN
    RAISE EXCEPTION 'this file was written for the 9 migrations up to 1795880800000; % are applied: review it against the new ones first',
      (SELECT count(*) FROM typeorm_migrations);
  END IF;
  -- The event tables must be what 1795880800000 makes of them: partitioned (relkind p), one
  -- level deep (Citus does not distribute multi-level partitioned tables).
  IF EXISTS (SELECT 1 FROM pg_class
             WHERE oid IN ('interaction_history'::regclass, 'impression'::regclass) AND relkind <> 'p') THEN
    RAISE EXCEPTION 'interaction_history and impression must be partitioned tables (migration 1795880800000)';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
             WHERE i.inhparent IN ('interaction_history'::regclass, 'impression'::regclass) AND c.relkind = 'p') THEN
    RAISE EXCEPTION 'a partition of interaction_history or impression is itself partitioned: Citus cannot distribute that';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM citus_get_active_worker_nodes()) THEN
    RAISE EXCEPTION 'no active worker: register the workers (citus_add_node) first';
  END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 1. Reference tables: one shard, replicated to every node. The catalog is small, written
--    rarely (admin endpoints) and joined to history rows on every page; the customer tables'
--    foreign keys point at it, and a foreign key from a distributed table must point at a
--    reference table (or a co-located distributed one). Referenced tables first: creative
--    references offer and channel.
-- ---------------------------------------------------------------------------------------------
SELECT create_reference_table('channel')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'channel'::regclass);
SELECT create_reference_table('offer')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'offer'::regclass);
SELECT create_reference_table('creative')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'creative'::regclass);
SELECT create_reference_table('schema_table')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'schema_table'::regclass);
SELECT create_reference_table('metric')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'metric'::regclass);
SELECT create_reference_table('experiment')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'experiment'::regclass);
SELECT create_reference_table('segment')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'segment'::regclass);

-- ---------------------------------------------------------------------------------------------
-- 2. Customer-keyed tables, hash-distributed by customer_id (varchar(128) everywhere, so one
--    co-location group is possible), co-located with interaction_history: one customer's rows
--    of every table live in the same shard group, so the per-customer statements (profile,
--    history by customer, erasure, per-customer writes) route to one worker.
--
--    Every primary key leads with customer_id (checked in migrations/): Citus requires the
--    distribution column in every primary key and unique constraint. None of these tables has
--    another unique constraint. Their foreign keys all point at reference tables
--    (customer_interaction_summary -> offer, schema_record -> schema_table,
--    metric_value -> metric, experiment_assignment -> experiment), which Citus allows.
--
--    interaction_history.seq is `bigint GENERATED ALWAYS AS IDENTITY`: Citus distributes a
--    table with a bigint identity column (not int/smallint for inserts from workers), and the
--    app inserts through the coordinator, whose sequence keeps handing out the values. See
--    README.md, "seq and the write fence", for what this does and does not guarantee.
--
--    shard_count is left at citus.shard_count (32 by default): enough to rebalance onto more
--    workers later; each multi-shard statement costs one task per shard.
--
--    interaction_history and impression are partitioned by month (1795880800000): one partition
--    per month that held rows when it ran, this month, the next, and <table>_default. Citus
--    distributes a partitioned table by distributing the parent: it then distributes every
--    partition that exists, DEFAULT included, with the parent's distribution column and in the
--    parent's co-location group, copying each partition's rows to that partition's shards.
--    Partitions made later (CREATE TABLE ... PARTITION OF, ALTER TABLE ... ATTACH PARTITION, as
--    the app's partition maintenance does) are distributed the same way when they are made. So:
--    partitions first (the migration made them), then the parent; never a partition on its own
--    (Citus refuses to distribute a partition whose parent is not distributed).
--
--    interaction_history starts the group on a fresh cluster. On a cluster that was distributed
--    before 1795880800000 (the other customer tables already in pg_dist_partition, the event
--    tables made local again for the migration; README.md, "Partitioned event tables"), it
--    joins the existing group instead, so that the per-customer statements stay single-shard.
-- ---------------------------------------------------------------------------------------------
SELECT create_distributed_table('interaction_history', 'customer_id',
  colocate_with => CASE
    WHEN EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'customer_interaction_summary'::regclass)
    THEN 'customer_interaction_summary' ELSE 'none' END)
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'interaction_history'::regclass);

SELECT create_distributed_table('impression', 'customer_id', colocate_with => 'interaction_history')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'impression'::regclass);
SELECT create_distributed_table('customer_interaction_summary', 'customer_id', colocate_with => 'interaction_history')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'customer_interaction_summary'::regclass);
SELECT create_distributed_table('customer_interaction_total', 'customer_id', colocate_with => 'interaction_history')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'customer_interaction_total'::regclass);
SELECT create_distributed_table('customer_rollup_day', 'customer_id', colocate_with => 'interaction_history')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'customer_rollup_day'::regclass);
SELECT create_distributed_table('schema_record', 'customer_id', colocate_with => 'interaction_history')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'schema_record'::regclass);
SELECT create_distributed_table('metric_value', 'customer_id', colocate_with => 'interaction_history')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'metric_value'::regclass);
SELECT create_distributed_table('experiment_assignment', 'customer_id', colocate_with => 'interaction_history')
WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'experiment_assignment'::regclass);

-- ---------------------------------------------------------------------------------------------
-- 3. Rows the tables held before distribution were copied to the shards but stay on disk in the
--    coordinator's own tables, invisible to queries and still checked by their constraints.
--    Remove them. Referencing tables are distributed by now, which this function requires of
--    the tables its truncation cascades to. On a fresh database these tables are empty.
--
--    For the partitioned event tables the rows are in the partitions (a partitioned table holds
--    none itself), and Citus names each partition in its hint after copying; every partition,
--    the default one included, is truncated here. This matters beyond disk space (as read from
--    PostgreSQL's rules, not tried): creating or attaching a month partition also runs on the
--    coordinator's own tables, where PostgreSQL checks that <table>_default holds no row of that
--    month; an old row left there would fail that month on the coordinator although no shard
--    holds such a row any more.
-- ---------------------------------------------------------------------------------------------
SELECT i.inhrelid::regclass AS partition, truncate_local_data_after_distributing_table(i.inhrelid::regclass)
FROM pg_inherits i
WHERE i.inhparent IN ('interaction_history'::regclass, 'impression'::regclass)
ORDER BY i.inhrelid::regclass::text;
SELECT truncate_local_data_after_distributing_table('customer_interaction_summary');
SELECT truncate_local_data_after_distributing_table('customer_interaction_total');
SELECT truncate_local_data_after_distributing_table('customer_rollup_day');
SELECT truncate_local_data_after_distributing_table('schema_record');
SELECT truncate_local_data_after_distributing_table('metric_value');
SELECT truncate_local_data_after_distributing_table('experiment_assignment');
SELECT truncate_local_data_after_distributing_table('channel');
SELECT truncate_local_data_after_distributing_table('offer');
SELECT truncate_local_data_after_distributing_table('creative');
SELECT truncate_local_data_after_distributing_table('schema_table');
SELECT truncate_local_data_after_distributing_table('metric');
SELECT truncate_local_data_after_distributing_table('experiment');
SELECT truncate_local_data_after_distributing_table('segment');

-- ---------------------------------------------------------------------------------------------
-- 4. Deliberately NOT distributed: they stay plain tables on the coordinator.
--
--    summary_rollup_hour/day/total, summary_refresh_state (+ summary_rollup_version_seq):
--      global state, not keyed by customer. As reference tables every refresh (tens of
--      thousands of upserted rows) and every erasure would be written to every node under
--      two-phase commit, and two statements would be refused outright: the erasure's
--      `MERGE INTO summary_rollup_*` (Citus does not allow a reference table as MERGE target)
--      and `UPDATE summary_refresh_state SET rollup_version = nextval(...)` (no VOLATILE
--      functions in UPDATEs of Citus tables). Local, they keep PostgreSQL's semantics: one
--      node, one snapshot for the rollups, the watermark and the version together.
--    erasure_receipt, suppression: keyed by a hash of the customer id, never by customer_id,
--      so they cannot join the customer co-location group; tiny, never joined with customer
--      tables in one statement. Local keeps an erasure's receipt on the node that runs it.
--    server_secret, typeorm_migrations: the app's own bookkeeping.
-- ---------------------------------------------------------------------------------------------

-- Check, rather than assume, what Citus did with the partitions: both event tables and every one
-- of their partitions are distributed tables in the customer tables' co-location group.
DO $$
DECLARE
  stray text;
BEGIN
  SELECT string_agg(t.relid::text, ', ' ORDER BY t.relid::text) INTO stray
  FROM (SELECT 'interaction_history'::regclass AS relid
        UNION ALL SELECT 'impression'::regclass
        UNION ALL SELECT inhrelid::regclass FROM pg_inherits
                  WHERE inhparent IN ('interaction_history'::regclass, 'impression'::regclass)) AS t
  LEFT JOIN pg_dist_partition p ON p.logicalrelid = t.relid
  WHERE p.colocationid IS DISTINCT FROM (SELECT colocationid FROM pg_dist_partition
                                         WHERE logicalrelid = 'customer_interaction_summary'::regclass);
  IF stray IS NOT NULL THEN
    RAISE EXCEPTION 'not distributed in the customer tables'' co-location group: %', stray;
  END IF;
END
$$;

-- What Citus now knows, for the log: 15 tables plus every partition of the two event tables
-- (each month and <table>_default, 32 shards each), the customer tables and the partitions in
-- one colocation_id.
SELECT table_name, citus_table_type, distribution_column, colocation_id, shard_count
FROM citus_tables
ORDER BY colocation_id, table_name::text;
