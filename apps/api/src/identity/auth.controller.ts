import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SignedInUser } from '@convene/contracts';
import type { Request, Response } from 'express';
import { CurrentUser } from './current-user.decorator.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { SignedInUserDto } from './dto/signed-in-user.dto.js';
import {
  clearSessionCookie,
  readDeviceToken,
  writeDeviceCookie,
  writeSessionCookie,
} from './session-cookie.js';
import type { SessionUser } from './session-user.js';
import { toSignedInUser } from './signed-in-user.js';
import { SessionsService } from './sessions.service.js';
import { SignInService } from './sign-in.service.js';

@ApiTags('sign-in')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with email and password',
    description:
      'Sets the HttpOnly session cookie, and a device cookie that makes the browser a known device of the user. ' +
      '401 for a wrong email or password. 423 (with Retry-After) after 5 failures in a row from browsers that are not ' +
      'a known device of the account (its owner on a known device can still sign in), or 5 on that known device. ' +
      '429 (with Retry-After) after 30 failed sign-ins from one address in 5 minutes; successful sign-ins never count. ' +
      'With two-step sign-in on: 401 two_step_code_required without a code, 401 two_step_code_wrong for a wrong or ' +
      'reused one (counted as a failure).',
  })
  @ApiOkResponse({ type: SignedInUserDto })
  async signInWithPassword(
    @Body() body: SignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInUser> {
    const accepted = await this.signIn.verifyPassword({
      email: body.email,
      password: body.password,
      clientAddress: request.ip ?? 'unknown',
      deviceToken: readDeviceToken(request),
      code: body.code,
    });
    const { token, expiresAt } = await this.sessions.start(accepted.userId, 'password');
    writeSessionCookie(request, response, token, expiresAt);
    if (accepted.newDeviceToken) writeDeviceCookie(request, response, accepted.newDeviceToken);
    const user = await this.sessions.resolve(token);
    return {
      ...toSignedInUser(user!),
      failedAttemptsSinceLastSignIn: accepted.failedAttemptsSinceLastSignIn,
    };
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Sign out: the session ends at once and its cookie can never be used again' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.sessionToken) await this.sessions.end(request.sessionToken);
    clearSessionCookie(request, response);
  }

  @Get('me')
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Who is signed in' })
  @ApiOkResponse({ type: SignedInUserDto })
  me(@CurrentUser() user: SessionUser): SignedInUser {
    return toSignedInUser(user);
  }
}
