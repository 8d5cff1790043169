import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ManagedUser } from '@convene/contracts';
import { CurrentUser } from '../current-user.decorator.js';
import type { SessionUser } from '../session-user.js';
import { CreateUserDto, UpdateUserDto } from './admin-users.dto.js';
import { TwoStepService } from '../two-step/two-step.service.js';
import { AdminUsersService } from './admin-users.service.js';
import { ManagedUserDto } from './dto/managed-user.dto.js';

@ApiTags('administration')
@ApiCookieAuth()
@Controller('admin')
export class AdminUsersController {
  constructor(
    private readonly admin: AdminUsersService,
    private readonly twoStep: TwoStepService,
  ) {}

  @Get('users')
  @ApiOperation({ summary: 'Every user, with their agency and roles' })
  @ApiOkResponse({ type: ManagedUserDto, isArray: true })
  users(): Promise<ManagedUser[]> {
    return this.admin.users();
  }

  @Post('users')
  @ApiOperation({
    summary: 'Add a user to an agency with roles (and a password, unless they use single sign-on)',
  })
  @ApiCreatedResponse({ type: ManagedUserDto })
  createUser(@CurrentUser() admin: SessionUser, @Body() body: CreateUserDto): Promise<ManagedUser> {
    return this.admin.createUser(admin, body);
  }

  @Patch('users/:userId')
  @ApiOperation({
    summary:
      "Change a user's name, agency or roles, deactivate them or set a new password (ends their sessions)",
  })
  @ApiOkResponse({ type: ManagedUserDto })
  updateUser(
    @CurrentUser() admin: SessionUser,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: UpdateUserDto,
  ): Promise<ManagedUser> {
    return this.admin.updateUser(admin, userId, body);
  }

  @Post('users/:userId/two-step/reset')
  @HttpCode(204)
  @ApiOperation({
    summary: "Reset someone's two-step sign-in when they lost their app (audited); they set it up again",
  })
  @ApiNoContentResponse()
  resetTwoStep(
    @CurrentUser() admin: SessionUser,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<void> {
    return this.twoStep.resetByAdmin(admin, userId);
  }
}
