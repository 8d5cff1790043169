import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { aUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { enrolTwoStep, signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

type Refusal = Error & { data?: { code: string; message: string } };

describe('the live room holds an administrator without two-step sign-in to setting it up, as REST does', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  const opened: MeetingClient[] = [];
  const written: string[] = [];

  /** How the server answered a new connection: connected, or refused at the handshake with its reason. */
  async function tryConnect(cookie: string): Promise<Refusal | null> {
    try {
      opened.push(await MeetingClient.connect(test.baseUrl, cookie));
      return null;
    } catch (error) {
      return error as Refusal;
    }
  }

  beforeAll(async () => {
    test = await startListeningTestApp(
      { LOG_LEVEL: 'warn' },
      {
        logDestination: { write: (chunk: string) => void written.push(...chunk.split('\n').filter(Boolean)) },
      },
    );
    dataSource = test.app.get(DataSource);
  });
  afterEach(() => {
    opened.splice(0).forEach((client) => client.close());
  });
  afterAll(async () => {
    await test?.close();
  });

  it('refuses an administrator who signed in without it, saying why, and lets the same session in once it is set up', async () => {
    const admin = await aUser(dataSource, { roles: ['admin'], twoStep: false });
    const cookie = await signIn(test, admin);

    const refused = await tryConnect(cookie);
    expect(refused?.message).toBe('two_step_enrolment_required');
    expect(refused?.data).toEqual({
      code: 'two_step_enrolment_required',
      message: expect.stringMatching(/set up two-step sign-in/) as string,
    });
    const logged = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(
      expect.objectContaining({
        event: 'security.refused',
        kind: 'authorization',
        who: admin.id,
        what: 'connect',
        why: 'two_step_enrolment_required',
      }),
    );

    await enrolTwoStep(test, cookie);
    expect(await tryConnect(cookie)).toBeNull();
  });

  it('lets in someone who is not an administrator, without two-step sign-in', async () => {
    const member = await aUser(dataSource, { roles: ['panel_member'], twoStep: false });
    expect(await tryConnect(await signIn(test, member))).toBeNull();
  });
});
