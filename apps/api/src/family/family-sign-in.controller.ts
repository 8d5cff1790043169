import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FamilySignInLinkAsked, SignedInUser } from '@convene/contracts';
import type { Request, Response } from 'express';
import { SignedInUserDto } from '../identity/dto/signed-in-user.dto.js';
import { writeSessionCookie } from '../identity/session-cookie.js';
import { SessionsService } from '../identity/sessions.service.js';
import { toSignedInUser } from '../identity/signed-in-user.js';
import {
  AskForFamilySignInLinkDto,
  FamilySignInLinkAskedDto,
  RedeemFamilySignInLinkDto,
} from './dto/family-sign-in.dto.js';
import {
  clearLinkBrowserCookie,
  readLinkBrowserNonce,
  writeLinkBrowserCookie,
} from './family-link-cookie.js';
import { FamilySignInService } from './family-sign-in.service.js';

@ApiTags('sign-in')
@Controller('auth/family')
export class FamilySignInController {
  constructor(
    private readonly signIn: FamilySignInService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('link')
  @HttpCode(202)
  @ApiOperation({
    summary: 'A parent, carer or young person asks for a one-time sign-in link',
    description:
      'Always 202 with the same words, whether or not the address is a family account, so nobody can learn which addresses ' +
      'the council holds. If it is one, an email with a link to `/family/sign-in#token=…` is queued; the link works ' +
      'once, for 15 minutes, and only in this browser: the answer sets an HttpOnly cookie that the link needs.',
  })
  @ApiAcceptedResponse({
    type: FamilySignInLinkAskedDto,
    description: 'Asked: if the address is a family account, the email is on its way',
  })
  @ApiTooManyRequestsResponse({
    description:
      'too_many_sign_in_links: more than 3 links asked for one address, or 10 from one network address, in 15 ' +
      'minutes (with Retry-After). Nothing was sent.',
  })
  async askForLink(
    @Body() body: AskForFamilySignInLinkDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FamilySignInLinkAsked> {
    const { browserNonce, demoLink } = await this.signIn.sendLink(body.email, request.ip ?? 'unknown');
    writeLinkBrowserCookie(request, response, browserNonce);
    return {
      message:
        'If the council holds this address for a parent, carer or young person, we have sent a link to sign in. ' +
        'It works once, for 15 minutes, in this browser.',
      ...(demoLink && { demoLink }),
    };
  }

  @Post('link/redeem')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with the token from a one-time link, in the browser that asked for it',
    description:
      'Starts a session (the HttpOnly session cookie, as staff sign-in) and spends the link, together. Refused, with ' +
      'nothing changed: 401 sign_in_link_unknown (not a link we sent), sign_in_link_used, sign_in_link_expired ' +
      '(after 15 minutes), sign_in_link_other_browser (not the browser that asked: no or another cookie).',
  })
  @ApiOkResponse({ type: SignedInUserDto })
  @ApiUnauthorizedResponse({
    description:
      'sign_in_link_unknown, sign_in_link_used, sign_in_link_expired or sign_in_link_other_browser',
  })
  async redeem(
    @Body() body: RedeemFamilySignInLinkDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignedInUser> {
    const session = await this.signIn.redeem(body.token, readLinkBrowserNonce(request));
    writeSessionCookie(request, response, session.token, session.expiresAt);
    clearLinkBrowserCookie(request, response);
    const user = await this.sessions.resolve(session.token);
    return toSignedInUser(user!);
  }
}
