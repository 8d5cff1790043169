import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSeniorSampleScoring1795459728511 implements MigrationInterface {
  name = 'AddSeniorSampleScoring1795459728511';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dip_sample_moderations" ("sample_id" uuid NOT NULL, "request_id" uuid NOT NULL, "grade" text NOT NULL, "feedback" text NOT NULL, "moderated_by" uuid NOT NULL, "moderated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "dip_sample_moderations_feedback" CHECK (length(feedback) >= 3), CONSTRAINT "dip_sample_moderations_grade" CHECK (grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')), CONSTRAINT "PK_134ead9311e064022f7b12005f1" PRIMARY KEY ("sample_id", "request_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "dip_sample_plans" ADD "revealed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "dip_sample_plans" ADD "revealed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "plan_scores" ADD "sample_id" uuid`);
    await queryRunner.query(`ALTER TABLE "plan_scores" ADD "request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "plan_scores" DROP CONSTRAINT "FK_65278808700d3e8f33ca2584f74"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d83fad17700c3498bdd186391"`);
    await queryRunner.query(`ALTER TABLE "plan_scores" ALTER COLUMN "agenda_item_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e3a82693bcf412f9b64753ce7a" ON "plan_scores"  ("sample_id", "request_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9d83fad17700c3498bdd186391" ON "plan_scores"  ("agenda_item_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" ADD CONSTRAINT "dip_sample_plans_revealed_by_someone" CHECK ((revealed_at IS NULL) = (revealed_by IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ADD CONSTRAINT "plan_scores_scored_in_room_or_sample" CHECK ((agenda_item_id IS NOT NULL AND sample_id IS NULL AND request_id IS NULL) OR (agenda_item_id IS NULL AND sample_id IS NOT NULL AND request_id IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" ADD CONSTRAINT "FK_20bfa138926161dc5b0cdd4b97f" FOREIGN KEY ("revealed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_moderations" ADD CONSTRAINT "FK_134ead9311e064022f7b12005f1" FOREIGN KEY ("sample_id", "request_id") REFERENCES "dip_sample_plans"("sample_id","request_id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_moderations" ADD CONSTRAINT "FK_fbc4bbdeca6ede58c76710cd6c0" FOREIGN KEY ("moderated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ADD CONSTRAINT "FK_65278808700d3e8f33ca2584f74" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ADD CONSTRAINT "FK_445cb6f5dfc14dd835c80070fb2" FOREIGN KEY ("sample_id", "request_id") REFERENCES "dip_sample_plans"("sample_id","request_id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_scores" DROP CONSTRAINT "FK_445cb6f5dfc14dd835c80070fb2"`);
    await queryRunner.query(`ALTER TABLE "plan_scores" DROP CONSTRAINT "FK_65278808700d3e8f33ca2584f74"`);
    await queryRunner.query(
      `ALTER TABLE "dip_sample_moderations" DROP CONSTRAINT "FK_fbc4bbdeca6ede58c76710cd6c0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_moderations" DROP CONSTRAINT "FK_134ead9311e064022f7b12005f1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" DROP CONSTRAINT "FK_20bfa138926161dc5b0cdd4b97f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_scores" DROP CONSTRAINT "plan_scores_scored_in_room_or_sample"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" DROP CONSTRAINT "dip_sample_plans_revealed_by_someone"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_9d83fad17700c3498bdd186391"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e3a82693bcf412f9b64753ce7a"`);
    await queryRunner.query(`ALTER TABLE "plan_scores" ALTER COLUMN "agenda_item_id" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_9d83fad17700c3498bdd186391" ON "plan_scores" USING btree ("agenda_item_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ADD CONSTRAINT "FK_65278808700d3e8f33ca2584f74" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "plan_scores" DROP COLUMN "request_id"`);
    await queryRunner.query(`ALTER TABLE "plan_scores" DROP COLUMN "sample_id"`);
    await queryRunner.query(`ALTER TABLE "dip_sample_plans" DROP COLUMN "revealed_by"`);
    await queryRunner.query(`ALTER TABLE "dip_sample_plans" DROP COLUMN "revealed_at"`);
    await queryRunner.query(`DROP TABLE "dip_sample_moderations"`);
  }
}
