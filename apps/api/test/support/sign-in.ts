import request from 'supertest';
import type { TestApp } from './test-app.js';
import type { TestUser } from './factories.js';

/** Signs a user in and returns the Cookie header value that carries their session. */
export async function signIn(test: TestApp, user: TestUser): Promise<string> {
  const response = await request(test.app.getHttpServer())
    .post('/api/auth/sign-in')
    .send({ email: user.email, password: user.password });
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('convene_session='));
  return cookie!.split(';')[0]!;
}
