import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole data model of CONTRACT.md. Written by hand and reviewed; entities mirror it
 * exactly (test/e2e/schema-drift.e2e-spec.ts proves TypeORM sees no difference).
 *
 * Keys are planned for growth: every customer-keyed table leads its primary key with
 * customer_id (distributable by customer with Citus, co-located), and the event tables
 * also carry occurred_at in theirs, so they can be range-partitioned by time later.
 * Constraints are named so database errors map to clear responses.
 */
export class InitialSchema1795880000000 implements MigrationInterface {
  name = 'InitialSchema1795880000000';

  async up(db: QueryRunner): Promise<void> {
    // Catalog: small, read on every history row; reference tables under Citus.
    await db.query(`
      CREATE TABLE channel (
        id          varchar(128) NOT NULL,
        name        text         NOT NULL,
        created_at  timestamptz  NOT NULL DEFAULT now(),
        updated_at  timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_channel PRIMARY KEY (id)
      )`);
    await db.query(`CREATE TYPE offer_status AS ENUM ('active', 'inactive', 'draft')`);
    await db.query(`
      CREATE TABLE offer (
        id          varchar(128) NOT NULL,
        name        text         NOT NULL,
        issue       text         NOT NULL,
        group_name  text         NOT NULL,
        status      offer_status NOT NULL,
        priority    integer      NOT NULL,
        created_at  timestamptz  NOT NULL DEFAULT now(),
        updated_at  timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_offer PRIMARY KEY (id),
        CONSTRAINT ck_offer_priority CHECK (priority BETWEEN 0 AND 100)
      )`);
    await db.query(`
      CREATE TABLE creative (
        id          varchar(128) NOT NULL,
        name        text         NOT NULL,
        offer_id    varchar(128) NOT NULL,
        channel_id  varchar(128) NOT NULL,
        created_at  timestamptz  NOT NULL DEFAULT now(),
        updated_at  timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_creative PRIMARY KEY (id),
        CONSTRAINT fk_creative_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
        CONSTRAINT fk_creative_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
      )`);
    // Treatments of one offer; channel summaries group creatives by channel.
    await db.query(`CREATE INDEX ix_creative_offer ON creative (offer_id)`);
    await db.query(`CREATE INDEX ix_creative_channel ON creative (channel_id)`);

    // Interaction history: the big, append-mostly event table.
    await db.query(`CREATE TYPE interaction_type AS ENUM ('impression', 'click', 'dismiss', 'convert')`);
    await db.query(`
      CREATE TABLE interaction_history (
        customer_id      varchar(128)     NOT NULL,
        id               varchar(128)     NOT NULL,
        offer_id         varchar(128)     NOT NULL,
        creative_id      varchar(128),
        interaction_type interaction_type NOT NULL,
        occurred_at      timestamptz      NOT NULL,
        recorded_at      timestamptz      NOT NULL DEFAULT now(),
        CONSTRAINT pk_interaction_history PRIMARY KEY (customer_id, occurred_at, id),
        CONSTRAINT fk_interaction_history_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
        CONSTRAINT fk_interaction_history_creative FOREIGN KEY (creative_id) REFERENCES creative (id)
      )`);
    // The primary key serves a customer's history newest-first (scanned backwards), the
    // profile's count and 10 most recent, and erasure. The others:
    // idempotent ingest: is this client-supplied id already stored for this customer?
    await db.query(`CREATE INDEX ix_interaction_history_customer_id ON interaction_history (customer_id, id)`);
    // unfiltered history pages (keyset on occurred_at, id) and time-window scans
    await db.query(`CREATE INDEX ix_interaction_history_occurred ON interaction_history (occurred_at, id)`);
    // history filtered by offer (actionId), newest first
    await db.query(`CREATE INDEX ix_interaction_history_offer ON interaction_history (offer_id, occurred_at, id)`);
    // history filtered by creative (treatmentId); rows without a creative never match
    await db.query(`
      CREATE INDEX ix_interaction_history_creative ON interaction_history (creative_id, occurred_at, id)
      WHERE creative_id IS NOT NULL`);

    // Impression records for frequency capping, separate from interaction history.
    await db.query(`
      CREATE TABLE impression (
        customer_id  varchar(128) NOT NULL,
        id           varchar(128) NOT NULL,
        offer_id     varchar(128) NOT NULL,
        creative_id  varchar(128),
        placement    text,
        occurred_at  timestamptz  NOT NULL,
        recorded_at  timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_impression PRIMARY KEY (customer_id, occurred_at, id),
        CONSTRAINT fk_impression_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
        CONSTRAINT fk_impression_creative FOREIGN KEY (creative_id) REFERENCES creative (id)
      )`);
    // idempotent ingest of client-supplied ids
    await db.query(`CREATE INDEX ix_impression_customer_id ON impression (customer_id, id)`);

    // Per-customer interaction summary, kept exact in the ingest transaction: one row per
    // customer and offer with a counter per interaction type.
    await db.query(`
      CREATE TABLE customer_interaction_summary (
        customer_id          varchar(128) NOT NULL,
        offer_id             varchar(128) NOT NULL,
        impressions          integer      NOT NULL DEFAULT 0,
        clicks               integer      NOT NULL DEFAULT 0,
        dismisses            integer      NOT NULL DEFAULT 0,
        conversions          integer      NOT NULL DEFAULT 0,
        first_interaction_at timestamptz  NOT NULL,
        last_interaction_at  timestamptz  NOT NULL,
        CONSTRAINT pk_customer_interaction_summary PRIMARY KEY (customer_id, offer_id),
        CONSTRAINT fk_customer_interaction_summary_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
      )`);

    // Profile data: admin-declared schema tables and one record per customer per table.
    await db.query(`
      CREATE TABLE schema_table (
        name        varchar(63)  NOT NULL,
        fields      jsonb        NOT NULL,
        created_at  timestamptz  NOT NULL DEFAULT now(),
        updated_at  timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_schema_table PRIMARY KEY (name)
      )`);
    await db.query(`
      CREATE TABLE schema_record (
        customer_id  varchar(128) NOT NULL,
        table_name   varchar(63)  NOT NULL,
        data         jsonb        NOT NULL,
        created_at   timestamptz  NOT NULL DEFAULT now(),
        updated_at   timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_schema_record PRIMARY KEY (customer_id, table_name),
        CONSTRAINT fk_schema_record_table FOREIGN KEY (table_name) REFERENCES schema_table (name)
      )`);
    // does any record use this field? (checked before a table's fields change)
    await db.query(`CREATE INDEX ix_schema_record_table ON schema_record (table_name)`);

    await db.query(`
      CREATE TABLE metric (
        name         varchar(128) NOT NULL,
        description  text         NOT NULL,
        created_at   timestamptz  NOT NULL DEFAULT now(),
        updated_at   timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_metric PRIMARY KEY (name)
      )`);
    await db.query(`
      CREATE TABLE metric_value (
        customer_id  varchar(128)     NOT NULL,
        metric_name  varchar(128)     NOT NULL,
        value        double precision NOT NULL,
        updated_at   timestamptz      NOT NULL DEFAULT now(),
        CONSTRAINT pk_metric_value PRIMARY KEY (customer_id, metric_name),
        CONSTRAINT fk_metric_value_metric FOREIGN KEY (metric_name) REFERENCES metric (name)
      )`);
    // foreign-key side of metric_value, and "who has this metric"
    await db.query(`CREATE INDEX ix_metric_value_metric ON metric_value (metric_name)`);

    await db.query(`
      CREATE TABLE experiment (
        id          varchar(128) NOT NULL,
        name        text         NOT NULL,
        variants    text[]       NOT NULL,
        created_at  timestamptz  NOT NULL DEFAULT now(),
        updated_at  timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_experiment PRIMARY KEY (id)
      )`);
    await db.query(`
      CREATE TABLE experiment_assignment (
        customer_id    varchar(128) NOT NULL,
        experiment_id  varchar(128) NOT NULL,
        variant        text         NOT NULL,
        assigned_at    timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_experiment_assignment PRIMARY KEY (customer_id, experiment_id),
        CONSTRAINT fk_experiment_assignment_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
      )`);
    // foreign-key side, and "who is in this experiment"
    await db.query(`CREATE INDEX ix_experiment_assignment_experiment ON experiment_assignment (experiment_id)`);

    await db.query(`
      CREATE TABLE segment (
        id          varchar(128) NOT NULL,
        name        text         NOT NULL,
        rule        jsonb        NOT NULL,
        created_at  timestamptz  NOT NULL DEFAULT now(),
        updated_at  timestamptz  NOT NULL DEFAULT now(),
        CONSTRAINT pk_segment PRIMARY KEY (id)
      )`);

    // Privacy: receipts and suppressions hold a keyed hash of the customer id, never the id.
    await db.query(`
      CREATE TABLE erasure_receipt (
        id             uuid        NOT NULL DEFAULT gen_random_uuid(),
        customer_hash  varchar(64) NOT NULL,
        counts         jsonb       NOT NULL,
        suppressed     boolean     NOT NULL DEFAULT false,
        requested_by   text        NOT NULL,
        requested_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_erasure_receipt PRIMARY KEY (id)
      )`);
    // receipts listed newest first
    await db.query(`CREATE INDEX ix_erasure_receipt_requested ON erasure_receipt (requested_at, id)`);
    // "was this customer erased?" given the id, hashed
    await db.query(`CREATE INDEX ix_erasure_receipt_customer ON erasure_receipt (customer_hash)`);
    await db.query(`
      CREATE TABLE suppression (
        customer_hash  varchar(64) NOT NULL,
        created_by     text        NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_suppression PRIMARY KEY (customer_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'suppression',
      'erasure_receipt',
      'segment',
      'experiment_assignment',
      'experiment',
      'metric_value',
      'metric',
      'schema_record',
      'schema_table',
      'customer_interaction_summary',
      'impression',
      'interaction_history',
      'creative',
      'offer',
      'channel',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP TYPE interaction_type`);
    await db.query(`DROP TYPE offer_status`);
  }
}
