import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The gateway a route was called under: `social-care-gateway` in `/api/social-care-gateway/advice`. */
export const GatewaySlug = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    context.switchToHttp().getRequest<Request>().path.split('/')[2] ?? '',
);
