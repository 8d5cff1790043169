import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config.js';
import { ACCEPTS_FILE_UPLOAD } from './accepts-file-upload.decorator.js';
import { CrossSiteRequestError, UnsupportedMediaTypeError } from './request-origin.errors.js';
import { logSecurityRefusal } from './security-log.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery defence for every write, sign-in included, on top of SameSite cookies:
 * - the body must be JSON (or a multipart file upload on the routes marked `@AcceptsFileUpload()`), which an
 *   HTML form on another site cannot send without a CORS preflight this API refuses;
 * - a browser's `Origin` (or, without it, `Sec-Fetch-Site`) must be this site or PUBLIC_ORIGIN.
 * A request with neither header is not from a browser (curl, a council's integration with a bearer token)
 * and is let through: a forged request always comes from a browser, and browsers always send one of them.
 */
@Injectable()
export class SameSiteRequestGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!WRITES.has(request.method)) return true;
    const uploads = this.reflector.getAllAndOverride<boolean>(ACCEPTS_FILE_UPLOAD, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!this.comesFromThisSite(request)) this.refuse(request, new CrossSiteRequestError(), 'foreign_origin');
    if (!contentTypeAccepted(request, uploads))
      this.refuse(
        request,
        new UnsupportedMediaTypeError(uploads ? 'multipart/form-data' : 'application/json'),
        'unsupported_media_type',
      );
    return true;
  }

  private comesFromThisSite(request: Request): boolean {
    const origin = request.headers.origin;
    if (origin !== undefined) return originIsThisSite(origin, request, this.config.PUBLIC_ORIGIN);
    const fetchSite = request.headers['sec-fetch-site'];
    return fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
  }

  private refuse(request: Request, error: Error, why: string): never {
    const path = (request.route as { path?: string } | undefined)?.path ?? request.path;
    logSecurityRefusal({
      kind: 'csrf',
      who: request.sessionUser?.id ?? null,
      what: `${request.method} ${path}`,
      why,
      address: request.ip,
    });
    throw error;
  }
}

/** This API's own origin (by the Host it was reached at) or the configured PUBLIC_ORIGIN. */
function originIsThisSite(origin: string, request: Request, publicOrigin?: string): boolean {
  if (publicOrigin && origin === publicOrigin.replace(/\/$/, '')) return true;
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // `Origin: null` (a sandboxed frame, a file) is never this site
  }
}

/** JSON, or multipart on an upload route; a write with no body at all (sign-out, a delete) needs no type. */
function contentTypeAccepted(request: Request, uploads: boolean | undefined): boolean {
  const type = request.headers['content-type'];
  if (type === undefined) return !hasBody(request);
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || (uploads === true && essence === 'multipart/form-data');
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
