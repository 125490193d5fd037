import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLtiPlatformsAndKeys1795432067072 implements MigrationInterface {
  name = 'AddLtiPlatformsAndKeys1795432067072';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "lti_platforms" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "name" text NOT NULL,
                "issuer" text NOT NULL,
                "client_id" text NOT NULL,
                "auth_login_url" text NOT NULL,
                "auth_token_url" text NOT NULL,
                "jwks_url" text NOT NULL,
                "deployment_ids" text array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_d4c8406fcb347bf7b1fc8a12441" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3f9f4f096942a64a13c7a18f22" ON "lti_platforms" ("tenant_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_26b49e715cd372eeb79ba4e434" ON "lti_platforms" ("issuer", "client_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "lti_tool_keys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "kid" text NOT NULL,
                "status" text NOT NULL,
                "public_jwk" jsonb NOT NULL,
                "private_key_encrypted" text NOT NULL,
                "retire_after" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f999112018122062be54100f9a7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_ed6a266f3039aede7aa93d2739" ON "lti_tool_keys" ("kid")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ed6a266f3039aede7aa93d2739"
        `);
    await queryRunner.query(`
            DROP TABLE "lti_tool_keys"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_26b49e715cd372eeb79ba4e434"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3f9f4f096942a64a13c7a18f22"
        `);
    await queryRunner.query(`
            DROP TABLE "lti_platforms"
        `);
  }
}
