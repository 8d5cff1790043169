import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../../config/app-config.js';
import { SecretsKeyError } from './secrets-key.error.js';

/** 32 bytes as base64 (44 characters with its `=`, or 43 base64url without) or hex (64 characters). */
export const SECRETS_KEY_FORMAT = /^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/;
/** The key made for the zero-setup start, in CONVENE_DATA_DIR, beside the embedded PostgreSQL's data. */
const SECRETS_KEY_FILE = 'secrets.key';

function decode(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!SECRETS_KEY_FORMAT.test(trimmed)) return null;
  return Buffer.from(trimmed, trimmed.length === 64 ? 'hex' : 'base64');
}

/**
 * SECRETS_KEY when it is set (the configuration requires it in production). Without it, as on `npm start` with no
 * settings, the key is `<CONVENE_DATA_DIR>/secrets.key`, made once (mode 600) and read again on every start: the
 * data folder is already what a zero-setup Convene keeps between runs, and deleting it starts again from nothing.
 */
export async function loadSecretsKey(config: AppConfig): Promise<Buffer> {
  if (config.SECRETS_KEY) return decode(config.SECRETS_KEY)!; // its format was validated with the configuration
  const file = resolve(join(config.CONVENE_DATA_DIR, SECRETS_KEY_FILE));
  const made = await makeKeyFile(config.CONVENE_DATA_DIR, file);
  const text =
    made ??
    (await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new SecretsKeyError(
        `${file} cannot be read (${error.code ?? error.message})`,
        'make it readable by the account Convene runs as, or set SECRETS_KEY to the key it holds',
      );
    }));
  const key = decode(text);
  if (!key)
    throw new SecretsKeyError(
      `${file} does not hold a 32-byte key in base64 or hex`,
      'put back the key it held, or set SECRETS_KEY to it',
    );
  return key;
}

/**
 * Writes a new random key to `file` unless one is there; the key written, or null when the file was there already.
 * Written aside and linked into place, so two processes starting at once on one data folder agree on one key.
 */
async function makeKeyFile(dataDir: string, file: string): Promise<string | null> {
  const text = `${randomBytes(32).toString('base64')}\n`;
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(aside, text, { mode: 0o600, flag: 'wx' });
    await link(aside, file);
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw new SecretsKeyError(
      `cannot write a new key to ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      'set CONVENE_DATA_DIR to a folder you may write to, or set SECRETS_KEY (openssl rand -base64 32)',
    );
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}
