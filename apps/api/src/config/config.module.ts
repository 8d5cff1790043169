import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AppConfig } from './app-config.js';

/** The database URL in use (the embedded PostgreSQL's when DATABASE_URL is not set): inject with @Inject. */
export const DATABASE_URL = Symbol('DATABASE_URL');

/** Makes the validated configuration, and the database URL actually in use, injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
      ],
      exports: [AppConfig, DATABASE_URL],
    };
  }
}
