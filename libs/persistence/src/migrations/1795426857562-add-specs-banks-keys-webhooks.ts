import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSpecsBanksKeysWebhooks1795426857562 implements MigrationInterface {
  name = 'AddSpecsBanksKeysWebhooks1795426857562';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "webhook_endpoints" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "url" text NOT NULL,
                "events" text array NOT NULL,
                "secret" text NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_54847f2dacee9618585993f147" ON "webhook_endpoints" ("tenant_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "endpoint_id" uuid NOT NULL,
                "event" text NOT NULL,
                "payload" jsonb NOT NULL,
                "status" text NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_status_code" integer,
                "last_error" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_90d878c7d3ce99fb2ef328d4d5" ON "webhook_deliveries" ("endpoint_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "api_keys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "name" text NOT NULL,
                "prefix" text NOT NULL,
                "secret_hash" character(64) NOT NULL,
                "scopes" text array NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6f6105c8efe05b310d046cbdb3" ON "api_keys" ("prefix")
        `);
    await queryRunner.query(`
            CREATE TABLE "specifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "title" text NOT NULL,
                "slug" text NOT NULL,
                "latest_version" integer NOT NULL,
                CONSTRAINT "PK_621aabf71e640ab86f0e8b62a37" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_2c8c1363946c5fb5cb5ce5f46c" ON "specifications" ("tenant_id", "slug")
        `);
    await queryRunner.query(`
            CREATE TABLE "specification_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "specification_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "content_hash" character(64) NOT NULL,
                "source_text" text NOT NULL,
                "parsed" jsonb NOT NULL,
                CONSTRAINT "PK_ef67029ceed55ff9484faba777b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_250de7d534517e07d04b0809e7" ON "specification_versions" ("specification_id", "content_hash")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_857c8b599569d0be149406f5f5" ON "specification_versions" ("specification_id", "version")
        `);
    await queryRunner.query(`
            CREATE TABLE "marking_points" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "specification_version_id" uuid NOT NULL,
                "key" text NOT NULL,
                "position" integer NOT NULL,
                "text" text NOT NULL,
                "line" integer NOT NULL,
                CONSTRAINT "PK_f44362eab71582649222fe19a21" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a0e0f2f37bfde54468a8d6807f" ON "marking_points" ("specification_version_id", "key")
        `);
    await queryRunner.query(`
            CREATE TABLE "question_banks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "specification_id" uuid NOT NULL,
                "specification_version_id" uuid NOT NULL,
                "title" text NOT NULL,
                "seed" text NOT NULL,
                "generator_version" text NOT NULL,
                "options" jsonb NOT NULL,
                "quality" jsonb NOT NULL,
                "item_count" integer NOT NULL,
                CONSTRAINT "PK_3127eb30f219cd0d40478ec5964" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_02fe0d079f314242a208996e83" ON "question_banks" ("tenant_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "bank_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "type" text NOT NULL,
                "level" text NOT NULL,
                "marking_point_keys" text array NOT NULL,
                "origin" text NOT NULL DEFAULT 'GENERATED',
                "status" text NOT NULL DEFAULT 'ACTIVE',
                "current_version" integer NOT NULL,
                CONSTRAINT "PK_ba5885359424c15ca6b9e79bcf6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_18984267f4251fa12dae2cdcee" ON "items" ("bank_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "item_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "item_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "content" jsonb NOT NULL,
                "feedback" jsonb NOT NULL,
                "max_score" numeric(8, 2) NOT NULL,
                "provenance" jsonb NOT NULL,
                "generator" jsonb,
                CONSTRAINT "PK_8132975d9986601108390075a11" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e8394b20ba42f7c2b4953c68f0" ON "item_versions" ("item_id", "version")
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys"
            ADD CONSTRAINT "FK_3ac18429c8d27858d79432e0dda" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "specifications"
            ADD CONSTRAINT "FK_b72896aca096f5c69c382178d40" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "specification_versions"
            ADD CONSTRAINT "FK_9c3534ee90b0043e5eb7417680d" FOREIGN KEY ("specification_id") REFERENCES "specifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "marking_points"
            ADD CONSTRAINT "FK_56631d7a2d5c99990a04b81612e" FOREIGN KEY ("specification_version_id") REFERENCES "specification_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question_banks"
            ADD CONSTRAINT "FK_b4b36921145e2a20eafe3667c47" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question_banks"
            ADD CONSTRAINT "FK_036dcea3349efdf5d3d0919918f" FOREIGN KEY ("specification_version_id") REFERENCES "specification_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "items"
            ADD CONSTRAINT "FK_7b469770bb95f371869cdf015d8" FOREIGN KEY ("bank_id") REFERENCES "question_banks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions"
            ADD CONSTRAINT "FK_8045572a22f3172d3ee5d0fa990" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Filtering items by marking point (`marking_point_keys @> ARRAY[…]`); TypeORM cannot declare GIN.
    await queryRunner.query(`
            CREATE INDEX "idx_items_marking_point_keys" ON "items" USING GIN ("marking_point_keys")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."idx_items_marking_point_keys"
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions" DROP CONSTRAINT "FK_8045572a22f3172d3ee5d0fa990"
        `);
    await queryRunner.query(`
            ALTER TABLE "items" DROP CONSTRAINT "FK_7b469770bb95f371869cdf015d8"
        `);
    await queryRunner.query(`
            ALTER TABLE "question_banks" DROP CONSTRAINT "FK_036dcea3349efdf5d3d0919918f"
        `);
    await queryRunner.query(`
            ALTER TABLE "question_banks" DROP CONSTRAINT "FK_b4b36921145e2a20eafe3667c47"
        `);
    await queryRunner.query(`
            ALTER TABLE "marking_points" DROP CONSTRAINT "FK_56631d7a2d5c99990a04b81612e"
        `);
    await queryRunner.query(`
            ALTER TABLE "specification_versions" DROP CONSTRAINT "FK_9c3534ee90b0043e5eb7417680d"
        `);
    await queryRunner.query(`
            ALTER TABLE "specifications" DROP CONSTRAINT "FK_b72896aca096f5c69c382178d40"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys" DROP CONSTRAINT "FK_3ac18429c8d27858d79432e0dda"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e8394b20ba42f7c2b4953c68f0"
        `);
    await queryRunner.query(`
            DROP TABLE "item_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_18984267f4251fa12dae2cdcee"
        `);
    await queryRunner.query(`
            DROP TABLE "items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_02fe0d079f314242a208996e83"
        `);
    await queryRunner.query(`
            DROP TABLE "question_banks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a0e0f2f37bfde54468a8d6807f"
        `);
    await queryRunner.query(`
            DROP TABLE "marking_points"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_857c8b599569d0be149406f5f5"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_250de7d534517e07d04b0809e7"
        `);
    await queryRunner.query(`
            DROP TABLE "specification_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2c8c1363946c5fb5cb5ce5f46c"
        `);
    await queryRunner.query(`
            DROP TABLE "specifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6f6105c8efe05b310d046cbdb3"
        `);
    await queryRunner.query(`
            DROP TABLE "api_keys"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_90d878c7d3ce99fb2ef328d4d5"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_54847f2dacee9618585993f147"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_endpoints"
        `);
  }
}
