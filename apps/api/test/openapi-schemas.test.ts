import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

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
});
