import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source.js';

@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          // The schema is changed only by migrations, run here at start, in order, once.
          migrationsRun: true,
          migrationsTransactionMode: 'each',
          retryAttempts: 5,
          retryDelay: 1000,
        }),
      ],
    };
  }
}
