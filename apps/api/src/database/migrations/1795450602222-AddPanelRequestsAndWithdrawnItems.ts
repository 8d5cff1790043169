import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPanelRequestsAndWithdrawnItems1795450602222 implements MigrationInterface {
  name = 'AddPanelRequestsAndWithdrawnItems1795450602222';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "panel_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" text NOT NULL, "summary" text NOT NULL, "setting_name" text, "setting_type" text, "amount_pence" integer, "band" text, "purpose" text, "starts_on" date, "ends_on" date, "status" text NOT NULL DEFAULT 'awaiting_panel', "raised_by" uuid, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_on" date, CONSTRAINT "panel_requests_details" CHECK ((kind = 'placement_change' AND setting_name IS NOT NULL AND setting_type IS NOT NULL)
   OR (kind = 'funding' AND amount_pence > 0 AND band IS NOT NULL AND starts_on IS NOT NULL AND ends_on >= starts_on)
   OR (kind = 'personal_budget' AND amount_pence > 0 AND purpose IS NOT NULL AND starts_on IS NOT NULL AND ends_on >= starts_on)), CONSTRAINT "panel_requests_purpose" CHECK (purpose IS NULL OR purpose IN ('transport', 'therapy', 'equipment', 'short_breaks', 'education_other_than_at_school', 'other')), CONSTRAINT "panel_requests_band" CHECK (band IS NULL OR band IN ('band_1', 'band_2', 'band_3', 'band_4', 'band_5', 'exceptional')), CONSTRAINT "panel_requests_setting_type" CHECK (setting_type IS NULL OR setting_type IN ('mainstream', 'resourced_provision', 'maintained_special', 'independent_special', 'alternative_provision', 'post_16', 'early_years')), CONSTRAINT "panel_requests_status" CHECK (status IN ('awaiting_panel', 'agreed', 'refused', 'withdrawn')), CONSTRAINT "panel_requests_kind" CHECK (kind IN ('placement_change', 'funding', 'personal_budget')), CONSTRAINT "PK_12ed7c15e414d2bb626de268be5" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a99ed25ea7f7ffa6453f64accd" ON "panel_requests"  ("child_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_373d6fbf435f107975cad51a36" ON "panel_requests"  ("status", "raised_at") `,
    );
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "panel_request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "withdrawn_reason" text`);
    await queryRunner.query(
      `CREATE INDEX "IDX_132aeb45d32e7166ff1aa0f721" ON "agenda_items"  ("panel_request_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_132aeb45d32e7166ff1aa0f7219" FOREIGN KEY ("panel_request_id") REFERENCES "panel_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_requests" ADD CONSTRAINT "FK_a99ed25ea7f7ffa6453f64accd4" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "panel_requests" ADD CONSTRAINT "FK_d625c59fa6959d6d9c998fbc5f9" FOREIGN KEY ("raised_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "panel_requests" DROP CONSTRAINT "FK_d625c59fa6959d6d9c998fbc5f9"`);
    await queryRunner.query(`ALTER TABLE "panel_requests" DROP CONSTRAINT "FK_a99ed25ea7f7ffa6453f64accd4"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_132aeb45d32e7166ff1aa0f7219"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_132aeb45d32e7166ff1aa0f721"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "withdrawn_reason"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "panel_request_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_373d6fbf435f107975cad51a36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a99ed25ea7f7ffa6453f64accd"`);
    await queryRunner.query(`DROP TABLE "panel_requests"`);
  }
}
