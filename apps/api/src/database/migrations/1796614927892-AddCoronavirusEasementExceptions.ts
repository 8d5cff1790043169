import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 2020 coronavirus easement (SI 2020/471) is recorded as its own kind of exception, for historic records, and
 * only for days it was in force: 1 May to 25 September 2020.
 */
export class AddCoronavirusEasementExceptions1796614927892 implements MigrationInterface {
  name = 'AddCoronavirusEasementExceptions1796614927892';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "statutory_exceptions_kind"`);
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "statutory_exceptions_kind" CHECK (kind IN ('exceptional_circumstances', 'absent_from_area', 'missed_appointment', 'school_closure', 'early_years_closure', 'coronavirus'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "statutory_exceptions_coronavirus_easement" CHECK (kind <> 'coronavirus' OR (starts_on >= DATE '2020-05-01' AND coalesce(ends_on, starts_on) <= DATE '2020-09-25'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "statutory_exceptions_coronavirus_easement"`,
    );
    await queryRunner.query(`DELETE FROM "statutory_exceptions" WHERE "kind" = 'coronavirus'`);
    await queryRunner.query(`ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "statutory_exceptions_kind"`);
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "statutory_exceptions_kind" CHECK (kind IN ('exceptional_circumstances', 'absent_from_area', 'missed_appointment', 'school_closure', 'early_years_closure'))`,
    );
  }
}
