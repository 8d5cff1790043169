// Runs Convene's database migrations once, then exits: the one-shot `migrate` service in
// docker/compose.yaml, and `node docker/migrate.mjs` by hand before an upgrade.
//
//   DATABASE_URL=postgres://user:password@host:5432/convene node docker/migrate.mjs
//
// Run from the repository root (the image's /app) after `npm run build`. It uses the API's own data
// source, so it runs exactly the migrations the API would run at start. TypeORM takes no lock across
// processes, so this script holds a PostgreSQL advisory lock while it migrates: two of it at once
// (or a retry while one is still running) wait for each other instead of racing.
//
// Exit codes: 0 migrated (or nothing to do), 1 failed, 78 DATABASE_URL missing or not a postgres URL.
import 'reflect-metadata';
import { createDataSource } from '../apps/api/dist/database/data-source.js';

/** Any fixed 64-bit number: every copy of this script must use the same one. ("CONVENE" in ASCII.) */
const MIGRATION_LOCK_KEY = '18946021313039941';
const CONNECT_ATTEMPTS = Number(process.env.MIGRATE_CONNECT_ATTEMPTS ?? 30);

const say = (message) => process.stdout.write(`migrate: ${message}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The URL without its password, for messages. */
function redacted(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

async function connect(url) {
  for (let attempt = 1; ; attempt++) {
    const dataSource = createDataSource(url);
    try {
      await dataSource.initialize();
      return dataSource;
    } catch (error) {
      await dataSource.destroy().catch(() => undefined);
      if (attempt >= CONNECT_ATTEMPTS) throw error;
      say(
        `cannot reach the database yet (${error.code ?? error.message}); retrying (${attempt}/${CONNECT_ATTEMPTS})`,
      );
      await sleep(1000);
    }
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\/\S+$/.test(url)) {
    process.stderr.write('migrate: DATABASE_URL must be set to a postgres:// or postgresql:// URL\n');
    return 78;
  }
  say(`connecting to ${redacted(url)}`);
  const dataSource = await connect(url);
  // A session-level advisory lock belongs to one connection: hold it on a dedicated one while the
  // migrations run on another from the pool.
  const lock = dataSource.createQueryRunner();
  let locked = false;
  try {
    await lock.connect();
    const [{ acquired }] = await lock.query('SELECT pg_try_advisory_lock($1::bigint) AS acquired', [
      MIGRATION_LOCK_KEY,
    ]);
    if (!acquired) {
      say('another migration run holds the lock; waiting for it to finish');
      await lock.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    }
    locked = true;

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) say(`applied ${migration.name}`);
    if (applied.length === 0)
      say(`nothing to do: all ${dataSource.migrations.length} migrations were already applied`);
    else say(`done: ${applied.length} applied now, ${dataSource.migrations.length} in all`);
    return 0;
  } finally {
    if (locked)
      await lock.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const detail = [error?.code, error?.message].filter(Boolean).join(' ');
    process.stderr.write(
      `migrate: FAILED, the database was not (fully) migrated: ${detail || String(error)}\n`,
    );
    if (process.env.MIGRATE_DEBUG && error?.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
