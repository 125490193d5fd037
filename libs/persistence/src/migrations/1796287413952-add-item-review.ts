import { MigrationInterface, QueryRunner } from 'typeorm';

// Teachers review items before learners see them: items are DRAFT, APPROVED or RETIRED, and each
// version keeps the checker's findings, the evidence it rests on and the generator's confidence.
// Every item that was ACTIVE becomes APPROVED, so existing quizzes draw exactly what they drew.
export class AddItemReview1796287413952 implements MigrationInterface {
  name = 'AddItemReview1796287413952';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "item_versions"
            ADD "findings" jsonb NOT NULL DEFAULT '[]'
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions"
            ADD "evidence" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions"
            ADD "confidence" double precision
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions"
            ADD CONSTRAINT "CHK_item_versions_confidence" CHECK ("confidence" BETWEEN 0 AND 1)
        `);
    await queryRunner.query(`UPDATE "items" SET "status" = 'APPROVED' WHERE "status" = 'ACTIVE'`);
    await queryRunner.query(`
            ALTER TABLE "items"
            ALTER COLUMN "status"
            SET DEFAULT 'DRAFT'
        `);
    await queryRunner.query(`
            ALTER TABLE "items"
            ADD CONSTRAINT "CHK_items_status" CHECK ("status" IN ('DRAFT', 'APPROVED', 'RETIRED'))
        `);
    // Quiz settings are jsonb: existing quizzes say explicitly that they draw approved items only.
    await queryRunner.query(`
            UPDATE "quizzes"
            SET "settings" = "settings" || '{"includeDrafts": false}'::jsonb
            WHERE NOT ("settings" ? 'includeDrafts')
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "quizzes" SET "settings" = "settings" - 'includeDrafts'`);
    await queryRunner.query(`
            ALTER TABLE "items" DROP CONSTRAINT "CHK_items_status"
        `);
    // The old schema has no drafts: an unreviewed item must not reach learners, so it is retired.
    await queryRunner.query(`
            UPDATE "items"
            SET "status" = CASE "status" WHEN 'APPROVED' THEN 'ACTIVE' ELSE 'RETIRED' END
        `);
    await queryRunner.query(`
            ALTER TABLE "items"
            ALTER COLUMN "status"
            SET DEFAULT 'ACTIVE'
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions" DROP CONSTRAINT "CHK_item_versions_confidence"
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions" DROP COLUMN "confidence"
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions" DROP COLUMN "evidence"
        `);
    await queryRunner.query(`
            ALTER TABLE "item_versions" DROP COLUMN "findings"
        `);
  }
}
