import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'dmg', 'dmg_children_in_care', 'dmg_vulnerable', 'health_gateway', 'quality'`;
const ITEM_KINDS = `'decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget', 'advice_triage', 'health_funding', 'dip_sample', 'advice_audit', 'joint_funding'`;

/** The Weekly Orders: a fourth kind of meeting, its children's items (`case_actions`), and why each child is on. */
export class AddWeeklyOrders1796638223507 implements MigrationInterface {
  name = 'AddWeeklyOrders1796638223507';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, constraint] of [
      ['meetings', 'meetings_kind'],
      ['meeting_groups', 'meeting_groups_kind'],
    ])
      await this.check(queryRunner, table!, constraint!, 'kind', `${KINDS}, 'weekly_orders'`);
    await this.check(
      queryRunner,
      'agenda_items',
      'agenda_items_kind',
      'kind',
      `${ITEM_KINDS}, 'case_actions'`,
    );
    await this.check(
      queryRunner,
      'threshold_criteria',
      'threshold_criteria_item_kind',
      'item_kind',
      `${ITEM_KINDS}, 'case_actions'`,
    );
    await queryRunner.query(
      `CREATE TABLE "weekly_order_reasons" ("agenda_item_id" uuid NOT NULL, "position" smallint NOT NULL, "reason" text NOT NULL, "milestone" text NOT NULL, "label" text NOT NULL, "regulation" text, "due_on" date NOT NULL, "overdue" boolean NOT NULL, CONSTRAINT "weekly_order_reasons_milestone" CHECK (milestone IN ('decision_to_assess', 'advice', 'decision_whether_to_issue', 'draft_plan', 'final_plan', 'annual_review_meeting', 'annual_review_decision', 'amended_plan', 'phase_transfer_amendment')), CONSTRAINT "weekly_order_reasons_reason" CHECK (reason IN ('overdue_step', 'advice_overdue', 'annual_review_to_convene', 'annual_review_to_decide', 'phase_transfer_due', 'deadline_this_week')), CONSTRAINT "PK_ad8e63c74d6c558b060bb9e5631" PRIMARY KEY ("agenda_item_id", "position"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "weekly_order_reasons" ADD CONSTRAINT "FK_12baf426faef363c9a7974896b0" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "weekly_order_reasons" DROP CONSTRAINT "FK_12baf426faef363c9a7974896b0"`,
    );
    await queryRunner.query(`DROP TABLE "weekly_order_reasons"`);
    // The Weekly Orders' sittings go with their kind (their items, votes and members by cascade).
    await queryRunner.query(`DELETE FROM "agenda_items" WHERE kind = 'case_actions'`);
    await queryRunner.query(`DELETE FROM "meetings" WHERE kind = 'weekly_orders'`);
    await queryRunner.query(`DELETE FROM "meeting_groups" WHERE kind = 'weekly_orders'`);
    await this.check(queryRunner, 'meetings', 'meetings_kind', 'kind', KINDS);
    await this.check(queryRunner, 'meeting_groups', 'meeting_groups_kind', 'kind', KINDS);
    await this.check(queryRunner, 'agenda_items', 'agenda_items_kind', 'kind', ITEM_KINDS);
    await this.check(
      queryRunner,
      'threshold_criteria',
      'threshold_criteria_item_kind',
      'item_kind',
      ITEM_KINDS,
    );
  }

  private async check(queryRunner: QueryRunner, table: string, name: string, column: string, values: string) {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    await queryRunner.query(
      `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${column} IN (${values}))`,
    );
  }
}
