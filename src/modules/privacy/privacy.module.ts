import { Global, Module } from '@nestjs/common';
import { CustomerErasuresController } from './customer-erasures.controller.js';
import { CustomerHasher } from './customer-hasher.js';
import { ErasureReceiptsController } from './erasure-receipts.controller.js';
import { ErasureService } from './erasure.service.js';
import { PrivacyRepository } from './privacy.repository.js';
import { SuppressionsController } from './suppressions.controller.js';

/** Erasure, receipts and suppressions. The hasher is shared: ingest checks suppressions. */
@Global()
@Module({
  controllers: [CustomerErasuresController, ErasureReceiptsController, SuppressionsController],
  providers: [CustomerHasher, PrivacyRepository, ErasureService],
  exports: [CustomerHasher],
})
export class PrivacyModule {}
