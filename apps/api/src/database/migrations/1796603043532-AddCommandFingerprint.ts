import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCommandFingerprint1796603043532 implements MigrationInterface {
  name = 'AddCommandFingerprint1796603043532';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_events" ADD "command_fingerprint" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_events" DROP COLUMN "command_fingerprint"`);
  }
}
