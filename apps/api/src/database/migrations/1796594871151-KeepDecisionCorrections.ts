import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KeepDecisionCorrections1796594871151 implements MigrationInterface {
  name = 'KeepDecisionCorrections1796594871151';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "decision_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "reasons" text NOT NULL, "conditions" text, "correction_reason" text NOT NULL, "corrected_by" uuid NOT NULL, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8eb8e56c4634fd1944f934eca2d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_corrections" ADD CONSTRAINT "FK_51a50334156266dc16bafd34f1a" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_corrections" ADD CONSTRAINT "FK_d1c9bf79652d2dab80cd99cbf78" FOREIGN KEY ("corrected_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Corrections are append-only, enforced by the database itself: a correction of a correction is a new one.
    await queryRunner.query(`CREATE FUNCTION decision_corrections_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'decision corrections are append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER decision_corrections_no_update_or_delete BEFORE UPDATE OR DELETE ON "decision_corrections"
      FOR EACH ROW EXECUTE FUNCTION decision_corrections_refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER decision_corrections_no_truncate BEFORE TRUNCATE ON "decision_corrections"
      FOR EACH STATEMENT EXECUTE FUNCTION decision_corrections_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "decision_corrections" DROP CONSTRAINT "FK_d1c9bf79652d2dab80cd99cbf78"`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_corrections" DROP CONSTRAINT "FK_51a50334156266dc16bafd34f1a"`,
    );
    await queryRunner.query(`DROP TABLE "decision_corrections"`);
    await queryRunner.query(`DROP FUNCTION decision_corrections_refuse_change()`);
  }
}
