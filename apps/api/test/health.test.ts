import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the service answers monitoring and integrators', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(async () => {
    await test?.close();
  });

  it('reports itself and its database healthy', async () => {
    const response = await request(test.app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(response.body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('publishes its OpenAPI description, listing the health route', async () => {
    const response = await request(test.app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/api/health');
    await request(test.app.getHttpServer()).get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('answers an unknown API route with the one error body, not an HTML page', async () => {
    const response = await request(test.app.getHttpServer()).get('/api/no-such-thing').expect(404);
    expect(response.body).toEqual({ statusCode: 404, code: 'not_found', message: expect.any(String) });
  });

  it('serves the web client for deep links, never for the API: an unknown API path is a JSON 404, even asking for HTML', async () => {
    const http = () => request(test.app.getHttpServer());
    const page = await http().get('/meetings/some-meeting').set('Accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/html/);
    expect(page.text).toContain('<div id="app"');
    await http()
      .get('/api/no-such-thing')
      .set('Accept', 'text/html')
      .expect(404)
      .expect('content-type', /json/);
    await http().get('/api/index.html').set('Accept', 'text/html').expect(404).expect('content-type', /json/);
  });

  it('sends security headers and no framework fingerprint', async () => {
    const response = await request(test.app.getHttpServer()).get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('runs every migration on start, so the schema is there', async () => {
    const { DataSource } = await import('typeorm');
    const dataSource = test.app.get(DataSource);
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
      expect.arrayContaining([
        'children',
        'ehc_requests',
        'advice_requests',
        'meetings',
        'agenda_items',
        'users',
      ]),
    );
  });
});
