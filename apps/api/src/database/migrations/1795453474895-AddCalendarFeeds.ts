import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCalendarFeeds1795453474895 implements MigrationInterface {
  name = 'AddCalendarFeeds1795453474895';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "calendar_token_hash" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c68366cc506f3932fc0dfb55b4" ON "users"  ("calendar_token_hash") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c68366cc506f3932fc0dfb55b4"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "calendar_token_hash"`);
  }
}
