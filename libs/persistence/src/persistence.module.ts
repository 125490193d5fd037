import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseAvailability } from './database-availability';

/**
 * Hands an already initialised (and migrated) DataSource to Nest. The app creates it before
 * Nest boots so that migrations finish before anything else touches the database.
 */
@Module({})
export class PersistenceModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: () => Promise.resolve(dataSource),
        }),
      ],
      providers: [DatabaseAvailability],
      exports: [TypeOrmModule, DatabaseAvailability],
    };
  }
}
