import { MigrationInterface, QueryRunner } from 'typeorm';

// ltijs's own documents (PgLtijsStore): one table per collection, the same shape for each.
// `key` is the identity ltijs replaces by (its query, canonical); `doc` is what it stores.
const TABLES = ['ltijs_id_tokens', 'ltijs_context_tokens', 'ltijs_states', 'ltijs_access_tokens'];

export class AddLtijsDocuments1795500000000 implements MigrationInterface {
  name = 'AddLtijsDocuments1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`
            CREATE TABLE "${table}" (
                "id" bigserial PRIMARY KEY,
                "key" text UNIQUE,
                "doc" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE
            )
        `);
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_doc" ON "${table}" USING gin ("doc" jsonb_path_ops)`,
      );
      await queryRunner.query(`CREATE INDEX "IDX_${table}_expires_at" ON "${table}" ("expires_at")`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
