import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_SECRETS_KEY } from './factories.js';
import { MACHINE_SPEED_LIMITS } from './test-app.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
/** The Redis key prefix of the processes this test file starts: shared by its nodes, never by another run. */
const REDIS_KEY_PREFIX = `test-${randomBytes(6).toString('hex')}:`;

export interface ApiProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  output: string[];
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** The built API as a real process, the way `npm start` runs it, for restart and multi-node tests. */
export async function startApiProcess(env: {
  DATABASE_URL: string;
  REDIS_URL?: string;
  PORT?: number;
  /** Any other settings, e.g. SMTP_URL. */
  more?: Record<string, string>;
}): Promise<ApiProcess> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`npm run build\` first (\`npm test\` does)`);
  const port = env.PORT ?? (await freePort());
  const output: string[] = [];
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: env.DATABASE_URL,
      ...(env.REDIS_URL ? { REDIS_URL: env.REDIS_URL, REDIS_KEY_PREFIX } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
      SECRETS_KEY: TEST_SECRETS_KEY,
      ...MACHINE_SPEED_LIMITS,
      ...env.more,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited during start:\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API did not answer within 30s:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    port,
    child,
    output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
