import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAnnualReviewsAndPhaseTransfers1795459765251 implements MigrationInterface {
  name = 'AddAnnualReviewsAndPhaseTransfers1795459765251';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "annual_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "request_id" uuid NOT NULL, "counts_from" date NOT NULL, "due_on" date NOT NULL, "review_meeting_on" date, "decision_on" date, "decision_outcome" text, "amended_plan_issued_on" date, "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "annual_reviews_one_per_year" UNIQUE ("request_id", "counts_from"), CONSTRAINT "annual_reviews_amended_plan" CHECK (amended_plan_issued_on IS NULL OR (decision_outcome = 'amend' AND amended_plan_issued_on >= decision_on)), CONSTRAINT "annual_reviews_decision" CHECK ((decision_on IS NULL AND decision_outcome IS NULL) OR (decision_on IS NOT NULL AND decision_outcome IS NOT NULL AND review_meeting_on IS NOT NULL AND decision_on >= review_meeting_on)), CONSTRAINT "annual_reviews_meeting" CHECK (review_meeting_on IS NULL OR review_meeting_on > counts_from), CONSTRAINT "annual_reviews_due" CHECK (due_on = (counts_from + interval '12 months')::date), CONSTRAINT "annual_reviews_outcome" CHECK (decision_outcome IS NULL OR decision_outcome IN ('maintain', 'amend', 'cease')), CONSTRAINT "PK_005cb17361bd7a8af21eccee465" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c2357660bef59096ef21a9ac43" ON "annual_reviews"  ("child_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c2f6a82dd4dc75464c8e2cefe6" ON "annual_reviews"  ("due_on") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "annual_reviews_one_open" ON "annual_reviews"  ("request_id") WHERE review_meeting_on IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "phase_transfers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "request_id" uuid NOT NULL, "kind" text NOT NULL, "transfer_year" smallint NOT NULL, "deadline" date NOT NULL, "setting_name" text, "amended_plan_issued_on" date, "created_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "phase_transfers_one_a_year" UNIQUE ("child_id", "transfer_year"), CONSTRAINT "phase_transfers_amended" CHECK (amended_plan_issued_on IS NULL OR setting_name IS NOT NULL), CONSTRAINT "phase_transfers_deadline" CHECK (deadline = CASE WHEN kind = 'secondary_to_post16' THEN make_date(transfer_year, 3, 31) ELSE make_date(transfer_year, 2, 15) END), CONSTRAINT "phase_transfers_year" CHECK (transfer_year BETWEEN 2000 AND 2100), CONSTRAINT "phase_transfers_kind" CHECK (kind IN ('early_years_to_school', 'infant_to_junior', 'primary_to_middle', 'primary_to_secondary', 'middle_to_secondary', 'secondary_to_post16')), CONSTRAINT "PK_519af99e9d47983294cf4779eae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e2a8e9229f220091fa25ff17d9" ON "phase_transfers"  ("deadline") `,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_reviews" ADD CONSTRAINT "FK_c2357660bef59096ef21a9ac43c" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_reviews" ADD CONSTRAINT "FK_c80d4bd4f4d44b32fd98d35f7a0" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_reviews" ADD CONSTRAINT "FK_3d51ac5a6625622e6c58fa9272d" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_reviews" ADD CONSTRAINT "FK_9ad9b5e6d2e5bcd4aa90b81616b" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "FK_1c8dfb54d604d13d60aae65ddf8" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "FK_7269cb777d847fec15ce042c307" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "FK_eb5b24e4effd16c07bd86594ae7" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "FK_49f734541d0b632bbb792c9ae40" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "FK_49f734541d0b632bbb792c9ae40"`);
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "FK_eb5b24e4effd16c07bd86594ae7"`);
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "FK_7269cb777d847fec15ce042c307"`);
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "FK_1c8dfb54d604d13d60aae65ddf8"`);
    await queryRunner.query(`ALTER TABLE "annual_reviews" DROP CONSTRAINT "FK_9ad9b5e6d2e5bcd4aa90b81616b"`);
    await queryRunner.query(`ALTER TABLE "annual_reviews" DROP CONSTRAINT "FK_3d51ac5a6625622e6c58fa9272d"`);
    await queryRunner.query(`ALTER TABLE "annual_reviews" DROP CONSTRAINT "FK_c80d4bd4f4d44b32fd98d35f7a0"`);
    await queryRunner.query(`ALTER TABLE "annual_reviews" DROP CONSTRAINT "FK_c2357660bef59096ef21a9ac43c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e2a8e9229f220091fa25ff17d9"`);
    await queryRunner.query(`DROP TABLE "phase_transfers"`);
    await queryRunner.query(`DROP INDEX "public"."annual_reviews_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2f6a82dd4dc75464c8e2cefe6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2357660bef59096ef21a9ac43"`);
    await queryRunner.query(`DROP TABLE "annual_reviews"`);
  }
}
