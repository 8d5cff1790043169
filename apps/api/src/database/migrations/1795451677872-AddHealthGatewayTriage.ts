import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddHealthGatewayTriage1795451677872 implements MigrationInterface {
  name = 'AddHealthGatewayTriage1795451677872';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "source" text NOT NULL DEFAULT 'assessment'`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "response" text`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "priority" text`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "triaged_in_item" uuid`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "triaged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "triaged_by" uuid`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "team_response" text`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "team_response_reason" text`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "reassignments" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "last_chased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "evidence_id" uuid`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "quality" jsonb`);
    await queryRunner.query(`ALTER TABLE "advice_requests" ADD "quality_rated_by" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_51f08f3bcf94941fceb6d01689" ON "advice_requests"  ("triaged_in_item") `,
    );
    await queryRunner.query(
      `ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_team_response" CHECK (team_response IS NULL OR team_response IN ('pending', 'accepted', 'pushed_back'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_priority" CHECK (priority IS NULL OR priority IN ('routine', 'urgent'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_response" CHECK (response IS NULL OR response IN ('full_advice', 'triage_note'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_source" CHECK (source IN ('assessment', 'health_visiting_referral', 'paediatrics_referral'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP CONSTRAINT "advice_requests_source"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP CONSTRAINT "advice_requests_response"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP CONSTRAINT "advice_requests_priority"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP CONSTRAINT "advice_requests_team_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51f08f3bcf94941fceb6d01689"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "quality_rated_by"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "quality"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "evidence_id"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "last_chased_at"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "reassignments"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "team_response_reason"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "team_response"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "triaged_by"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "triaged_at"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "triaged_in_item"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "priority"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "response"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP COLUMN "source"`);
  }
}
