import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { HttpExceptionFilter } from './common/http-exception.filter.js';
import { LoggingModule } from './common/logging/logging.module.js';
import { SameSiteRequestGuard } from './common/same-site-request.guard.js';
import type { Logger } from 'pino';
import { RateLimitsModule } from './common/rate-limits/rate-limits.module.js';
import { RestRateLimitMiddleware } from './common/rate-limits/rest-rate-limit.middleware.js';
import type { SecretBox } from './common/secrets/secret-box.js';
import { SecretsModule } from './common/secrets/secrets.module.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { AdviceGatewayModule } from './panels/advice-gateway/advice-gateway.module.js';
import { QualityModule } from './panels/quality/quality.module.js';
import { WeeklyOrdersModule } from './panels/weekly-orders/weekly-orders.module.js';
import { SampledPlansModule } from './panels/quality/sampled-plans.module.js';
import { EhcPlansModule } from './cases/plans/ehc-plans.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { ActionsModule } from './actions/actions.module.js';
import { ReturnsModule } from './returns/returns.module.js';
import { DisagreementsModule } from './disagreements/disagreements.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthModule } from './health/health.module.js';
import { AuditModule } from './audit/audit.module.js';
import { CasesModule } from './cases/cases.module.js';
import { EvidenceModule } from './cases/evidence/evidence.module.js';
import { CaseImportModule } from './cases/import/case-import.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { DecisionMakingModule } from './panels/decision-making/decision-making.module.js';
import { DelegationModule } from './meetings/delegation/delegation.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { OidcModule } from './identity/oidc/oidc.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { FamilyModule } from './family/family.module.js';
import { FamilySayModule } from './family-say/family-say.module.js';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, databaseUrl: string, logger: Logger, secrets: SecretBox): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, databaseUrl),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(databaseUrl),
        RateLimitsModule,
        SecretsModule.forRoot(secrets),
        AuditModule,
        NotificationsModule,
        IdentityModule,
        OidcModule,
        HealthModule,
        CasesModule,
        CaseImportModule,
        EvidenceModule,
        MeetingsModule,
        DecisionMakingModule,
        DelegationModule,
        AdviceGatewayModule,
        QualityModule,
        WeeklyOrdersModule,
        EhcPlansModule,
        SampledPlansModule,
        ReviewsModule,
        ActionsModule,
        DisagreementsModule,
        DashboardModule,
        ReturnsModule,
        CalendarModule,
        DemoModule,
        FamilyModule,
        FamilySayModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
        { provide: APP_GUARD, useClass: SameSiteRequestGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RestRateLimitMiddleware).forRoutes('*path');
  }
}
