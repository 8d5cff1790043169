import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * reg 10(4) has two closure exceptions: (a) a school or post-16 institution and (b) an early years provider. The one
 * kind `setting_closure` becomes `school_closure` (what every closure recorded so far was: a school's summer
 * holiday), and `early_years_closure` is added.
 */
export class LetterTheClosureExceptions1796613002645 implements MigrationInterface {
  name = 'LetterTheClosureExceptions1796613002645';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "statutory_exceptions_kind"`);
    await queryRunner.query(
      `UPDATE "statutory_exceptions" SET "kind" = 'school_closure' WHERE "kind" = 'setting_closure'`,
    );
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "statutory_exceptions_kind" CHECK (kind IN ('exceptional_circumstances', 'absent_from_area', 'missed_appointment', 'school_closure', 'early_years_closure'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "statutory_exceptions_kind"`);
    await queryRunner.query(
      `UPDATE "statutory_exceptions" SET "kind" = 'setting_closure' WHERE "kind" IN ('school_closure', 'early_years_closure')`,
    );
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "statutory_exceptions_kind" CHECK (kind IN ('exceptional_circumstances', 'absent_from_area', 'missed_appointment', 'setting_closure'))`,
    );
  }
}
