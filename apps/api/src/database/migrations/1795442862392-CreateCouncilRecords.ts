import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCouncilRecords1795442862392 implements MigrationInterface {
  name = 'CreateCouncilRecords1795442862392';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6acd8cc6374916c08b4d7f060c8" UNIQUE ("code"), CONSTRAINT "agencies_kind" CHECK (kind IN ('send_service', 'ep_service', 'virtual_school', 'health', 'social_care', 'early_help', 'parent_carer_forum')), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "job_title" text, "agency_id" uuid NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "password_hash" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "users_email_lower_case" CHECK (email = lower(email)), CONSTRAINT "users_roles" CHECK (roles <@ ARRAY['admin', 'chair', 'panel_member', 'presenter', 'dco', 'health_team_rep', 'qa_reviewer', 'parent_reviewer', 'observer']::text[]), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "localities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "is_vulnerable_pupils_team" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_101b1cdbf94eca276e67f8c1568" UNIQUE ("code"), CONSTRAINT "PK_7fa2291f3588423d800e02a8479" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "children" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_reference" text NOT NULL, "given_name" text NOT NULL, "family_name" text NOT NULL, "date_of_birth" date NOT NULL, "year_group" smallint NOT NULL, "setting_name" text, "locality_id" uuid NOT NULL, "family_link_officer_id" uuid, "primary_need" text NOT NULL, "vulnerability_markers" text array NOT NULL DEFAULT '{}', "vulnerability_score" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a353783fc54a84a3c8f07aaac47" UNIQUE ("case_reference"), CONSTRAINT "children_vulnerability_score" CHECK (vulnerability_score >= 0), CONSTRAINT "children_year_group" CHECK (year_group BETWEEN -2 AND 14), CONSTRAINT "children_vulnerability_markers" CHECK (vulnerability_markers <@ ARRAY['child_protection', 'child_in_need', 'looked_after', 'attendance_below_55', 'missing_education', 'two_plus_permanent_exclusions', 'electively_home_educated', 'youth_justice', 'neet']::text[]), CONSTRAINT "children_primary_need" CHECK (primary_need IN ('communication_interaction', 'cognition_learning', 'semh', 'physical_sensory')), CONSTRAINT "PK_8c5a7cbebf2c702830ef38d22b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ehc_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "received_on" date NOT NULL, "source" text NOT NULL, "stage" text NOT NULL, "decision_to_assess_on" date, "decision_to_issue_on" date, "draft_issued_on" date, "final_issued_on" date, "closed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ehc_requests_source" CHECK (source IN ('school', 'parent', 'health', 'other')), CONSTRAINT "ehc_requests_stage" CHECK (stage IN ('received', 'assessment', 'decision_to_issue', 'draft_issued', 'final_issued', 'refused', 'not_issued', 'withdrawn')), CONSTRAINT "PK_de50bc93f574b9b939fa10a9686" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cc27aac8b567a39c1776143ccc" ON "ehc_requests"  ("child_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_4abdf7ba0b54de6095da17712a" ON "ehc_requests"  ("stage", "received_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "advice_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "agency_id" uuid, "advice_kind" text NOT NULL, "requested_on" date NOT NULL, "returned_on" date, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "advice_requests_returned_after_requested" CHECK (returned_on IS NULL OR returned_on >= requested_on), CONSTRAINT "advice_requests_kind" CHECK (advice_kind IN ('health', 'educational_psychology', 'social_care')), CONSTRAINT "advice_requests_status" CHECK (status IN ('awaiting_triage', 'with_team', 'returned', 'cancelled')), CONSTRAINT "PK_70e0cec6965f4ccde0e1db82bdc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2010998b3c3ced52fc11a68d0f" ON "advice_requests"  ("request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e4b192ededcb0a5d4a27ac0626" ON "advice_requests"  ("agency_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "request_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "stage" text NOT NULL, "occurred_on" date NOT NULL, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "note" text, CONSTRAINT "request_events_stage" CHECK (stage IN ('received', 'assessment', 'decision_to_issue', 'draft_issued', 'final_issued', 'refused', 'not_issued', 'withdrawn')), CONSTRAINT "PK_bf9333ddb0c34f1533239fc9cb0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e8b717bcc3e01fbd300f4e97e5" ON "request_events"  ("request_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "statutory_exceptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "regulation" text NOT NULL, "kind" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "advice_request_id" uuid, "note" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "statutory_exceptions_dates" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "statutory_exceptions_kind" CHECK (kind IN ('exceptional_circumstances', 'absent_from_area', 'missed_appointment', 'setting_closure')), CONSTRAINT "statutory_exceptions_regulation" CHECK (regulation IN ('8(2)', '10(4)')), CONSTRAINT "PK_d8813256905c64cff0f6fda9fd2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c72ce26492147eb860ddcebb7e" ON "statutory_exceptions"  ("request_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'scheduled', "theme" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_ends_after_start" CHECK (ends_at > starts_at), CONSTRAINT "meetings_status" CHECK (status IN ('scheduled', 'in_progress', 'ended', 'cancelled')), CONSTRAINT "meetings_kind" CHECK (kind IN ('dmg', 'dmg_children_in_care', 'dmg_vulnerable', 'health_gateway', 'quality')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9abaa0a5710ed34069b4214337" ON "meetings"  ("kind", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "request_id" uuid, "presenter_id" uuid, "status" text NOT NULL DEFAULT 'pending', "restricted" boolean NOT NULL DEFAULT false, CONSTRAINT "agenda_items_meeting_position" UNIQUE ("meeting_id", "position"), CONSTRAINT "agenda_items_status" CHECK (status IN ('pending', 'in_discussion', 'decided', 'deferred', 'withdrawn')), CONSTRAINT "agenda_items_kind" CHECK (kind IN ('decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget', 'advice_triage', 'health_funding', 'dip_sample', 'advice_audit', 'joint_funding')), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c58f166b8bff4fd19c5353cd31" ON "agenda_items"  ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4a5fd6efd0e013c3c52679c373" ON "agenda_items"  ("request_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_members" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "meeting_members_role" CHECK (role IN ('chair', 'member', 'presenter', 'observer')), CONSTRAINT "PK_c42ab35c883c5bfa93bf9472722" PRIMARY KEY ("meeting_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "FK_6d2e08390124c63bec32068efa7" FOREIGN KEY ("locality_id") REFERENCES "localities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "FK_537442f98f9f5ab44115760fc99" FOREIGN KEY ("family_link_officer_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ehc_requests" ADD CONSTRAINT "FK_cc27aac8b567a39c1776143ccca" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advice_requests" ADD CONSTRAINT "FK_2010998b3c3ced52fc11a68d0f0" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advice_requests" ADD CONSTRAINT "FK_16fb1fc06486ee44d71da9fdcff" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "request_events" ADD CONSTRAINT "FK_e8b717bcc3e01fbd300f4e97e56" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "request_events" ADD CONSTRAINT "FK_f77914e18720aa625725a082d4c" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" ADD CONSTRAINT "FK_c72ce26492147eb860ddcebb7ec" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_4a5fd6efd0e013c3c52679c3730" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "FK_ed8f48b855f7af333dc93febd09" FOREIGN KEY ("presenter_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_members" ADD CONSTRAINT "FK_ee641b6bb1605b77bab679d5409" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_members" ADD CONSTRAINT "FK_e55d09dbb8033870bcc6910f025" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_members" DROP CONSTRAINT "FK_e55d09dbb8033870bcc6910f025"`);
    await queryRunner.query(`ALTER TABLE "meeting_members" DROP CONSTRAINT "FK_ee641b6bb1605b77bab679d5409"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_ed8f48b855f7af333dc93febd09"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_4a5fd6efd0e013c3c52679c3730"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "FK_c58f166b8bff4fd19c5353cd310"`);
    await queryRunner.query(
      `ALTER TABLE "statutory_exceptions" DROP CONSTRAINT "FK_c72ce26492147eb860ddcebb7ec"`,
    );
    await queryRunner.query(`ALTER TABLE "request_events" DROP CONSTRAINT "FK_f77914e18720aa625725a082d4c"`);
    await queryRunner.query(`ALTER TABLE "request_events" DROP CONSTRAINT "FK_e8b717bcc3e01fbd300f4e97e56"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP CONSTRAINT "FK_16fb1fc06486ee44d71da9fdcff"`);
    await queryRunner.query(`ALTER TABLE "advice_requests" DROP CONSTRAINT "FK_2010998b3c3ced52fc11a68d0f0"`);
    await queryRunner.query(`ALTER TABLE "ehc_requests" DROP CONSTRAINT "FK_cc27aac8b567a39c1776143ccca"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "FK_537442f98f9f5ab44115760fc99"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "FK_6d2e08390124c63bec32068efa7"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76"`);
    await queryRunner.query(`DROP TABLE "meeting_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4a5fd6efd0e013c3c52679c373"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c58f166b8bff4fd19c5353cd31"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9abaa0a5710ed34069b4214337"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c72ce26492147eb860ddcebb7e"`);
    await queryRunner.query(`DROP TABLE "statutory_exceptions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e8b717bcc3e01fbd300f4e97e5"`);
    await queryRunner.query(`DROP TABLE "request_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4b192ededcb0a5d4a27ac0626"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2010998b3c3ced52fc11a68d0f"`);
    await queryRunner.query(`DROP TABLE "advice_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4abdf7ba0b54de6095da17712a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc27aac8b567a39c1776143ccc"`);
    await queryRunner.query(`DROP TABLE "ehc_requests"`);
    await queryRunner.query(`DROP TABLE "children"`);
    await queryRunner.query(`DROP TABLE "localities"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "agencies"`);
  }
}
