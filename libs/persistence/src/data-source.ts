import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

// Entry point for the TypeORM CLI (`typeorm -d dist/libs/persistence/src/data-source.js ...`).
// The CLI wrapper (`npm run migration:*`) sets DATABASE_URL, starting the embedded server when needed.
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL is unset: run the TypeORM CLI through `npm run migration:*`.');
}

export default new DataSource(buildDataSourceOptions({ url, applicationName: 'markpoint-cli' }));
