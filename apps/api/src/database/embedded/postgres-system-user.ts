import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';

const run = promisify(execFile);

/** The account PostgreSQL runs under when Convene runs as root: PostgreSQL refuses to run as root itself. */
export interface SystemUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

const NAME = 'postgres';

/** The `postgres` system user, made once (with a group of its own, no home and no login) when it is missing. */
export async function postgresSystemUser(): Promise<SystemUser> {
  const found = await lookUp(NAME);
  if (found) return found;
  try {
    await run('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      NAME,
    ]);
  } catch (error) {
    throw new EmbeddedPostgresError(
      'PostgreSQL will not run as root, and the `postgres` system user it would run as could not be made',
      'make it yourself (`useradd --system --user-group postgres`), run Convene as an ordinary user, or set DATABASE_URL to a PostgreSQL server of your own',
      { cause: error },
    );
  }
  const made = await lookUp(NAME);
  if (!made)
    throw new EmbeddedPostgresError(
      `the \`${NAME}\` system user was made but cannot be found`,
      'check /etc/passwd, or set DATABASE_URL',
    );
  return made;
}

async function lookUp(name: string): Promise<SystemUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}
