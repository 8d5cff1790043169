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

/** The code the app shows now, or that many 30-second steps from now. */
export const aCodeAt = (secret: string, steps = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Sets up an authenticator app for the session's user, as they would; its secret and recovery codes. */
export async function enrolTwoStep(
  test: TestApp,
  cookie: string,
): Promise<{ secret: string; firstCode: string; recoveryCodes: string[] }> {
  const http = () => request(test.app.getHttpServer());
  const started = await http().post('/api/auth/two-step/enrolment').set('Cookie', cookie).expect(200);
  const secret = started.body.secret as string;
  const firstCode = await aCodeAt(secret);
  const confirmed = await http()
    .post('/api/auth/two-step/enrolment/confirm')
    .set('Cookie', cookie)
    .send({ code: firstCode })
    .expect(200);
  return { secret, firstCode, recoveryCodes: confirmed.body.recoveryCodes as string[] };
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

/** The cookie of this name a response set, as a browser sends it back (`name=value`). */
export const cookieFrom = (response: request.Response, name: string): string | undefined =>
  ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0];
