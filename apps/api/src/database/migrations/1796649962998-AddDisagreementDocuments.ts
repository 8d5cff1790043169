import type { MigrationInterface, QueryRunner } from 'typeorm';

const PANEL_KINDS = `'sen_support_plan', 'apdr_cycle', 'ep_advice', 'health_advice', 'social_care_advice', 'parent_views', 'child_views', 'school_report', 'other'`;
const DISAGREEMENT_KINDS = `'family_letter', 'mediation_certificate', 'tribunal_appeal_notice', 'council_response', 'tribunal_decision', 'other'`;

/** A disagreement's papers (the family's letters, the mediation certificate, the Tribunal's) are filed on it. */
export class AddDisagreementDocuments1796649962998 implements MigrationInterface {
  name = 'AddDisagreementDocuments1796649962998';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_items" ADD "disagreement_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_430547f8d5c1bff738ce210960" ON "evidence_items"  ("disagreement_id") `,
    );
    await queryRunner.query(`ALTER TABLE "evidence_items" DROP CONSTRAINT "evidence_items_kind"`);
    await queryRunner.query(
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_kind" CHECK (kind IN ('sen_support_plan', 'apdr_cycle', 'ep_advice', 'health_advice', 'social_care_advice', 'parent_views', 'child_views', 'school_report', 'other', 'family_letter', 'mediation_certificate', 'tribunal_appeal_notice', 'council_response', 'tribunal_decision'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_disagreement_kind" CHECK (CASE WHEN disagreement_id IS NULL THEN kind IN (${PANEL_KINDS}) ELSE kind IN (${DISAGREEMENT_KINDS}) END)`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "FK_430547f8d5c1bff738ce210960e" FOREIGN KEY ("disagreement_id") REFERENCES "disagreements"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "evidence_items" WHERE "disagreement_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "evidence_items" DROP CONSTRAINT "FK_430547f8d5c1bff738ce210960e"`);
    await queryRunner.query(
      `ALTER TABLE "evidence_items" DROP CONSTRAINT "evidence_items_disagreement_kind"`,
    );
    await queryRunner.query(`ALTER TABLE "evidence_items" DROP CONSTRAINT "evidence_items_kind"`);
    await queryRunner.query(
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_kind" CHECK (kind IN (${PANEL_KINDS}))`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_430547f8d5c1bff738ce210960"`);
    await queryRunner.query(`ALTER TABLE "evidence_items" DROP COLUMN "disagreement_id"`);
  }
}
