import { Global, Module } from '@nestjs/common';
import { CustomerHasher } from './customer-hasher.js';

/** Erasure, receipts and suppressions. The hasher is shared: ingest checks suppressions. */
@Global()
@Module({
  providers: [CustomerHasher],
  exports: [CustomerHasher],
})
export class PrivacyModule {}
