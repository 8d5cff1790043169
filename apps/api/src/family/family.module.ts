import { Module } from '@nestjs/common';
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

/** Families' accounts (issue #30): who may sign in for which child, one-time link sign-in, and the family's view. */
@Module({
  controllers: [
    FamilySignInController,
    FamilyMembersController,
    FamilyChildrenController,
    FamilyRequestController,
    FamilyDecisionsController,
  ],
  providers: [
    FamilyMembersService,
    FamilySignInService,
    FamilyViewService,
    FamilyRequestService,
    FamilyDecisionsService,
  ],
})
export class FamilyModule {}
