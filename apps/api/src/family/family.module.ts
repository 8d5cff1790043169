import { Module } from '@nestjs/common';
import { oidcSignInServiceProvider } from '../identity/oidc/oidc-sign-in.provider.js';
import { FAMILY_OIDC_SIGN_IN, FamilyOidcController } from './family-oidc.controller.js';
import { FAMILY_SIGN_IN_POLICY } from './family-oidc-sign-in-policy.js';
import { FamilyChildrenController } from './family-children.controller.js';
import { FamilyMembersController } from './family-members.controller.js';
import { FamilyMembersService } from './family-members.service.js';
import { FamilySignInController } from './family-sign-in.controller.js';
import { FamilySignInService } from './family-sign-in.service.js';
import { FamilyViewService } from './family-view.service.js';
import { FamilyDecisionsController } from '../family-view/family-decisions.controller.js';
import { FamilyDecisionsService } from '../family-view/family-decisions.service.js';
import { FamilyRequestController } from '../family-view/family-request.controller.js';
import { FamilyRequestService } from '../family-view/family-request.service.js';
import { FamilyPlanController } from '../family-view/family-plan.controller.js';
import { FamilyPlanService } from '../family-view/family-plan.service.js';
import { DraftPlanCommentsController } from '../family-view/draft-plan-comments.controller.js';
import { DraftPlanCommentsService } from '../family-view/draft-plan-comments.service.js';

/**
 * Families' accounts (issue #30): who may sign in for which child, sign-in (one-time links, and the council's
 * residents' identity provider when `FAMILY_OIDC_*` sets it up), and the family's view.
 */
@Module({
  controllers: [
    FamilySignInController,
    FamilyOidcController,
    FamilyMembersController,
    FamilyChildrenController,
    FamilyRequestController,
    FamilyDecisionsController,
    FamilyPlanController,
    DraftPlanCommentsController,
  ],
  providers: [
    FamilyMembersService,
    FamilySignInService,
    oidcSignInServiceProvider(FAMILY_OIDC_SIGN_IN, (config) => config.familyOidc, FAMILY_SIGN_IN_POLICY),
    FamilyViewService,
    FamilyRequestService,
    FamilyDecisionsService,
    FamilyPlanService,
    DraftPlanCommentsService,
  ],
})
export class FamilyModule {}
