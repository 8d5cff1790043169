import type { OutboundMessageView, Page } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/load-config.js';
import { OutboxDelivery } from '../src/notifications/delivery/outbox-delivery.js';
import { Notifier } from '../src/notifications/notifier.js';
import { aUser, TEST_SECRETS_KEY, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { SmtpSink } from './support/smtp-sink.js';
import { MACHINE_SPEED_LIMITS, startTestApp, type TestApp } from './support/test-app.js';

describe('delivering the outbox to a real mail server', () => {
  let sink: SmtpSink;
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let delivery: OutboxDelivery;
  let cause = 0;
  const env = () => ({
    SMTP_URL: sink.url,
    MAIL_FROM: 'Fernshire SEND <send@fernshire.example>',
    PUBLIC_URL: 'https://convene.fernshire.example',
    MAIL_RETRY_SECONDS: '0',
    NOTIFICATION_WORKERS: 'off',
  });

  /** Tells `user` their case was decided, as a decision would: one notification and one email queued. */
  const tell = (user: TestUser, app = test) =>
    app.app.get(DataSource).transaction((manager) =>
      app.app.get(Notifier).notify(manager, {
        kind: 'case_decided',
        causeKey: `case-decided:test-${++cause}`,
        recipientIds: [user.id],
        subjectRef: 'EHC-T-0042',
        linkPath: '/cases',
        facts: {
          caseReference: 'EHC-T-0042',
          decision: 'decision to assess',
          outcome: 'agree',
          letter: false,
        },
      }),
    );
  const outbox = (user: TestUser) =>
    dataSource.query(
      `SELECT status, attempts, last_error, message_id FROM outbound_messages WHERE recipient_id = $1 ORDER BY created_at`,
      [user.id],
    );

  beforeAll(async () => {
    sink = await SmtpSink.start();
    test = await startTestApp(env());
    dataSource = test.app.get(DataSource);
    delivery = test.app.get(OutboxDelivery);
    admin = await aUser(dataSource, { roles: ['admin'] });
  });
  afterAll(async () => {
    await test?.close();
    await sink?.close();
  });

  it('sends the right message once, with its stable Message-ID, text and HTML parts and a link to sign in', async () => {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    await tell(flo);
    await delivery.deliverDue();
    await delivery.deliverDue();

    const [stored] = await outbox(flo);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    const mails = sink.to(flo.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      messageId: stored.message_id,
      subject: 'Convene: Your case EHC-T-0042 was decided: agree',
    });
    expect(stored.message_id).toMatch(/^<[\w-]+@fernshire\.example>$/);
    expect(mails[0]!.raw).toMatch(/^From: Fernshire SEND <send@fernshire\.example>/m);
    expect(mails[0]!.raw).toContain('Content-Type: text/plain');
    expect(mails[0]!.raw).toContain('Content-Type: text/html');
    expect(mails[0]!.decoded).toContain('https://convene.fernshire.example/sign-in?next=%2Fcases');
  });

  it('tries a message refused for now (451) again, and sends it once', async () => {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    sink.refuse(flo.email, { code: 451, message: 'Mailbox busy, try later' });
    await tell(flo);
    await delivery.deliverDue();
    expect(await outbox(flo)).toMatchObject([
      { status: 'failed', attempts: 1, last_error: expect.stringContaining('451') },
    ]);
    expect(sink.to(flo.email)).toEqual([]);

    await delivery.deliverDue();
    expect(await outbox(flo)).toMatchObject([{ status: 'sent', attempts: 2 }]);
    expect(sink.to(flo.email)).toHaveLength(1);
  });

  it('gives up on a message refused for good (550), and shows it and the address to administrators', async () => {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    sink.refuse(flo.email, { code: 550, message: 'No such mailbox here' });
    await tell(flo);
    await delivery.deliverDue();
    await delivery.deliverDue();
    expect(await outbox(flo)).toMatchObject([{ status: 'gave_up', attempts: 1 }]);
    expect(sink.to(flo.email)).toEqual([]);

    const cookie = await signIn(test, admin);
    const { body: bounced } = await request(test.app.getHttpServer())
      .get('/api/admin/bounced-addresses')
      .set('Cookie', cookie)
      .expect(200);
    expect(bounced).toEqual([
      expect.objectContaining({ userId: flo.id, email: flo.email, reason: expect.stringContaining('550') }),
    ]);
    const { body: messages } = (await request(test.app.getHttpServer())
      .get('/api/admin/messages')
      .set('Cookie', cookie)
      .expect(200)) as { body: Page<OutboundMessageView> };
    expect(messages.items.find((m) => m.to === flo.email)).toMatchObject({
      status: 'gave_up',
      lastError: expect.stringContaining('No such mailbox'),
    });
    // Only administrators read the outbox.
    await request(test.app.getHttpServer())
      .get('/api/admin/messages')
      .set('Cookie', await signIn(test, flo))
      .expect(403);
  });

  it('never sends one message twice when two API instances deliver the same outbox at once', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DEMO_DATA: 'off',
      LOG_LEVEL: 'error',
      SECRETS_KEY: TEST_SECRETS_KEY,
      ...MACHINE_SPEED_LIMITS,
      ...env(),
    });
    const second = await createApp(config, test.database.url);
    await second.init();
    try {
      const people = await Promise.all(Array.from({ length: 60 }, () => aUser(dataSource)));
      for (const person of people) await tell(person);
      const before = sink.received.length;
      await Promise.all([
        delivery.deliverDue(),
        second.get(OutboxDelivery).deliverDue(),
        delivery.deliverDue(),
        second.get(OutboxDelivery).deliverDue(),
      ]);
      const delivered = sink.received.slice(before);
      expect(delivered).toHaveLength(60);
      expect(new Set(delivered.map((m) => m.messageId)).size).toBe(60);
      const [{ sent }] = await dataSource.query(
        `SELECT count(*)::int AS sent FROM outbound_messages WHERE status = 'sent' AND recipient_id = ANY($1)`,
        [people.map((p) => p.id)],
      );
      expect(sent).toBe(60);
    } finally {
      await second.close();
    }
  });
});
