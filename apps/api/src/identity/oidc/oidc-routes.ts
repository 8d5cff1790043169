import { Controller, Get, Inject, Query, Req, Res, type Type } from '@nestjs/common';
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

/** One identity provider's three routes: where they are, which service answers them, and how the OpenAPI document tells them. */
interface OidcRoutes {
  /** Under `/api`: `auth/oidc` for staff, `auth/family/oidc` for families. */
  path: string;
  /** The token of the `OidcSignInService` for this provider. */
  service: symbol;
  /** Whose provider, in the summaries: "the council's identity provider". */
  provider: string;
  /** What `returnTo` does here. */
  returnTo: string;
  /** Where a successful callback goes, and who for. */
  signedIn: string;
  /** The sign-in page a refusal goes back to, with its reason. */
  refused: string;
}

/**
 * The controller for one identity provider's routes: status, start and callback. Browsers navigate to the last
 * two; nothing answers JSON but the status. Extend the class it returns, so each provider's controller has a name.
 */
export function oidcRoutes(routes: OidcRoutes): Type<object> {
  const cookiePath = `/api/${routes.path}`;

  @ApiTags('sign-in')
  @Controller(routes.path)
  class OidcRoutesController {
    constructor(@Inject(routes.service) readonly sso: OidcSignInService) {}

    @Get()
    @ApiOperation({ summary: `Whether the sign-in page offers ${routes.provider}, and its button label` })
    @ApiOkResponse({ type: SsoStatusDto })
    status(): SsoStatusDto {
      return this.sso.status();
    }

    @Get('start')
    @ApiOperation({
      summary: `Start signing in: redirects to ${routes.provider}`,
      description: `Keeps the sign-in in progress in a sealed HttpOnly cookie for 10 minutes. ${routes.returnTo}`,
    })
    @ApiQuery({ name: 'returnTo', required: false, description: routes.returnTo })
    @ApiResponse({
      status: 302,
      description: `To the identity provider, or to ${routes.refused}=provider_unreachable`,
    })
    @ApiNotFoundResponse({ description: 'sso_not_configured' })
    async start(
      @Query('returnTo') returnTo: unknown,
      @Req() request: Request,
      @Res() response: Response,
    ): Promise<void> {
      const next = await this.sso.begin(returnTo);
      if (next.pending) writePendingSignInCookie(request, response, cookiePath, next.pending);
      redirect(response, next);
    }

    @Get('callback')
    @ApiOperation({
      summary: 'Where the identity provider sends the browser back',
      description: `Sets the session cookie and redirects ${routes.signedIn}; otherwise redirects to ${routes.refused}=<code>.`,
    })
    @ApiResponse({ status: 302, description: `${routes.signedIn}, or to ${routes.refused}=<code>` })
    @ApiNotFoundResponse({ description: 'sso_not_configured' })
    async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
      const query = new URL(request.originalUrl, 'http://convene.invalid').searchParams;
      const next = await this.sso.finish(query, readPendingSignInCookie(request));
      clearPendingSignInCookie(request, response, cookiePath);
      if (next.session) writeSessionCookie(request, response, next.session.token, next.session.expiresAt);
      redirect(response, next);
    }
  }
  return OidcRoutesController;
}

function redirect(response: Response, next: SsoRedirect): void {
  response.setHeader('Cache-Control', 'no-store');
  response.redirect(302, next.location);
}
