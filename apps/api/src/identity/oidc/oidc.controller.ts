import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { writeSessionCookie } from '../session-cookie.js';
import { SsoStatusDto } from './dto/sso-status.dto.js';
import { OidcSignInService, type SsoRedirect } from './oidc-sign-in.service.js';
import {
  clearPendingSignInCookie,
  readPendingSignInCookie,
  writePendingSignInCookie,
} from './pending-sign-in-cookie.js';

/** Single sign-on through the council's identity provider. Browsers navigate here; nothing here answers JSON but the status. */
@ApiTags('sign-in')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly sso: OidcSignInService) {}

  @Get()
  @ApiOperation({ summary: 'Whether the sign-in page offers single sign-on, and its button label' })
  @ApiOkResponse({ type: SsoStatusDto })
  status(): SsoStatusDto {
    return this.sso.status();
  }

  @Get('start')
  @ApiOperation({
    summary: "Start single sign-on: redirects to the council's identity provider",
    description:
      'Keeps the sign-in in progress in a sealed HttpOnly cookie for 10 minutes. `returnTo` must be a path on this site; anything else returns home.',
  })
  @ApiQuery({ name: 'returnTo', required: false, example: '/meetings' })
  @ApiResponse({
    status: 302,
    description: 'To the identity provider, or to /sign-in?sso=failed&reason=provider_unreachable',
  })
  @ApiNotFoundResponse({ description: 'sso_not_configured' })
  async start(
    @Query('returnTo') returnTo: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const next = await this.sso.begin(returnTo);
    if (next.pending) writePendingSignInCookie(request, response, next.pending);
    redirect(response, next);
  }

  @Get('callback')
  @ApiOperation({
    summary: 'Where the identity provider sends the browser back',
    description:
      'Sets the session cookie and redirects to `returnTo` for an active user the council has added; otherwise redirects to /sign-in?sso=failed&reason=<code>.',
  })
  @ApiResponse({ status: 302, description: 'To returnTo, or to /sign-in?sso=failed&reason=<code>' })
  @ApiNotFoundResponse({ description: 'sso_not_configured' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = new URL(request.originalUrl, 'http://convene.invalid').searchParams;
    const next = await this.sso.finish(query, readPendingSignInCookie(request));
    clearPendingSignInCookie(request, response);
    if (next.session) writeSessionCookie(request, response, next.session.token, next.session.expiresAt);
    redirect(response, next);
  }
}

function redirect(response: Response, next: SsoRedirect): void {
  response.setHeader('Cache-Control', 'no-store');
  response.redirect(302, next.location);
}
