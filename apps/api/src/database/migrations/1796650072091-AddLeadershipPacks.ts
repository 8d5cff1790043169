import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLeadershipPacks1796650072091 implements MigrationInterface {
  name = 'AddLeadershipPacks1796650072091';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "leadership_packs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "month" text NOT NULL, "narrative" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'draft', "issued_by" uuid, "issued_at" TIMESTAMP WITH TIME ZONE, "figures" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "leadership_packs_month" UNIQUE ("month"), CONSTRAINT "leadership_packs_issued" CHECK ((status = 'draft' AND issued_by IS NULL AND issued_at IS NULL AND figures IS NULL)
   OR (status = 'issued' AND issued_by IS NOT NULL AND issued_at IS NOT NULL AND figures IS NOT NULL AND length(trim(narrative)) > 0)), CONSTRAINT "leadership_packs_narrative_length" CHECK (length(narrative) <= 10000), CONSTRAINT "leadership_packs_status" CHECK (status IN ('draft', 'issued')), CONSTRAINT "leadership_packs_month_format" CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'), CONSTRAINT "PK_39efdd5ab52f6ce35b1843ced41" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `ALTER TABLE "leadership_packs" ADD CONSTRAINT "FK_de372ad9085c27b38f9cc7d0052" FOREIGN KEY ("issued_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "leadership_packs" DROP CONSTRAINT "FK_de372ad9085c27b38f9cc7d0052"`,
    );
    await queryRunner.query(`DROP TABLE "leadership_packs"`);
  }
}
