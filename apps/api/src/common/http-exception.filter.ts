import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ERROR_CODES, type ApiErrorBody } from '@convene/contracts';
import type { Response } from 'express';
import { DomainError } from './domain-error.js';

const CODE_BY_STATUS: Record<number, string> = {
  400: ERROR_CODES.validationFailed,
  401: ERROR_CODES.unauthorised,
  403: ERROR_CODES.forbidden,
  404: ERROR_CODES.notFound,
  409: ERROR_CODES.conflict,
  413: ERROR_CODES.payloadTooLarge,
};

/**
 * Gives every error the one body shape of `ApiErrorBody`. Unexpected errors are logged on the
 * server (by type and message, never the request body) and reach the client as a plain 500.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(`${error.name}: ${error.message}`, error.stack);
    }
    // A limit that lifts by itself says when (RFC 9110 Retry-After), so a client can wait rather than retry.
    const retryAfter =
      exception instanceof DomainError
        ? (exception as DomainError & { retryAfterSeconds?: number }).retryAfterSeconds
        : undefined;
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof DomainError) {
      const fields = (exception as DomainError & { fields?: ApiErrorBody['fields'] }).fields;
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        ...(fields ? { fields } : {}),
      };
    }
    if (!(exception instanceof HttpException)) {
      return { statusCode: 500, code: ERROR_CODES.internal, message: 'Something went wrong on our side.' };
    }
    const statusCode = exception.getStatus();
    const raw = exception.getResponse();
    if (typeof raw === 'object' && raw !== null && 'code' in raw && 'message' in raw) {
      return { ...(raw as ApiErrorBody), statusCode };
    }
    const message =
      typeof raw === 'string'
        ? raw
        : Array.isArray((raw as { message?: unknown }).message)
          ? (raw as { message: string[] }).message.join('; ')
          : typeof (raw as { message?: unknown }).message === 'string'
            ? (raw as { message: string }).message
            : exception.message;
    return {
      statusCode,
      code: CODE_BY_STATUS[statusCode] ?? (statusCode >= 500 ? ERROR_CODES.internal : `http_${statusCode}`),
      message: statusCode >= 500 ? 'Something went wrong on our side.' : message,
    };
  }
}
