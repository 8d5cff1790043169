import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications of actions: given to you or your team, due tomorrow, overdue. */
export class AddActionNotificationKinds1796631541102 implements MigrationInterface {
  name = 'AddActionNotificationKinds1796631541102';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_kind" CHECK (kind IN ('agenda_ready', 'voting_waiting', 'advice_triaged', 'advice_due_soon', 'advice_overdue', 'advice_pushed_back', 'case_decided', 'dip_sample_waiting', 'annual_review_due_soon', 'annual_review_overdue', 'statutory_deadline_this_week', 'sign_in_failures', 'action_assigned', 'action_due_tomorrow', 'action_overdue'))`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(
        `DELETE FROM "${table}" WHERE kind IN ('action_assigned', 'action_due_tomorrow', 'action_overdue')`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_kind" CHECK (kind IN ('agenda_ready', 'voting_waiting', 'advice_triaged', 'advice_due_soon', 'advice_overdue', 'advice_pushed_back', 'case_decided', 'dip_sample_waiting', 'annual_review_due_soon', 'annual_review_overdue', 'statutory_deadline_this_week', 'sign_in_failures'))`,
      );
    }
  }
}
