import type { MigrationInterface, QueryRunner } from 'typeorm';

/** reg 5(4): exceptions to the 6 weeks for the decision whether to assess are recorded beside reg 8(2) and 10(4). */
export class AddDecisionToAssessExceptions1796614204036 implements MigrationInterface {
  name = 'AddDecisionToAssessExceptions1796614204036';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "statutory_exceptions_regulation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "statutory_exceptions_regulation" CHECK (regulation IN ('5(4)', '8(2)', '10(4)'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "statutory_exceptions" WHERE "regulation" = '5(4)'`);
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "statutory_exceptions_regulation"`,
    );
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "statutory_exceptions_regulation" CHECK (regulation IN ('8(2)', '10(4)'))`,
    );
  }
}
