import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secrets the service generates once per database and must keep stable, such as the
 * key of the customer-id hash in erasure receipts and suppressions (a key that changed
 * would silently lift every suppression).
 */
export class ServerSecret1795880100000 implements MigrationInterface {
  name = 'ServerSecret1795880100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE server_secret (
        name        varchar(64) NOT NULL,
        value       text        NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_server_secret PRIMARY KEY (name)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE server_secret`);
  }
}
