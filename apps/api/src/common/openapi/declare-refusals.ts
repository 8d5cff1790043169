import {
  getSchemaPath,
  type OpenAPIObject,
  type OperationObject,
  type ResponseObject,
} from '@nestjs/swagger';
import { ApiErrorBodyDto } from '../dto/api-error-body.dto.js';

/** The methods SameSiteRequestGuard checks. */
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

const errorBody = (): ResponseObject['content'] => ({
  'application/json': { schema: { $ref: getSchemaPath(ApiErrorBodyDto) } },
});

/** RestRateLimitMiddleware, on every route. */
const rateLimited = (): ResponseObject => ({
  description:
    'rate_limited: more requests in a minute than RATE_LIMIT_REQUESTS_PER_MINUTE from this session (or, signed ' +
    'out, this address). Nothing was done; try again after Retry-After seconds.',
  headers: {
    'Retry-After': {
      description: 'Seconds to wait before trying again',
      schema: { type: 'integer', minimum: 1 },
    },
  },
  content: errorBody(),
});

/** SameSiteRequestGuard, on every write. */
const crossSite = (): ResponseObject => ({
  description:
    "cross_site_request: the browser's Origin (or Sec-Fetch-Site) is another website than Convene or " +
    'PUBLIC_ORIGIN. Nothing was done.',
  content: errorBody(),
});

/** SameSiteRequestGuard, on every write: JSON, or on the file uploads (`@AcceptsFileUpload()`) multipart too. */
const unsupportedMediaType = (uploads: boolean): ResponseObject => ({
  description: uploads
    ? 'unsupported_media_type: the body is neither multipart/form-data nor application/json. Nothing was done.'
    : 'unsupported_media_type: the body is not application/json. Nothing was done.',
  content: errorBody(),
});

/**
 * Declares, once for the whole document, the answers that come before any handler runs, so no controller repeats
 * them: 429 on every operation (with Retry-After), and 403 cross_site_request and 415 unsupported_media_type on
 * every write. Where an operation already declares that status for a reason of its own, both reasons are given.
 */
export function declareRefusals(document: OpenAPIObject): OpenAPIObject {
  for (const operations of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(operations) as [string, OperationObject][]) {
      if (!operation?.responses) continue;
      addResponse(operation, '429', rateLimited());
      if (!WRITES.has(method)) continue;
      addResponse(operation, '403', crossSite());
      addResponse(operation, '415', unsupportedMediaType(takesMultipart(operation)));
    }
  }
  return document;
}

function takesMultipart(operation: OperationObject): boolean {
  const body = operation.requestBody;
  return body !== undefined && 'content' in body && 'multipart/form-data' in body.content;
}

function addResponse(operation: OperationObject, status: string, refusal: ResponseObject): void {
  const own = operation.responses[status] as ResponseObject | undefined;
  if (!own) {
    operation.responses[status] = refusal;
    return;
  }
  const headers = { ...refusal.headers, ...own.headers };
  operation.responses[status] = {
    ...own,
    description: `${own.description.replace(/\.?$/, '.')} Or ${refusal.description}`,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    content: own.content ?? refusal.content,
  };
}
