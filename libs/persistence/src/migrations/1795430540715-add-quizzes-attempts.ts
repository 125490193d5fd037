import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddQuizzesAttempts1795430540715 implements MigrationInterface {
  name = 'AddQuizzesAttempts1795430540715';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "quizzes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "bank_id" uuid NOT NULL,
                "title" text NOT NULL,
                "blueprint" jsonb NOT NULL,
                "settings" jsonb NOT NULL,
                CONSTRAINT "PK_b24f0f7662cf6b3a0e7dba0a1b4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_23876543ef66d5cd9680311c82" ON "quizzes" ("tenant_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "attempts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "tenant_id" uuid NOT NULL,
                "quiz_id" uuid NOT NULL,
                "learner_ref" text NOT NULL,
                "number" integer NOT NULL,
                "status" text NOT NULL,
                "seed" text NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "deadline_at" TIMESTAMP WITH TIME ZONE,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submitted_by" text,
                "graded_at" TIMESTAMP WITH TIME ZONE,
                "score" numeric(10, 2),
                "max_score" numeric(10, 2),
                "percentage" numeric(5, 2),
                "passed" boolean,
                "breakdown" jsonb,
                CONSTRAINT "PK_295ca261e361fd2fd217754dcac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b986eb5bbc4daa872a2fcb5e54" ON "attempts" ("status", "deadline_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_811dc5d508dc2edc57507cc606" ON "attempts" ("quiz_id", "learner_ref", "number")
        `);
    await queryRunner.query(`
            CREATE TABLE "attempt_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "attempt_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "item_id" uuid NOT NULL,
                "item_version_id" uuid NOT NULL,
                "content" jsonb NOT NULL,
                "feedback" jsonb NOT NULL,
                "parameters" jsonb,
                "presentation" jsonb,
                "marking_point_keys" text array NOT NULL,
                "max_score" numeric(8, 2) NOT NULL,
                "response" jsonb,
                "responded_at" TIMESTAMP WITH TIME ZONE,
                "grade" jsonb,
                CONSTRAINT "PK_a0d5bf8a9edfb5df6f7f395fe20" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_34e44fada688606caaaf56300c" ON "attempt_items" ("attempt_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "accommodations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "quiz_id" uuid NOT NULL,
                "learner_ref" text NOT NULL,
                "time_multiplier" numeric(4, 2) NOT NULL DEFAULT '1',
                "extra_attempts" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_a422a200297f93cd5ac87d049e8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_93a242b577477d49df4712a3f2" ON "accommodations" ("quiz_id", "learner_ref")
        `);
    await queryRunner.query(`
            ALTER TABLE "quizzes"
            ADD CONSTRAINT "FK_72aaae6ab37cd924c9f175a1ab2" FOREIGN KEY ("bank_id") REFERENCES "question_banks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts"
            ADD CONSTRAINT "FK_249da279880fff0c23541e52515" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "attempt_items"
            ADD CONSTRAINT "FK_60997e64aebc8a3773719e09f19" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "accommodations"
            ADD CONSTRAINT "FK_e91d90adf8b160b71a754998dae" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // One open attempt per learner and quiz, even when two tabs start at once.
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_attempts_one_open" ON "attempts" ("quiz_id", "learner_ref") WHERE "status" = 'IN_PROGRESS'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."uq_attempts_one_open"
        `);
    await queryRunner.query(`
            ALTER TABLE "accommodations" DROP CONSTRAINT "FK_e91d90adf8b160b71a754998dae"
        `);
    await queryRunner.query(`
            ALTER TABLE "attempt_items" DROP CONSTRAINT "FK_60997e64aebc8a3773719e09f19"
        `);
    await queryRunner.query(`
            ALTER TABLE "attempts" DROP CONSTRAINT "FK_249da279880fff0c23541e52515"
        `);
    await queryRunner.query(`
            ALTER TABLE "quizzes" DROP CONSTRAINT "FK_72aaae6ab37cd924c9f175a1ab2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_93a242b577477d49df4712a3f2"
        `);
    await queryRunner.query(`
            DROP TABLE "accommodations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_34e44fada688606caaaf56300c"
        `);
    await queryRunner.query(`
            DROP TABLE "attempt_items"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_811dc5d508dc2edc57507cc606"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b986eb5bbc4daa872a2fcb5e54"
        `);
    await queryRunner.query(`
            DROP TABLE "attempts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_23876543ef66d5cd9680311c82"
        `);
    await queryRunner.query(`
            DROP TABLE "quizzes"
        `);
  }
}
