import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The libs are used from source in tests, so `npm test` needs no build first.
const alias = {
  '@convene/domain': here('./libs/domain/src/index.ts'),
  '@convene/contracts': here('./libs/contracts/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', here('./test/support/summary-reporter.ts')],
    projects: [
      {
        extends: true,
        test: { name: 'libs', include: ['libs/*/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.spec.ts', 'apps/api/test/**/*.test.ts'],
          environment: 'node',
          globalSetup: [here('./test/support/database.global-setup.ts')],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: [here('./test/support/database.global-setup.ts')],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        plugins: [vue()],
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
