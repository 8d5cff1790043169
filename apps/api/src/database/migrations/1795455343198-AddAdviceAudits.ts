import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAdviceAudits1795455343198 implements MigrationInterface {
  name = 'AddAdviceAudits1795455343198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dip_sample_advices" ("sample_id" uuid NOT NULL, "advice_request_id" uuid NOT NULL, CONSTRAINT "PK_a1bab16f5336cc3cf2dbf288123" PRIMARY KEY ("sample_id", "advice_request_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4cbaff8ec5bc02ce23cefbd5d0" ON "dip_sample_advices"  ("advice_request_id") `,
    );
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "audited_grade" text`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "advice_request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "dip_samples" ADD "subject" text NOT NULL DEFAULT 'plans'`);
    // By hand: the generator would drop and re-add the column; the scores already kept are converted.
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ALTER COLUMN "met_criteria" TYPE text array USING "met_criteria"::text[]`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_52e6d1f78802aff5666d8fc3f8" ON "agenda_items"  ("advice_request_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_samples" ADD CONSTRAINT "dip_samples_subject" CHECK (subject IN ('plans', 'advice'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_advices" ADD CONSTRAINT "FK_a995667984b68dfea6d49ed33c7" FOREIGN KEY ("sample_id") REFERENCES "dip_samples"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "dip_sample_advices" DROP CONSTRAINT "FK_a995667984b68dfea6d49ed33c7"`,
    );
    await queryRunner.query(`ALTER TABLE "dip_samples" DROP CONSTRAINT "dip_samples_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52e6d1f78802aff5666d8fc3f8"`);
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ALTER COLUMN "met_criteria" TYPE uuid array USING "met_criteria"::uuid[]`,
    );
    await queryRunner.query(`ALTER TABLE "dip_samples" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "advice_request_id"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "audited_grade"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4cbaff8ec5bc02ce23cefbd5d0"`);
    await queryRunner.query(`DROP TABLE "dip_sample_advices"`);
  }
}
