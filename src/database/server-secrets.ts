import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MigrationRunner } from './migration-runner.js';

/**
 * Keys the service makes once per database and keeps in server_secret, so every instance
 * and every restart uses the same ones (the customer-id hash of erasure receipts and
 * suppressions; the signature of pagination cursors). Nobody without the database can
 * forge a cursor or reverse a hash by hashing guessed ids.
 */
@Injectable()
export class ServerSecrets {
  private readonly keys = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly db: DataSource,
    private readonly migrations: MigrationRunner,
  ) {}

  /** The 32-byte key called `name`, created on first use. */
  key(name: string): Promise<Buffer> {
    let key = this.keys.get(name);
    if (!key) {
      key = this.load(name);
      key.catch(() => this.keys.delete(name));
      this.keys.set(name, key);
    }
    return key;
  }

  private async load(name: string): Promise<Buffer> {
    await this.migrations.ensureMigrated();
    // Two instances starting together: one insert wins, both read the winner.
    await this.db.query(`INSERT INTO server_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      name,
      randomBytes(32).toString('base64'),
    ]);
    const [row] = await this.db.query<{ value: string }[]>(`SELECT value FROM server_secret WHERE name = $1`, [name]);
    return Buffer.from(row.value, 'base64');
  }
}
