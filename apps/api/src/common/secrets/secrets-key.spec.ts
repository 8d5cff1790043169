import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import { loadSecretsKey } from './secrets-key.js';

describe('the key that seals stored secrets', () => {
  const folders: string[] = [];
  const aDataFolder = async () => {
    const folder = await mkdtemp(join(tmpdir(), 'convene-secrets-'));
    folders.push(folder);
    return join(folder, 'data');
  };
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  it('is SECRETS_KEY when it is set, in base64 or in hex', async () => {
    const key = randomBytes(32);
    const dataDir = await aDataFolder();
    for (const written of [key.toString('base64'), key.toString('hex'), key.toString('base64url')])
      expect(await loadSecretsKey(loadConfig({ SECRETS_KEY: written, CONVENE_DATA_DIR: dataDir }))).toEqual(
        key,
      );
  });

  it('is made once in the data folder without it, readable by its owner only, and the same on every start', async () => {
    const config = loadConfig({ CONVENE_DATA_DIR: await aDataFolder() });
    const first = await loadSecretsKey(config);
    const file = join(config.CONVENE_DATA_DIR, 'secrets.key');
    expect(first).toHaveLength(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadSecretsKey(config)).toEqual(first);
    expect(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')).toEqual(first);
  });

  it('is one key when two processes start on a new data folder at once', async () => {
    const config = loadConfig({ CONVENE_DATA_DIR: await aDataFolder() });
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadSecretsKey(config)));
    expect(new Set(keys.map((key) => key.toString('hex'))).size).toBe(1);
  });

  it('stops the start, saying so, when the data folder’s key is not a key', async () => {
    const config = loadConfig({ CONVENE_DATA_DIR: await aDataFolder() });
    await loadSecretsKey(config);
    await writeFile(join(config.CONVENE_DATA_DIR, 'secrets.key'), 'not a key\n');
    await expect(loadSecretsKey(config)).rejects.toThrow(/secrets\.key does not hold a 32-byte key/);
  });

  it('is required in production, and must be 32 bytes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRETS_KEY must be set in production/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SECRETS_KEY: randomBytes(16).toString('base64') }),
    ).toThrow(/SECRETS_KEY must be 32 bytes/);
    expect(() => loadConfig({ SECRETS_KEY: 'correct horse battery staple' })).toThrow(/SECRETS_KEY/);
    const key = randomBytes(32).toString('base64');
    expect(loadConfig({ NODE_ENV: 'production', SECRETS_KEY: key }).SECRETS_KEY).toBe(key);
  });
});
