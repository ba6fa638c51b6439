import { createHmac } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ServerSecrets } from '../../database/server-secrets.js';

/**
 * A keyed one-way hash of customer ids (HMAC-SHA256), so erasure receipts and
 * suppressions can recognise a customer without storing who it was. The key is made once
 * per database (ServerSecrets): the same id hashes the same way on every instance and
 * after every restart.
 */
@Injectable()
export class CustomerHasher implements OnModuleInit {
  private key: Buffer | undefined;

  constructor(private readonly secrets: ServerSecrets) {}

  async onModuleInit(): Promise<void> {
    this.key = await this.secrets.key('customer_hash_key');
  }

  /** 64 hex characters. */
  hash(customerId: string): string {
    if (!this.key) throw new Error('CustomerHasher used before module init');
    return createHmac('sha256', this.key).update(customerId, 'utf8').digest('hex');
  }
}
