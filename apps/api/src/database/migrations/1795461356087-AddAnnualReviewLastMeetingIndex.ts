import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAnnualReviewLastMeetingIndex1795461356087 implements MigrationInterface {
  name = 'AddAnnualReviewLastMeetingIndex1795461356087';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "annual_reviews_last_meeting" ON "annual_reviews"  ("request_id", "review_meeting_on") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."annual_reviews_last_meeting"`);
  }
}
