import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { SmtpSink } from './support/smtp-sink.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const MESSAGES = 200;

/**
 * The API killed (SIGKILL) while it sends the outbox, then started again: every message reaches the mail server,
 * each with the Message-ID it was queued with. Only a message the server had accepted when the process died, but
 * whose acceptance was not yet recorded, can arrive twice, with the same Message-ID (one worker sends one message
 * at a time, so at most one); nothing is lost.
 */
describe('killing the API mid-delivery', () => {
  let database: TestDatabase;
  let db: pg.Client;
  let sink: SmtpSink;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    sink = await SmtpSink.start({ acceptAfterMs: 10 });
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await db?.end();
    await database?.drop();
    await sink?.close();
  });

  const sent = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbound_messages WHERE status = 'sent'`))
      .rows[0]!.n;

  it('delivers every queued message after a restart, none lost, none sent twice but the one in flight', async () => {
    const {
      rows: [agency],
    } = await db.query<{ id: string }>(
      `INSERT INTO agencies (code, name, kind) VALUES ('send', 'SEND', 'send_service') RETURNING id`,
    );
    await db.query(
      `WITH people AS (
         INSERT INTO users (email, display_name, agency_id, roles)
         SELECT 'person-' || n || '@council.example', 'Person ' || n, $1, '{presenter}' FROM generate_series(1, $2) n
         RETURNING id, email)
       INSERT INTO outbound_messages (recipient_id, kind, cause_key, address, subject, body_text, body_html, message_id)
       SELECT id, 'case_decided', 'case-decided:crash-' || id, email, 'Convene: a decision', 'Text', '<p>HTML</p>',
              '<' || gen_random_uuid() || '@council.example>'
         FROM people`,
      [agency!.id, MESSAGES],
    );
    const more = { SMTP_URL: sink.url, MAIL_RETRY_SECONDS: '0', MAIL_CLAIM_SECONDS: '2' };
    api = await startApiProcess({ DATABASE_URL: database.url, more });
    const started = Date.now();
    while (sink.received.length < MESSAGES / 4) {
      if (Date.now() - started > 20_000) throw new Error(`nothing delivered:\n${api.output.join('')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await api.stop('SIGKILL');
    const beforeRestart = sink.received.length;
    expect(beforeRestart).toBeLessThan(MESSAGES);

    api = await startApiProcess({ DATABASE_URL: database.url, more });
    const deadline = Date.now() + 60_000;
    while ((await sent()) < MESSAGES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await sent()).toBe(MESSAGES);

    const { rows: queued } = await db.query<{ message_id: string }>(
      `SELECT message_id FROM outbound_messages`,
    );
    const arrivals = new Map<string, number>();
    for (const mail of sink.received) arrivals.set(mail.messageId, (arrivals.get(mail.messageId) ?? 0) + 1);
    expect(new Set(arrivals.keys())).toEqual(new Set(queued.map((q) => q.message_id)));
    const twice = [...arrivals.values()].filter((n) => n > 1);
    expect(twice.length).toBeLessThanOrEqual(1);
    expect(sink.received.length).toBeLessThanOrEqual(MESSAGES + 1);
  }, 120_000);
});
