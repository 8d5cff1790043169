import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { NotSignedInError } from './identity.errors.js';
import type { SessionUser } from './session-user.js';

/** The signed-in user of this request (the AccessGuard has already checked there is one). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): SessionUser => {
  const user = context.switchToHttp().getRequest<Request>().sessionUser;
  if (!user) throw new NotSignedInError();
  return user;
});
