import { Module } from '@nestjs/common';
import { SchemaRecordsController } from './schema-records.controller.js';
import { SchemaTablesController } from './schema-tables.controller.js';
import { SchemaTablesRepository } from './schema-tables.repository.js';
import { SchemaTablesService } from './schema-tables.service.js';

/** Admin-declared customer data tables and one record per customer per table. */
@Module({
  controllers: [SchemaTablesController, SchemaRecordsController],
  providers: [SchemaTablesRepository, SchemaTablesService],
  exports: [SchemaTablesService],
})
export class SchemaTablesModule {}
