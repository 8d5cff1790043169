import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSchemeOfDelegation1796642220504 implements MigrationInterface {
  name = 'AddSchemeOfDelegation1796642220504';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "delegation_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "role" text NOT NULL, "max_amount_pence" integer, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delegation_rules_kind_role" UNIQUE ("kind", "role"), CONSTRAINT "delegation_rules_amount" CHECK (max_amount_pence IS NULL OR (max_amount_pence > 0 AND kind IN ('funding', 'personal_budget'))), CONSTRAINT "delegation_rules_role" CHECK (role IN ('chair', 'panel_member')), CONSTRAINT "delegation_rules_kind" CHECK (kind IN ('decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget')), CONSTRAINT "PK_c98667601e6af60e90093324992" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TABLE "delegated_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" text NOT NULL, "request_id" uuid, "panel_request_id" uuid, "outcome" text NOT NULL, "reasons" text NOT NULL, "recommendations" text, "amount_pence" integer, "rule_id" uuid NOT NULL, "decided_by" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "noted_by" text NOT NULL, CONSTRAINT "delegated_decisions_subject" CHECK ((kind IN ('decision_to_assess', 'decision_to_issue') AND request_id IS NOT NULL AND panel_request_id IS NULL)
   OR (kind NOT IN ('decision_to_assess', 'decision_to_issue') AND request_id IS NULL AND panel_request_id IS NOT NULL)), CONSTRAINT "delegated_decisions_reasons" CHECK (length(trim(reasons)) > 0), CONSTRAINT "delegated_decisions_noted_by" CHECK (noted_by IN ('dmg', 'dmg_children_in_care', 'dmg_vulnerable', 'health_gateway', 'quality')), CONSTRAINT "delegated_decisions_kind" CHECK (kind IN ('decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget')), CONSTRAINT "PK_d2fb590d58c134f766fe4d6e295" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_4c4a25eee0a4c261bc6cf1be27" ON "delegated_decisions"  ("child_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e0394096ff2791b883b18a5f67" ON "delegated_decisions"  ("noted_by", "decided_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" ADD CONSTRAINT "FK_4c4a25eee0a4c261bc6cf1be271" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" ADD CONSTRAINT "FK_5d3ee0df59f350b9bf844c88c98" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" ADD CONSTRAINT "FK_eb190d628eb706a972b68c9fc49" FOREIGN KEY ("panel_request_id") REFERENCES "panel_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" ADD CONSTRAINT "FK_867cf80798b041ad475f45ef1ff" FOREIGN KEY ("rule_id") REFERENCES "delegation_rules"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" ADD CONSTRAINT "FK_2423a2876f561f6b4b3ee4a8992" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" DROP CONSTRAINT "FK_2423a2876f561f6b4b3ee4a8992"`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" DROP CONSTRAINT "FK_867cf80798b041ad475f45ef1ff"`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" DROP CONSTRAINT "FK_eb190d628eb706a972b68c9fc49"`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" DROP CONSTRAINT "FK_5d3ee0df59f350b9bf844c88c98"`,
    );
    await queryRunner.query(
      `ALTER TABLE "delegated_decisions" DROP CONSTRAINT "FK_4c4a25eee0a4c261bc6cf1be271"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_e0394096ff2791b883b18a5f67"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c4a25eee0a4c261bc6cf1be27"`);
    await queryRunner.query(`DROP TABLE "delegated_decisions"`);
    await queryRunner.query(`DROP TABLE "delegation_rules"`);
  }
}
