// Creates the first service administrator of a new installation (DEMO_DATA=off leaves the database
// empty, and only an administrator can add users). Run from the repository root (the image's /app):
//
//   npm run create-admin -- --email jo.bloggs@council.gov.uk --name "Jo Bloggs"
//   ADMIN_EMAIL=jo.bloggs@council.gov.uk ADMIN_NAME="Jo Bloggs" ADMIN_PASSWORD=… node docker/create-admin.mjs
//
// With DATABASE_URL it uses that database; without it, the embedded PostgreSQL that `npm start` runs (its
// cluster in CONVENE_DATA_DIR, default `data/`), started for the moment and stopped again, so stop Convene
// first. Either way it applies any migrations not yet applied, so it works on a database nothing has run on.
//
// With compose: docker compose -f docker/compose.yaml run --rm -e ADMIN_EMAIL=… -e ADMIN_NAME=… \
//   -e ADMIN_PASSWORD migrate node docker/create-admin.mjs        (see docs/deploy.md)
//
// --email, --name and --agency-name win over ADMIN_EMAIL, ADMIN_NAME and ADMIN_AGENCY_NAME. The password is
// never an argument (it would stay in the shell history): ADMIN_PASSWORD, or else the first line of standard
// input. The user belongs to the agency with code `send` (kind send_service), made if missing and named by the
// agency name (default "SEND service"). The creation is written to the audit trail, without the password.
// Refuses an email that already has a user. Exit codes: 0 created, 1 failed, 78 bad input.
import 'reflect-metadata';
import argon2 from 'argon2';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDataSource } from '../apps/api/dist/database/data-source.js';
import { EmbeddedPostgresLauncher } from '../apps/api/dist/database/embedded-postgres.launcher.js';
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

function options() {
  try {
    return parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, 'agency-name': { type: 'string' } },
    }).values;
  } catch (error) {
    throw new InputError(`${error.message} (use --email, --name and --agency-name)`);
  }
}

/** True while a PostgreSQL runs on that cluster, e.g. Convene's own `npm start`. */
function clusterInUse(dataDir) {
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** DATABASE_URL, or the embedded PostgreSQL in CONVENE_DATA_DIR, started for this run. */
async function openDatabase() {
  const url = process.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\/\S+$/.test(url))
      throw new InputError('DATABASE_URL must be a postgres:// or postgresql:// URL');
    return { url, close: async () => undefined };
  }
  const dataDir = process.env.CONVENE_DATA_DIR || 'data';
  // Starting it again would stop the running one (it looks like one left by a hard kill).
  if (clusterInUse(dataDir))
    throw new Error(
      `Convene's embedded PostgreSQL in ${dataDir}/postgres is running: stop Convene first, then run this again`,
    );
  const launcher = new EmbeddedPostgresLauncher({ dataDir });
  say(`starting the embedded PostgreSQL in ${dataDir}/postgres`);
  return { url: await launcher.start(), close: () => launcher.stop() };
}

async function main() {
  const args = options();
  const email = (args.email ?? process.env.ADMIN_EMAIL ?? '').trim().toLowerCase();
  const name = (args.name ?? process.env.ADMIN_NAME ?? '').trim();
  const agencyName = (args['agency-name'] ?? process.env.ADMIN_AGENCY_NAME ?? 'SEND service').trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    throw new InputError('the email (--email or ADMIN_EMAIL) must be an email address');
  if (name.length < 1 || name.length > 120)
    throw new InputError('the name (--name or ADMIN_NAME) must be 1 to 120 characters');
  if (agencyName.length < 1 || agencyName.length > 120)
    throw new InputError('the agency name (--agency-name or ADMIN_AGENCY_NAME) must be 1 to 120 characters');
  const password = await readPassword();
  if (password.length < 12 || password.length > 1024)
    throw new InputError('the password must be 12 to 1024 characters');

  const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
  const database = await openDatabase();
  const dataSource = createDataSource(database.url);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) say(`applied ${applied.length} migrations to the empty database`);
    const audit = new AuditService();
    const userId = await dataSource.transaction(async (manager) => {
      const [agency] = await manager.query(
        `INSERT INTO agencies (code, name, kind) VALUES ('send', $1, 'send_service')
         ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code RETURNING id, code, name, kind, (xmax = 0) AS made`,
        [agencyName],
      );
      const [row] = await manager.query(
        `INSERT INTO users (email, display_name, agency_id, roles, password_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, name, agency.id, ['admin'], passwordHash],
      );
      if (!row) throw new InputError(`a user with the email ${email} already exists; nothing was changed`);
      if (agency.made)
        await audit.record(manager, {
          actorId: null,
          action: 'agency.created',
          entityType: 'agency',
          entityId: agency.id,
          after: {
            code: agency.code,
            name: agency.name,
            kind: agency.kind,
            createdBy: 'docker/create-admin.mjs',
          },
        });
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
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`create-admin: FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof InputError ? 78 : 1);
  },
);
