import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { logSecurityRefusal } from '../common/security-log.js';
import { allows, findMatrixRow } from './authorization-matrix.js';
import { NotAllowedError, NotSignedInError } from './identity.errors.js';
import { readSessionToken } from './session-cookie.js';
import { twoStepEnrolmentHold } from './two-step/two-step-enrolment-hold.js';
import type { SessionUser } from './session-user.js';
import { SessionsService } from './sessions.service.js';

declare module 'express' {
  interface Request {
    sessionUser?: SessionUser;
    sessionToken?: string;
  }
}

/** All an administrator without two-step sign-in may do besides the public routes: see who they are, set it up, sign out. */
const OPEN_BEFORE_TWO_STEP = new Set([
  'GET /api/auth/me',
  'POST /api/auth/sign-out',
  'GET /api/auth/two-step',
  'POST /api/auth/two-step/enrolment',
  'POST /api/auth/two-step/enrolment/confirm',
]);

/**
 * Runs before every REST handler: finds who is calling (session cookie or bearer token) and checks
 * the authorization matrix. Unknown routes are refused: the matrix, not the code, is the list of what is open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // socket events are authorized by the gateway
    const request = context.switchToHttp().getRequest<Request>();
    const token = readSessionToken(request);
    const user = token ? await this.sessions.resolve(token) : null;
    if (user && token) {
      request.sessionUser = user;
      request.sessionToken = token;
    }
    const path = (request.route as { path?: string } | undefined)?.path ?? request.path;
    const row = findMatrixRow(request.method, path);
    if (!row) {
      this.logger.error(`${request.method} ${path} has no row in the authorization matrix; refused`);
      throw new NotAllowedError('This route is not open to anyone yet.');
    }
    const open = row.access === 'public' || OPEN_BEFORE_TWO_STEP.has(`${request.method} ${path}`);
    const held = open ? null : twoStepEnrolmentHold(user, `${request.method} ${path}`, request.ip);
    if (held) throw held;
    if (allows(row.access, user?.roles ?? null)) return true;
    logSecurityRefusal({
      kind: 'authorization',
      who: user?.id ?? null,
      what: `${request.method} ${path}`,
      why: user ? 'not_allowed' : 'not_signed_in',
      address: request.ip,
    });
    if (!user) throw new NotSignedInError();
    throw new NotAllowedError();
  }
}
