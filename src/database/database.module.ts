import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type DatabaseSettings } from './data-source.options.js';
import { MigrationRunner } from './migration-runner.js';
import { ReadReplicas } from './read-replicas.js';
import { ServerSecrets } from './server-secrets.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(settings: DatabaseSettings): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(settings),
          // Keep start-up failures short and visible rather than retrying for 30 s.
          retryAttempts: 2,
          retryDelay: 1_000,
        }),
      ],
      providers: [MigrationRunner, ServerSecrets, ReadReplicas],
      exports: [MigrationRunner, ServerSecrets, ReadReplicas],
    };
  }
}
