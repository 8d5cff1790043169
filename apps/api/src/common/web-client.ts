import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

/** Where `vite build` puts the web client, unless WEB_DIST_DIR says otherwise. */
export function webDistDir(configured?: string): string {
  return configured ? resolve(configured) : fileURLToPath(new URL('../../../web/dist', import.meta.url));
}

const isApiPath = (path: string) => /^\/(api|socket\.io)(\/|$)/.test(path);

/**
 * Serves the built Vue client at `/`, with the single-page app's index.html for every
 * non-API path so deep links (`/meetings/…`) survive a refresh. Hashed assets are cached for a year.
 */
export function serveWebClient(server: Express, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  server.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  // The API's own paths never look on disk: a file lookup on every request costs the API's answers time.
  const files = express.static(dir, { index: false, maxAge: 0 });
  server.use((request, response, next) =>
    isApiPath(request.path) ? next() : files(request, response, next),
  );
  server.use((request, response, next) => {
    if (request.method !== 'GET' || isApiPath(request.path)) return next();
    if (!request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
