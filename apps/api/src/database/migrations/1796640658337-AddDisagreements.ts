import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDisagreements1796640658337 implements MigrationInterface {
  name = 'AddDisagreements1796640658337';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "disagreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" text NOT NULL, "appealable_decision" text, "decision_item_id" uuid, "decision_notified_on" date NOT NULL, "opened_on" date NOT NULL, "summary" text NOT NULL, "complaint_stage" text, "mediation_declined_on" date, "mediation_requested_on" date, "mediation_held_on" date, "certificate_issued_on" date, "appeal_sent_to_council_on" date, "response_sent_on" date, "hearing_on" date, "outcome" text, "outcome_on" date, "order_kind" text, "order_on" date, "order_source" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "disagreements_outcome_whole" CHECK ((outcome IS NULL) = (outcome_on IS NULL)), CONSTRAINT "disagreements_order_whole" CHECK ((order_kind IS NULL) = (order_on IS NULL) AND (order_kind IS NULL) = (order_source IS NULL)), CONSTRAINT "disagreements_opened_after_decision" CHECK (opened_on >= decision_notified_on), CONSTRAINT "disagreements_order_source" CHECK (order_source IN ('order', 'mediation_agreement', 'unopposed')), CONSTRAINT "disagreements_order_kind" CHECK (order_kind IN ('assess', 'make_and_maintain_plan', 'amend_needs_or_provision', 'name_school', 'continue_plan', 'continue_and_amend_plan', 'cease_plan')), CONSTRAINT "disagreements_complaint_stage" CHECK (complaint_stage IN ('stage_1', 'stage_2', 'ombudsman')), CONSTRAINT "disagreements_appealable_decision" CHECK (appealable_decision IN ('refusal_to_assess', 'refusal_to_issue', 'plan_needs_and_provision', 'named_placement', 'refusal_to_amend', 'cease_plan')), CONSTRAINT "disagreements_kind" CHECK (kind IN ('complaint', 'mediation', 'appeal')), CONSTRAINT "PK_8a75d92cb648c486a30278f1711" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "disagreements_by_child" ON "disagreements"  ("child_id") `);
    await queryRunner.query(`ALTER TABLE "actions" ADD "disagreement_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "disagreements" ADD CONSTRAINT "FK_0b7364777b786f61697503e3c64" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disagreements" ADD CONSTRAINT "FK_8687b49dc66ffe5848ec220f411" FOREIGN KEY ("decision_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disagreements" ADD CONSTRAINT "FK_d94dd6febfe0dbbc6ae9bebf064" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_cf8bac64db588d4c98707703ae2" FOREIGN KEY ("disagreement_id") REFERENCES "disagreements"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_cf8bac64db588d4c98707703ae2"`);
    await queryRunner.query(`ALTER TABLE "disagreements" DROP CONSTRAINT "FK_d94dd6febfe0dbbc6ae9bebf064"`);
    await queryRunner.query(`ALTER TABLE "disagreements" DROP CONSTRAINT "FK_8687b49dc66ffe5848ec220f411"`);
    await queryRunner.query(`ALTER TABLE "disagreements" DROP CONSTRAINT "FK_0b7364777b786f61697503e3c64"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP COLUMN "disagreement_id"`);
    await queryRunner.query(`DROP INDEX "public"."disagreements_by_child"`);
    await queryRunner.query(`DROP TABLE "disagreements"`);
  }
}
