import { Module } from '@nestjs/common';
import { FamilyChildrenController } from './family-children.controller.js';
import { FamilyMembersController } from './family-members.controller.js';
import { FamilyMembersService } from './family-members.service.js';
import { FamilySignInController } from './family-sign-in.controller.js';
import { FamilySignInService } from './family-sign-in.service.js';
import { FamilyViewService } from './family-view.service.js';

/** Families' accounts (issue #30): who may sign in for which child, one-time link sign-in, and the family's view. */
@Module({
  controllers: [FamilySignInController, FamilyMembersController, FamilyChildrenController],
  providers: [FamilyMembersService, FamilySignInService, FamilyViewService],
})
export class FamilyModule {}
