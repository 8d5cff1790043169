import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@convene/domain': here('../../libs/domain/src/index.ts'),
      '@convene/contracts': here('../../libs/contracts/src/index.ts'),
    },
  },
  css: {
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import'] } },
    postcss: {
      plugins: [
        {
          // govuk-frontend still carries an Internet Explorer hack (`min-width: 0\0`) that the CSS minifier
          // rejects as an invalid media query; no browser we support reads it, so it is dropped.
          postcssPlugin: 'drop-internet-explorer-hacks',
          AtRule: {
            media: (rule: { params: string; remove(): void }) =>
              ['\\0', '\u0000', '\uFFFD'].some((hack) => rule.params.includes(hack))
                ? rule.remove()
                : undefined,
          },
        },
      ],
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } },
  },
});
