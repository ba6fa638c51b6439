import { Module } from '@nestjs/common';
import { UnifiedProfileController } from './unified-profile.controller.js';
import { UnifiedProfileRepository } from './unified-profile.repository.js';
import { UnifiedProfileService } from './unified-profile.service.js';

/**
 * `GET /customers/{id}/unified-profile`: a read model over the other profile sub-modules'
 * tables and interaction history, read with its own tuned statement (one per request).
 */
@Module({
  controllers: [UnifiedProfileController],
  providers: [UnifiedProfileRepository, UnifiedProfileService],
})
export class UnifiedProfileModule {}
