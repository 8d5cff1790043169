import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAdviceAskedOnToExceptions1795445171020 implements MigrationInterface {
  name = 'AddAdviceAskedOnToExceptions1795445171020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statutory_exceptions" ADD "advice_asked_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statutory_exceptions" DROP COLUMN "advice_asked_on"`);
  }
}
