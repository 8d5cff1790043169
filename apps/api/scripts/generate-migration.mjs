#!/usr/bin/env node
// Compares the entities with the schema the existing migrations build, on a scratch database.
//   node scripts/generate-migration.mjs AddAdviceRequests   writes src/database/migrations/<ts>-AddAdviceRequests.ts
//   node scripts/generate-migration.mjs --check             exits 1 if the entities and migrations are out of step
// Runs against the compiled API (dist/), so build first; `npm run migration:generate` does.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const here = new URL('..', import.meta.url);
const args = process.argv.slice(2);
const check = args.includes('--check');
const name = args.find((a) => !a.startsWith('--'));
if (!check && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>   (or --check)');
  process.exit(2);
}

const { createDataSource } = await import(new URL('dist/database/data-source.js', here).href);
const { EmbeddedPostgresLauncher } = await import(
  new URL('dist/database/embedded-postgres.launcher.js', here).href
);

let url;
let cleanup;
if (process.env.DATABASE_URL) {
  const scratch = `convene_migration_${Date.now()}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  await admin.end();
  const u = new URL(process.env.DATABASE_URL);
  u.pathname = `/${scratch}`;
  url = u.toString();
  cleanup = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await c.end();
  };
} else {
  const dir = await mkdtemp(join(tmpdir(), 'convene-migration-'));
  const launcher = new EmbeddedPostgresLauncher({ dataDir: dir, persistent: false });
  url = await launcher.start();
  cleanup = () => launcher.stop();
}

let exitCode = 0;
try {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (check) {
    if (upQueries.length > 0) {
      console.error('The entities and the migrations are out of step. A migration would run:');
      for (const q of upQueries) console.error(`  ${q.query};`);
      console.error('Run `npm run migration:generate -- <Name>` and commit the new migration.');
      exitCode = 1;
    } else {
      console.log('migrations are in step with the entities');
    }
  } else if (upQueries.length === 0) {
    console.log('nothing to generate: the migrations already match the entities');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileBase = `${timestamp}-${name}`;
    const lines = (queries) =>
      queries
        .map(
          (q) =>
            `    await queryRunner.query(\`${q.query.replace(/[`\\$]/g, '\\$&')}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...downQueries].reverse())}
  }
}
`;
    const dir = new URL('src/database/migrations/', here);
    await writeFile(new URL(`${fileBase}.ts`, dir), source);
    const indexUrl = new URL('index.ts', dir);
    let index = await readFile(indexUrl, 'utf8');
    index = index.replace(/(\/\/[^\n]*\n)/, `$1import { ${className} } from './${fileBase}.js';\n`);
    index = index.replace(/export const MIGRATIONS = \[([^\]]*)\];/s, (_m, list) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      items.push(className);
      return `export const MIGRATIONS = [\n${items.map((i) => `  ${i},`).join('\n')}\n];`;
    });
    await writeFile(indexUrl, index);
    console.log(`wrote src/database/migrations/${fileBase}.ts (${upQueries.length} statements)`);
  }
} finally {
  await cleanup();
}
process.exit(exitCode);
