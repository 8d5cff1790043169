import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddJointFunding1795452715022 implements MigrationInterface {
  name = 'AddJointFunding1795452715022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "joint_funding_proposals" ("agenda_item_id" uuid NOT NULL, "summary" text NOT NULL, "total_pence" integer NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "joint_funding_total" CHECK (total_pence > 0), CONSTRAINT "PK_bf19571840b321a4947ba832252" PRIMARY KEY ("agenda_item_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "joint_funding_shares" ("agenda_item_id" uuid NOT NULL, "party" text NOT NULL, "amount_pence" integer NOT NULL, "answer" text NOT NULL DEFAULT 'pending', "reason" text, "answered_by" uuid, CONSTRAINT "joint_funding_shares_decline_reason" CHECK (answer <> 'decline' OR reason IS NOT NULL), CONSTRAINT "joint_funding_shares_answer" CHECK (answer IN ('pending', 'consent', 'decline')), CONSTRAINT "joint_funding_shares_amount" CHECK (amount_pence >= 0), CONSTRAINT "joint_funding_shares_party" CHECK (party IN ('education', 'health', 'social_care')), CONSTRAINT "PK_881a995bece0807ffa0b943f134" PRIMARY KEY ("agenda_item_id", "party"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_funding_proposals" ADD CONSTRAINT "FK_bf19571840b321a4947ba832252" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_funding_shares" ADD CONSTRAINT "FK_29922412f140cac3b602d396a16" FOREIGN KEY ("agenda_item_id") REFERENCES "joint_funding_proposals"("agenda_item_id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_funding_shares" ADD CONSTRAINT "FK_24424f9581cf2c86c1d1f94c55a" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "joint_funding_shares" DROP CONSTRAINT "FK_24424f9581cf2c86c1d1f94c55a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_funding_shares" DROP CONSTRAINT "FK_29922412f140cac3b602d396a16"`,
    );
    await queryRunner.query(
      `ALTER TABLE "joint_funding_proposals" DROP CONSTRAINT "FK_bf19571840b321a4947ba832252"`,
    );
    await queryRunner.query(`DROP TABLE "joint_funding_shares"`);
    await queryRunner.query(`DROP TABLE "joint_funding_proposals"`);
  }
}
