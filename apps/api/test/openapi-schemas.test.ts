import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Routes whose successful answer the OpenAPI document does not describe yet: each is to get a response DTO class
 * (implementing its contract in libs/contracts), and this list only ever shrinks. The test fails on any other
 * route without a schema, and on a route listed here that has one now (take it off the list).
 */
const NOT_YET_DESCRIBED = new Set([
  'GET /api/meetings/{meetingId}',
  'GET /api/meetings/{meetingId}/minutes',
]);

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

describe('the OpenAPI document tells integrators what each route answers', () => {
  let test: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    test = await startTestApp();
    paths = (await request(test.app.getHttpServer()).get('/api/docs/openapi.json').expect(200)).body.paths;
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
        .filter(([, operation]) => !Object.keys(operation.responses ?? {}).some((status) => status.startsWith('2') || status.startsWith('3')))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(silent).toEqual([]);
  });

  it('gives a schema for every successful answer with a body', () => {
    const undescribed = answers().filter((a) => !a.described && !NOT_YET_DESCRIBED.has(a.route));
    expect(undescribed.map((a) => `${a.route} ${a.status}`)).toEqual([]);
  });

  it('lists as not yet described only routes that still are, so the list shrinks as schemas come', () => {
    const described = new Set(answers().filter((a) => a.described).map((a) => a.route));
    const routes = new Set(answers().map((a) => a.route));
    expect([...NOT_YET_DESCRIBED].filter((route) => described.has(route) || !routes.has(route))).toEqual([]);
  });
});
