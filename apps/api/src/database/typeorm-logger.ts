import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's own loggers print a failed query with its parameters, which can be a child's name or
 * date of birth. This one reports only what failed (the PostgreSQL error code and message), and migrations.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {}

  logQueryError(error: string | Error): void {
    const e = error as Error & { code?: string; table?: string; constraint?: string };
    const where = [e.table && `table ${e.table}`, e.constraint && `constraint ${e.constraint}`]
      .filter(Boolean)
      .join(', ');
    this.logger.warn(`query failed: ${e.code ?? ''} ${where}`.trim());
  }

  logQuerySlow(time: number): void {
    this.logger.warn(`slow query: ${time}ms`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
