import { createHmac, randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

const KEY_NAME = 'customer_hash_key';

/**
 * A keyed one-way hash of customer ids (HMAC-SHA256), so erasure receipts and
 * suppressions can recognise a customer without storing who it was. The key is made
 * once per database and kept in server_secret: the same id hashes the same way on every
 * instance and after every restart, and nobody without the database can reverse it by
 * hashing guessed ids.
 */
@Injectable()
export class CustomerHasher implements OnModuleInit {
  private key: Buffer | undefined;

  constructor(private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    // Two instances starting together: one insert wins, both read the winner.
    await this.db.query(`INSERT INTO server_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      KEY_NAME,
      randomBytes(32).toString('base64'),
    ]);
    const [row] = await this.db.query<{ value: string }[]>(`SELECT value FROM server_secret WHERE name = $1`, [
      KEY_NAME,
    ]);
    this.key = Buffer.from(row.value, 'base64');
  }

  /** 64 hex characters. */
  hash(customerId: string): string {
    if (!this.key) throw new Error('CustomerHasher used before module init');
    return createHmac('sha256', this.key).update(customerId, 'utf8').digest('hex');
  }
}
