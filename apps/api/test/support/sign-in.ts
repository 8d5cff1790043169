import { generate } from 'otplib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';
import type { TestUser } from './factories.js';

/**
 * A current code from the user's authenticator app. Tests sign in faster than codes change, so the step last used
 * is forgotten first: the API never accepts one code twice (apps/api/test/two-step-sign-in.test.ts checks that).
 */
export async function aTwoStepCode(test: TestApp, user: TestUser): Promise<string> {
  await test.app
    .get(DataSource)
    .query(`UPDATE second_factors SET last_used_step = NULL WHERE user_id = $1`, [user.id]);
  return generate({ secret: user.twoStepSecret! });
}

/** Signs a user in and returns the Cookie header value that carries their session. */
export async function signIn(test: TestApp, user: TestUser): Promise<string> {
  const code = user.twoStepSecret ? await aTwoStepCode(test, user) : undefined;
  const response = await request(test.app.getHttpServer())
    .post('/api/auth/sign-in')
    .send({ email: user.email, password: user.password, ...(code ? { code } : {}) });
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('convene_session='));
  return cookie!.split(';')[0]!;
}
