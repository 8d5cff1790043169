import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * reg 18(2): a move from one post-16 institution to another is a transfer too, with the day of the move and a
 * deadline five months before it.
 */
export class AddMovesBetweenPost16Institutions1796616468644 implements MigrationInterface {
  name = 'AddMovesBetweenPost16Institutions1796616468644';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "phase_transfers" ADD "transfers_on" date`);
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "phase_transfers_kind"`);
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "phase_transfers_kind" CHECK (kind IN ('early_years_to_school', 'infant_to_junior', 'primary_to_middle', 'primary_to_secondary', 'middle_to_secondary', 'secondary_to_post16', 'post16_to_post16'))`,
    );
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "phase_transfers_deadline"`);
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "phase_transfers_deadline" CHECK (deadline = CASE kind WHEN 'secondary_to_post16' THEN make_date(transfer_year, 3, 31) WHEN 'post16_to_post16' THEN (transfers_on - interval '5 months')::date ELSE make_date(transfer_year, 2, 15) END)`,
    );
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "phase_transfers_day" CHECK ((kind = 'post16_to_post16') = (transfers_on IS NOT NULL) AND (transfers_on IS NULL OR extract(year FROM transfers_on) = transfer_year))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "phase_transfers" WHERE "kind" = 'post16_to_post16'`);
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "phase_transfers_day"`);
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "phase_transfers_deadline"`);
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "phase_transfers_deadline" CHECK (deadline = CASE WHEN kind = 'secondary_to_post16' THEN make_date(transfer_year, 3, 31) ELSE make_date(transfer_year, 2, 15) END)`,
    );
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP CONSTRAINT "phase_transfers_kind"`);
    await queryRunner.query(
      `ALTER TABLE "phase_transfers" ADD CONSTRAINT "phase_transfers_kind" CHECK (kind IN ('early_years_to_school', 'infant_to_junior', 'primary_to_middle', 'primary_to_secondary', 'middle_to_secondary', 'secondary_to_post16'))`,
    );
    await queryRunner.query(`ALTER TABLE "phase_transfers" DROP COLUMN "transfers_on"`);
  }
}
