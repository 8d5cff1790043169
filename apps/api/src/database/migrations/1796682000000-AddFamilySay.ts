import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family's say (issue #30, part 3): families' feedback on how the process went (append-only, one a day for each
 * person and child), and "You said, we did", written by the service for every family to read.
 */
export class AddFamilySay1796682000000 implements MigrationInterface {
  name = 'AddFamilySay1796682000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "family_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "child_id" uuid NOT NULL, "rating" smallint NOT NULL, "went_well" text, "could_be_better" text, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_on" date NOT NULL, CONSTRAINT "family_feedback_could_be_better" CHECK (length(could_be_better) <= 2000), CONSTRAINT "family_feedback_went_well" CHECK (length(went_well) <= 2000), CONSTRAINT "family_feedback_rating" CHECK (rating BETWEEN 1 AND 5), CONSTRAINT "PK_17ffaf580fb1cdb4adc224ff537" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6dcd09f35c9793e143b7c25bb0" ON "family_feedback"  ("sent_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "family_feedback_once_a_day" ON "family_feedback"  ("user_id", "child_id", "sent_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "you_said_we_did" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "you_said" text NOT NULL, "we_did" text NOT NULL, "published_on" date NOT NULL, "written_by" uuid NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, CONSTRAINT "you_said_we_did_withdrawn" CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)), CONSTRAINT "you_said_we_did_we_did" CHECK (length(btrim(we_did)) BETWEEN 1 AND 1000), CONSTRAINT "you_said_we_did_you_said" CHECK (length(btrim(you_said)) BETWEEN 1 AND 1000), CONSTRAINT "PK_9321bd67084b67682e9e060a8e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1658c34a653b6fdfe2bfa4391a" ON "you_said_we_did"  ("published_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "family_feedback" ADD CONSTRAINT "FK_00d3de7bc81c46bb1ea9f0e620f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_feedback" ADD CONSTRAINT "FK_a8e229c6d0717a69b0032f97b6d" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "you_said_we_did" ADD CONSTRAINT "FK_3d11742593324d59176a6ca02fb" FOREIGN KEY ("written_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "you_said_we_did" ADD CONSTRAINT "FK_e6f5c57d32f3578bb7693bb5632" FOREIGN KEY ("withdrawn_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "you_said_we_did" DROP CONSTRAINT "FK_e6f5c57d32f3578bb7693bb5632"`);
    await queryRunner.query(`ALTER TABLE "you_said_we_did" DROP CONSTRAINT "FK_3d11742593324d59176a6ca02fb"`);
    await queryRunner.query(`ALTER TABLE "family_feedback" DROP CONSTRAINT "FK_a8e229c6d0717a69b0032f97b6d"`);
    await queryRunner.query(`ALTER TABLE "family_feedback" DROP CONSTRAINT "FK_00d3de7bc81c46bb1ea9f0e620f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1658c34a653b6fdfe2bfa4391a"`);
    await queryRunner.query(`DROP TABLE "you_said_we_did"`);
    await queryRunner.query(`DROP INDEX "public"."family_feedback_once_a_day"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6dcd09f35c9793e143b7c25bb0"`);
    await queryRunner.query(`DROP TABLE "family_feedback"`);
  }
}
