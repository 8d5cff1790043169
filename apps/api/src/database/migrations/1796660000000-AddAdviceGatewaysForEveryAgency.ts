import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'dmg', 'dmg_children_in_care', 'dmg_vulnerable', 'health_gateway', 'quality', 'weekly_orders'`;
const GATEWAY_KINDS = `'social_care_gateway', 'ep_gateway'`;
const ROLES = `'admin', 'chair', 'panel_member', 'presenter', 'dco', 'health_team_rep', 'qa_reviewer', 'parent_reviewer', 'observer'`;
const GATEWAY_ROLES = `'dsco', 'social_care_team_rep', 'principal_ep', 'ep_team_rep'`;
const KIND_CHECKS = [
  ['meetings', 'meetings_kind', 'kind'],
  ['meeting_groups', 'meeting_groups_kind', 'kind'],
  ['delegated_decisions', 'delegated_decisions_noted_by', 'noted_by'],
] as const;

/**
 * One advice gateway for every agency: the Social Care Gateway and the Educational Psychology Gateway as kinds of
 * meeting, and their coordinators (the Designated Social Care Officer, the Principal Educational Psychologist) and
 * team representatives as roles.
 */
export class AddAdviceGatewaysForEveryAgency1796660000000 implements MigrationInterface {
  name = 'AddAdviceGatewaysForEveryAgency1796660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, constraint, column] of KIND_CHECKS)
      await this.check(queryRunner, table, constraint, `${column} IN (${KINDS}, ${GATEWAY_KINDS})`);
    await this.check(
      queryRunner,
      'users',
      'users_roles',
      `roles <@ ARRAY[${ROLES}, ${GATEWAY_ROLES}]::text[]`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The new gateways' sittings go with their kind (their items, votes and members by cascade); their roles are
    // taken from the users who hold them.
    await queryRunner.query(`DELETE FROM "meetings" WHERE kind IN (${GATEWAY_KINDS})`);
    await queryRunner.query(`DELETE FROM "meeting_groups" WHERE kind IN (${GATEWAY_KINDS})`);
    await queryRunner.query(`DELETE FROM "delegated_decisions" WHERE noted_by IN (${GATEWAY_KINDS})`);
    await queryRunner.query(
      `UPDATE "users" SET roles = ARRAY(SELECT r FROM unnest(roles) r WHERE r NOT IN (${GATEWAY_ROLES}))`,
    );
    for (const [table, constraint, column] of KIND_CHECKS)
      await this.check(queryRunner, table, constraint, `${column} IN (${KINDS})`);
    await this.check(queryRunner, 'users', 'users_roles', `roles <@ ARRAY[${ROLES}]::text[]`);
  }

  private async check(queryRunner: QueryRunner, table: string, name: string, condition: string) {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${condition})`);
  }
}
