import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PagingModule } from './common/http/page.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { DatabaseModule } from './database/database.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CatalogModule } from './modules/catalog/catalog.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { InteractionsModule } from './modules/interactions/interactions.module.js';
import { ObservabilityModule } from './modules/observability/observability.module.js';
import { PartitionsModule } from './modules/partitions/partitions.module.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';
import { ProfileModule } from './modules/profile/profile.module.js';
import { SummaryModule } from './modules/summary/summary.module.js';

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved before boot: DATABASE_URL, or the embedded server's. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule.forRoot({
          url: databaseUrl,
          replicaUrls: config.databaseReplicaUrls,
          poolSize: config.databasePoolSize,
          poolTimeoutMs: config.databasePoolTimeoutMs,
          statementTimeoutMs: config.databaseStatementTimeoutMs,
        }),
        ScheduleModule.forRoot(),
        // Signed cursors for every list (global).
        PagingModule,
        AuthModule,
        HealthModule,
        CatalogModule,
        PrivacyModule,
        InteractionsModule,
        ProfileModule,
        SummaryModule,
        PartitionsModule,
        // Metrics: GET /metrics, or METRICS_PORT (issue 7).
        ObservabilityModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
