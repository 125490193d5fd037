import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pendingMigrations } from '@markpoint/persistence';

/** Ready only when every migration in the code is applied to the database. */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      const pending = await pendingMigrations(this.dataSource);
      return pending.length === 0
        ? indicator.up({ pending: 0 })
        : indicator.down({ pending: pending.length, names: pending });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
