import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDecisionsInWriting1796637982198 implements MigrationInterface {
  name = 'AddDecisionsInWriting1796637982198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" ADD "respond_by" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_respond_by_after_start" CHECK (respond_by IS NULL OR respond_by > starts_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_respond_by_after_start"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "respond_by"`);
  }
}
