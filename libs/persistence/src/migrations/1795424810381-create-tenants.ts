import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTenants1795424810381 implements MigrationInterface {
  name = 'CreateTenants1795424810381';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "tenants" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "slug" character varying(64) NOT NULL,
                "name" character varying(200) NOT NULL,
                CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_2310ecc5cb8be427097154b18f" ON "tenants" ("slug")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2310ecc5cb8be427097154b18f"
        `);
    await queryRunner.query(`
            DROP TABLE "tenants"
        `);
  }
}
