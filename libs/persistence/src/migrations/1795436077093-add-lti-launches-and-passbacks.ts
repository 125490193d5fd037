import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLtiLaunchesAndPassbacks1795436077093 implements MigrationInterface {
  name = 'AddLtiLaunchesAndPassbacks1795436077093';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "lti_resource_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "platform_id" uuid NOT NULL,
                "deployment_id" text NOT NULL,
                "resource_link_id" text NOT NULL,
                "context_id" text,
                "title" text,
                "quiz_id" uuid,
                "line_item_url" text,
                "line_items_url" text,
                "ags_scopes" text array NOT NULL DEFAULT '{}',
                "memberships_url" text,
                "marking_point_line_items" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_58eb2be30346e2b3b7ad92d83d5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_81897b793f4aac9e0158598d0e" ON "lti_resource_links" ("tenant_id", "quiz_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_35f09b70e5bf0a03237e61b955" ON "lti_resource_links" ("platform_id", "resource_link_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "lti_link_users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "link_id" uuid NOT NULL,
                "sub" text NOT NULL,
                "learner_ref" text NOT NULL,
                "role" text NOT NULL,
                "last_launch_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_c3af7f996cad261b32dd5929bf4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ca582b34341eac5ed4aa313884" ON "lti_link_users" ("tenant_id", "learner_ref")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_fb671000556e2ae4772b30029a" ON "lti_link_users" ("link_id", "sub")
        `);
    await queryRunner.query(`
            CREATE TABLE "lti_nonces" (
                "nonce" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_3b762ae000b9a5e38ce18ece963" PRIMARY KEY ("nonce")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7e31273e8e97b0e72c59886302" ON "lti_nonces" ("expires_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "lti_passbacks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "link_id" uuid NOT NULL,
                "attempt_id" uuid NOT NULL,
                "user_id" text NOT NULL,
                "tag" text,
                "label" text NOT NULL,
                "score_given" numeric(10, 2) NOT NULL,
                "score_maximum" numeric(10, 2) NOT NULL,
                "grading_progress" text NOT NULL,
                "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" text NOT NULL,
                "tries" integer NOT NULL DEFAULT '0',
                "next_try_at" TIMESTAMP WITH TIME ZONE,
                "last_status_code" integer,
                "last_error" text,
                "line_item_url" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_addf036f14961f7ecab495bebd3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d3eff7a7beec7fb1dfb9588e97" ON "lti_passbacks" ("tenant_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c0ebd546c384049554bd836908" ON "lti_passbacks" ("link_id", "user_id", "tag", "scored_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c0ebd546c384049554bd836908"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d3eff7a7beec7fb1dfb9588e97"
        `);
    await queryRunner.query(`
            DROP TABLE "lti_passbacks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7e31273e8e97b0e72c59886302"
        `);
    await queryRunner.query(`
            DROP TABLE "lti_nonces"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fb671000556e2ae4772b30029a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ca582b34341eac5ed4aa313884"
        `);
    await queryRunner.query(`
            DROP TABLE "lti_link_users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_35f09b70e5bf0a03237e61b955"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_81897b793f4aac9e0158598d0e"
        `);
    await queryRunner.query(`
            DROP TABLE "lti_resource_links"
        `);
  }
}
