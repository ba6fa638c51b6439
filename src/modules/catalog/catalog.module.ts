import { Module } from '@nestjs/common';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogService } from './catalog.service.js';
import { ChannelsController } from './channels.controller.js';
import { CreativesController } from './creatives.controller.js';
import { OffersController } from './offers.controller.js';

@Module({
  controllers: [ChannelsController, OffersController, CreativesController],
  providers: [CatalogRepository, CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}
