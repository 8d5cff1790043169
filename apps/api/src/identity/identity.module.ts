import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { AdminAgenciesController } from './admin/admin-agencies.controller.js';
import { AdminUsersController } from './admin/admin-users.controller.js';
import { AgenciesService } from './admin/agencies.service.js';
import { AdminUsersService } from './admin/admin-users.service.js';
import { AuthController } from './auth.controller.js';
import { CaseOwnershipGuard } from './case-ownership.guard.js';
import { SessionEvents } from './session-events.js';
import { SessionsService } from './sessions.service.js';
import { SignInService } from './sign-in.service.js';
import { TwoStepController } from './two-step/two-step.controller.js';
import { TwoStepSecretsAtStart } from './two-step/two-step-secrets-at-start.js';
import { TwoStepService } from './two-step/two-step.service.js';

@Global()
@Module({
  controllers: [AuthController, TwoStepController, AdminUsersController, AdminAgenciesController],
  providers: [
    SessionsService,
    SessionEvents,
    SignInService,
    TwoStepService,
    TwoStepSecretsAtStart,
    AdminUsersService,
    AgenciesService,
    { provide: APP_GUARD, useClass: AccessGuard },
    // After the AccessGuard, which finds who is calling: per-case writes by the case's owner only.
    { provide: APP_GUARD, useClass: CaseOwnershipGuard },
  ],
  exports: [SessionsService, SessionEvents],
})
export class IdentityModule {}
