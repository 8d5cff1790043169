import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { SecretsKeyError } from '../src/common/secrets/secrets-key.error.js';
import { loadConfig } from '../src/config/load-config.js';
import { aUser, TEST_SECRETS_KEY, type TestUser } from './support/factories.js';
import { aCodeAt, aTwoStepCode, enrolTwoStep, signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PLAIN_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('authenticator apps’ secrets in the database', () => {
  let test: TestApp;
  let dataSource: DataSource;
  const http = () => request(test.app.getHttpServer());
  async function storedSecretOf(user: TestUser): Promise<string> {
    const [row] = await dataSource.query<{ secret: string }[]>(
      `SELECT secret FROM second_factors WHERE user_id = $1`,
      [user.id],
    );
    return row!.secret;
  }
  /** As a version of Convene before secrets were sealed stored them. */
  const storePlain = (user: TestUser) =>
    dataSource.query(`UPDATE second_factors SET secret = $2 WHERE user_id = $1`, [user.id, PLAIN_SECRET]);
  /** Another node started on the same database with this key: whether it started, and how it refused. */
  async function startAnotherNode(key: string): Promise<Error | null> {
    const config = loadConfig({ NODE_ENV: 'test', DEMO_DATA: 'off', LOG_LEVEL: 'error', SECRETS_KEY: key });
    const app = await createApp(config, test.database.url);
    try {
      await app.init();
      return null;
    } catch (error) {
      return error as Error;
    } finally {
      await app.close();
    }
  }

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('keeps an app’s secret sealed, never as the app holds it, and signs in with its codes', async () => {
    const member = await aUser(dataSource);
    const { secret } = await enrolTwoStep(test, await signIn(test, member));

    const stored = await storedSecretOf(member);
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(secret);
    // Nowhere in the column, in any case or form the app shows it.
    const [row] = await dataSource.query<{ found: number }[]>(
      `SELECT count(*)::int AS found FROM second_factors WHERE secret ILIKE '%' || $1 || '%'`,
      [secret],
    );
    expect(row!.found).toBe(0);
    await http()
      .post('/api/auth/sign-in')
      .send({ email: member.email, password: member.password, code: await aCodeAt(secret, 1) })
      .expect(200);
  });

  it('seals, at the next start, a secret an earlier version stored in plain text, and its codes still work', async () => {
    const member = await aUser(dataSource, { twoStep: true });
    await storePlain(member);

    expect(await startAnotherNode(TEST_SECRETS_KEY)).toBeNull();

    const stored = await storedSecretOf(member);
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(PLAIN_SECRET);
    await signIn(test, member);
  });

  it('takes a secret stored in plain text after the start (by an older node during an upgrade) and seals it', async () => {
    const member = await aUser(dataSource, { twoStep: true });
    await storePlain(member);
    await http()
      .post('/api/auth/sign-in')
      .send({ email: member.email, password: member.password, code: await aTwoStepCode(test, member) })
      .expect(200);
    expect(await storedSecretOf(member)).toMatch(/^v1:/);
  });

  it('will not start with a key that opens none of the stored secrets, and says which setting to fix', async () => {
    await aUser(dataSource, { roles: ['admin'] });
    const refused = await startAnotherNode(randomBytes(32).toString('base64'));
    expect(refused).toBeInstanceOf(SecretsKeyError);
    expect(refused?.message).toMatch(/does not open any of the \d+ stored two-step secrets.*SECRETS_KEY/);
    // Nothing was changed: the right key still opens every one.
    expect(await startAnotherNode(TEST_SECRETS_KEY)).toBeNull();
  });
});
