import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Families' comments on a draft EHC plan and the school or college they would like named in it (issue #30, reg
 * 13(1)): one row for each time they send, kept as sent. The database itself refuses to change or delete a row, as it
 * does for the audit trail.
 */
export class AddDraftPlanComments1796680000000 implements MigrationInterface {
  name = 'AddDraftPlanComments1796680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "draft_plan_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "child_id" uuid NOT NULL, "family_link_id" uuid NOT NULL, "user_id" uuid NOT NULL, "comments" text NOT NULL, "preferred_school" text, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "draft_plan_comments_preferred_school" CHECK (preferred_school IS NULL OR length(btrim(preferred_school)) BETWEEN 1 AND 200), CONSTRAINT "draft_plan_comments_comments" CHECK (length(btrim(comments)) BETWEEN 1 AND 10000), CONSTRAINT "PK_draft_plan_comments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b779894228c37fc0b8206185bd" ON "draft_plan_comments" ("child_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "draft_plan_comments" ADD CONSTRAINT "FK_a636f3c6fe2aaa41395cd431f59" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "draft_plan_comments" ADD CONSTRAINT "FK_b779894228c37fc0b8206185bda" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "draft_plan_comments" ADD CONSTRAINT "FK_f21a7a77e981a70d121374348d1" FOREIGN KEY ("family_link_id") REFERENCES "family_links"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "draft_plan_comments" ADD CONSTRAINT "FK_faf1135796c7930c703c50db245" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // What a family sent is theirs as they sent it: no UPDATE or DELETE, whoever asks. More is a new row.
    await queryRunner.query(`CREATE FUNCTION draft_plan_comments_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'draft plan comments are append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER draft_plan_comments_no_update_or_delete BEFORE UPDATE OR DELETE ON "draft_plan_comments"
      FOR EACH ROW EXECUTE FUNCTION draft_plan_comments_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "draft_plan_comments"`);
    await queryRunner.query(`DROP FUNCTION draft_plan_comments_refuse_change()`);
  }
}
