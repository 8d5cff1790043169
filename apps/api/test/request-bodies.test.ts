import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

/** About 600 KB of JSON that is costly to validate: 300,000 array elements in a field the DTO does not know. */
const LARGE_SIGN_IN = JSON.stringify({
  email: 'chair@council.example',
  password: 'x',
  junk: Array<number>(300_000).fill(1),
});

describe('request bodies are bounded before anything reads them', () => {
  let test: ListeningTestApp;
  let cookie: string;
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${test.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  beforeAll(async () => {
    test = await startListeningTestApp();
    cookie = await signIn(test, await aUser(test.app.get(DataSource), { roles: ['admin'] }));
  });
  afterAll(async () => {
    await test?.close();
  });

  it('refuses a 600 KB sign-in at once with 413, without parsing it', async () => {
    await post('/api/auth/sign-in', JSON.stringify({ email: 'warm@council.example', password: 'x' }));
    const started = performance.now();
    const response = await post('/api/auth/sign-in', LARGE_SIGN_IN);
    const took = performance.now() - started;
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
    // Parsing and validating it took 0.8–1.7 s before the limit; refusing it unread takes milliseconds.
    expect(took).toBeLessThan(250);
  });

  it('refuses a large body from someone not signed in on any route, and a body of unknown length on sign-in', async () => {
    expect((await post('/api/admin/meeting-groups', LARGE_SIGN_IN)).status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"email":"a@council.example","password":"x"}'));
        controller.close();
      },
    });
    const response = await fetch(`${test.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked,
      duplex: 'half',
    });
    expect(response.status).toBe(411);
  });

  it('still takes a body over 8 KB from someone signed in, up to 1 MB', async () => {
    const notes = JSON.stringify({ kind: 'dmg', name: 'x'.repeat(20_000) });
    const response = await post('/api/admin/meeting-groups', notes, { cookie });
    // Past the size check: the DTO's own limits answer.
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('validation_failed');
  });
});
