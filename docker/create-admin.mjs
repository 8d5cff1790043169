// Creates the first service administrator of a new installation (DEMO_DATA=off leaves the database
// empty, and only an administrator can add users). Run from the repository root (the image's /app),
// after the migrations:
//
//   ADMIN_EMAIL=jo.bloggs@council.gov.uk ADMIN_NAME="Jo Bloggs" ADMIN_PASSWORD=… node docker/create-admin.mjs
//
// With compose: docker compose -f docker/compose.yaml run --rm -e ADMIN_EMAIL=… -e ADMIN_NAME=… \
//   -e ADMIN_PASSWORD migrate node docker/create-admin.mjs        (see docs/deploy.md)
//
// Without ADMIN_PASSWORD the password is read from the first line of standard input. The user belongs
// to the agency with code `send` (kind send_service), made if missing and named ADMIN_AGENCY_NAME
// (default "SEND service"). The creation is written to the audit trail, without the password.
// Refuses an email that already has a user. Exit codes: 0 created, 1 failed, 78 bad input.
import 'reflect-metadata';
import argon2 from 'argon2';
import { createInterface } from 'node:readline';
import { createDataSource } from '../apps/api/dist/database/data-source.js';
import { AuditService } from '../apps/api/dist/audit/audit.service.js';

const say = (message) => process.stdout.write(`create-admin: ${message}\n`);
class InputError extends Error {}

async function readPassword() {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (process.stdin.isTTY)
    process.stderr.write('Password for the new administrator (12 characters or more): ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function main() {
  const url = process.env.DATABASE_URL;
  const email = (process.env.ADMIN_EMAIL ?? '').trim().toLowerCase();
  const name = (process.env.ADMIN_NAME ?? '').trim();
  const agencyName = (process.env.ADMIN_AGENCY_NAME ?? 'SEND service').trim();
  if (!url || !/^postgres(ql)?:\/\/\S+$/.test(url))
    throw new InputError('DATABASE_URL must be set to a postgres:// or postgresql:// URL');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    throw new InputError('ADMIN_EMAIL must be an email address');
  if (name.length < 1 || name.length > 120) throw new InputError('ADMIN_NAME must be 1 to 120 characters');
  const password = await readPassword();
  if (password.length < 12 || password.length > 1024)
    throw new InputError('the password must be 12 to 1024 characters');

  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const audit = new AuditService();
    const userId = await dataSource.transaction(async (manager) => {
      const [agency] = await manager.query(
        `INSERT INTO agencies (code, name, kind) VALUES ('send', $1, 'send_service')
         ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id`,
        [agencyName],
      );
      const [row] = await manager.query(
        `INSERT INTO users (email, display_name, agency_id, roles, password_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, name, agency.id, ['admin'], passwordHash],
      );
      if (!row) throw new InputError(`a user with the email ${email} already exists; nothing was changed`);
      await audit.record(manager, {
        actorId: null,
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        after: {
          email,
          displayName: name,
          agencyId: agency.id,
          roles: ['admin'],
          active: true,
          createdBy: 'docker/create-admin.mjs',
        },
      });
      return row.id;
    });
    say(
      `created the service administrator ${email} (user ${userId}); sign in and add everyone else under Administration`,
    );
  } finally {
    await dataSource.destroy().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`create-admin: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof InputError ? 78 : 1);
  },
);
