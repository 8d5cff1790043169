import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

type Response = {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: { $ref?: string } }>;
};
type Operation = { responses?: Record<string, Response> };

const ERROR_BODY = '#/components/schemas/ApiErrorBodyDto';
const WRITES = ['post', 'put', 'patch', 'delete'];

describe('the OpenAPI document tells integrators what each route answers', () => {
  let test: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let schemas: Record<string, { required?: string[] }>;
  beforeAll(async () => {
    test = await startTestApp();
    const document = (await request(test.app.getHttpServer()).get('/api/docs/openapi.json').expect(200)).body;
    paths = document.paths;
    schemas = document.components.schemas;
  });
  afterAll(async () => {
    await test?.close();
  });

  /** Each route's successful answers that carry a body (204 has none), and whether the document gives its schema. */
  const answers = () =>
    Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        Object.entries(operation.responses ?? {})
          .filter(([status]) => status.startsWith('2') && status !== '204')
          .map(([status, response]) => ({
            route: `${method.toUpperCase()} ${path}`,
            status,
            described: Object.values(response.content ?? {}).some((content) => content.schema !== undefined),
          })),
      ),
    );

  it('declares a successful answer for every route, unless it only redirects', () => {
    const silent = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(
          ([, operation]) =>
            !Object.keys(operation.responses ?? {}).some(
              (status) => status.startsWith('2') || status.startsWith('3'),
            ),
        )
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(silent).toEqual([]);
  });

  it('gives a schema for every successful answer with a body', () => {
    const undescribed = answers().filter((a) => !a.described);
    expect(undescribed.map((a) => `${a.route} ${a.status}`)).toEqual([]);
  });

  const operations = () =>
    Object.entries(paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({
        method,
        route: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );
  /** Whether the operation declares that status, naming the error code, with the one error body. */
  const declares = (operation: Operation, status: string, code: string) => {
    const response = operation.responses?.[status];
    return (
      response?.description?.includes(code) === true &&
      response.content?.['application/json']?.schema?.$ref === ERROR_BODY
    );
  };

  it('declares 429 rate_limited with Retry-After on every route, as the per-person limit can answer any', () => {
    const undeclared = operations()
      .filter(
        ({ operation }) =>
          !declares(operation, '429', 'rate_limited') ||
          !operation.responses?.['429']?.headers?.['Retry-After'],
      )
      .map(({ route }) => route);
    expect(operations().length).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });

  it('declares 403 cross_site_request and 415 unsupported_media_type on every write', () => {
    const writes = operations().filter(({ method }) => WRITES.includes(method));
    const undeclared = writes.flatMap(({ route, operation }) =>
      [
        ['403', 'cross_site_request'],
        ['415', 'unsupported_media_type'],
      ]
        .filter(([status, code]) => !declares(operation, status!, code!))
        .map(([status]) => `${route} ${status}`),
    );
    expect(writes.length).toBeGreaterThan(0);
    expect(undeclared).toEqual([]);
  });

  it('keeps a reason a route gave for one of those answers beside the common one', () => {
    const upload = paths['/api/cases/{childId}/evidence']?.post;
    expect(upload?.responses?.['415']?.description).toMatch(/unsupported_file_type.*unsupported_media_type/s);
    expect(upload?.responses?.['415']?.description).toMatch(
      /neither multipart\/form-data nor application\/json/,
    );
  });

  it('describes the error body that every refusal carries', () => {
    expect(schemas.ApiErrorBodyDto?.required).toEqual(
      expect.arrayContaining(['statusCode', 'code', 'message']),
    );
  });
});
