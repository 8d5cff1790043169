import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KeepWhyDecidedWithCriteriaNotMet1796595302585 implements MigrationInterface {
  name = 'KeepWhyDecidedWithCriteriaNotMet1796595302585';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "criteria_not_met_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "criteria_not_met_reason"`);
  }
}
