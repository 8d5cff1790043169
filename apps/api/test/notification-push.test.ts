import type { NotificationNew, NotificationsRead } from '@convene/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/load-config.js';
import { Notifier } from '../src/notifications/notifier.js';
import { aUser, TEST_SECRETS_KEY, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { MACHINE_SPEED_LIMITS, startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

/** Resolves with the first `event` the client receives within the time, or null if none comes. */
const next = <T>(client: MeetingClient, event: 'notification.new' | 'notifications.read', ms = 3_000) =>
  new Promise<T | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    client.socket.once(event, (body: unknown) => {
      clearTimeout(timer);
      resolve(body as T);
    });
  });

describe('a new notification reaches its person live, on whichever API node they are connected to', () => {
  let first: ListeningTestApp;
  let second: NestExpressApplication;
  let secondUrl: string;
  let person: TestUser;
  let cookie: string;
  const clients: MeetingClient[] = [];

  beforeAll(async () => {
    // With Redis, as a deployment runs: the rooms' adapter must not carry the push a second time.
    const env: Record<string, string> = {
      NOTIFICATION_WORKERS: 'off',
      ...(process.env.REDIS_URL
        ? { REDIS_URL: process.env.REDIS_URL, REDIS_KEY_PREFIX: `test-${randomBytes(6).toString('hex')}:` }
        : {}),
    };
    first = await startListeningTestApp(env);
    second = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DEMO_DATA: 'off',
        LOG_LEVEL: 'error',
        SECRETS_KEY: TEST_SECRETS_KEY,
        ...MACHINE_SPEED_LIMITS,
        ...env,
      }),
      first.database.url,
    );
    await second.listen(0, '127.0.0.1');
    secondUrl = `http://127.0.0.1:${(second.getHttpServer().address() as { port: number }).port}`;
    person = await aUser(first.app.get(DataSource), { roles: ['presenter'] });
    cookie = await signIn(first, person);
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await second?.close();
    await first?.close();
  });

  const tell = (cause: string, fail = false) =>
    first.app
      .get(DataSource)
      .transaction(async (manager) => {
        await first.app.get(Notifier).notify(manager, {
          kind: 'case_decided',
          causeKey: `case-decided:${cause}`,
          recipientIds: [person.id],
          subjectRef: 'EHC-T-0007',
          linkPath: '/cases',
          facts: {
            caseReference: 'EHC-T-0007',
            decision: 'decision to issue',
            outcome: 'agree',
            letter: false,
          },
        });
        if (fail) throw new Error('the change failed');
      })
      .catch(() => undefined);

  it('is pushed after it is stored, to the person’s connections on the other node, once each, and never for a change that rolled back', async () => {
    const here = await MeetingClient.connect(first.baseUrl, cookie);
    const there = await MeetingClient.connect(secondUrl, cookie);
    clients.push(here, there);

    const rolledBack = next<NotificationNew>(there, 'notification.new', 1_000);
    await tell('rolled-back', true);
    expect(await rolledBack).toBeNull();

    const [onHere, onThere] = [
      next<NotificationNew>(here, 'notification.new'),
      next<NotificationNew>(there, 'notification.new'),
    ];
    await tell('pushed');
    const pushed = await onThere;
    expect(pushed).toMatchObject({
      unreadCount: 1,
      notification: { kind: 'case_decided', title: 'Your case EHC-T-0007 was decided: agree', readAt: null },
    });
    expect(await onHere).toEqual(pushed);
    // Stored before it was pushed: the list read on the other node has it.
    const { body } = await request(second.getHttpServer())
      .get('/api/notifications')
      .set('Cookie', cookie)
      .expect(200);
    expect(body.items).toEqual([pushed!.notification]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const client of [here, there])
      expect(client.frames.filter((f) => f.event === 'notification.new')).toHaveLength(1);

    const read = next<NotificationsRead>(there, 'notifications.read');
    await request(first.app.getHttpServer())
      .post('/api/notifications/read-all')
      .set('Cookie', cookie)
      .expect(200);
    expect(await read).toEqual({ ids: null, unreadCount: 0 });
  });
});
