import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotificationsAndOutbox1796626146020 implements MigrationInterface {
  name = 'AddNotificationsAndOutbox1796626146020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bouncing_addresses" ("address" text NOT NULL, "user_id" uuid NOT NULL, "bounced_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text NOT NULL, CONSTRAINT "PK_7177ba9203716c1b9ce5050434e" PRIMARY KEY ("address"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "cause_key" text NOT NULL, "subject_ref" text, "title" text NOT NULL, "link_path" text NOT NULL, "delivery" text NOT NULL, "digested_in" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notifications_once_per_cause" UNIQUE ("cause_key", "recipient_id"), CONSTRAINT "notifications_delivery" CHECK (delivery IN ('now', 'digest', 'off')), CONSTRAINT "notifications_kind" CHECK (kind IN ('agenda_ready', 'voting_waiting', 'advice_triaged', 'advice_due_soon', 'advice_overdue', 'advice_pushed_back', 'case_decided', 'dip_sample_waiting', 'annual_review_due_soon', 'annual_review_overdue', 'statutory_deadline_this_week', 'sign_in_failures')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_newest_first" ON "notifications"  ("recipient_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_digests" ("user_id" uuid NOT NULL, "digest_time" text NOT NULL, "last_sent_on" date, CONSTRAINT "notification_digests_time" CHECK (digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), CONSTRAINT "PK_65e84c5d2b8cf81b4773394d450" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "delivery" text NOT NULL, CONSTRAINT "notification_preferences_delivery" CHECK (delivery IN ('now', 'digest', 'off')), CONSTRAINT "notification_preferences_kind" CHECK (kind IN ('agenda_ready', 'voting_waiting', 'advice_triaged', 'advice_due_soon', 'advice_overdue', 'advice_pushed_back', 'case_decided', 'dip_sample_waiting', 'annual_review_due_soon', 'annual_review_overdue', 'statutory_deadline_this_week', 'sign_in_failures')), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbound_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid, "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "cause_key" text NOT NULL, "channel" text NOT NULL DEFAULT 'email', "address" text NOT NULL, "subject" text NOT NULL, "body_text" text NOT NULL, "body_html" text NOT NULL, "ics" text, "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "message_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_896d985379313ce2c47d167a798" UNIQUE ("message_id"), CONSTRAINT "outbound_messages_once_per_cause" UNIQUE ("cause_key", "recipient_id", "channel"), CONSTRAINT "outbound_messages_attempts" CHECK (attempts >= 0), CONSTRAINT "outbound_messages_channel" CHECK (channel IN ('email')), CONSTRAINT "outbound_messages_status" CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'gave_up')), CONSTRAINT "PK_0a03db3e2f04f9f33e6daa597ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c6698f9e850fbee3ea2f76020" ON "outbound_messages"  ("notification_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "outbound_messages_newest_first" ON "outbound_messages"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "outbound_messages_due" ON "outbound_messages"  ("next_attempt_at") WHERE status IN ('queued', 'sending', 'failed')`,
    );
    await queryRunner.query(
      `ALTER TABLE "bouncing_addresses" ADD CONSTRAINT "FK_b7115cc408ad71e822c52c100fa" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbound_messages" ADD CONSTRAINT "FK_6c6698f9e850fbee3ea2f760200" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbound_messages" ADD CONSTRAINT "FK_7977c0f2888ba47992519fce1ce" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbound_messages" DROP CONSTRAINT "FK_7977c0f2888ba47992519fce1ce"`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbound_messages" DROP CONSTRAINT "FK_6c6698f9e850fbee3ea2f760200"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450"`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(
      `ALTER TABLE "bouncing_addresses" DROP CONSTRAINT "FK_b7115cc408ad71e822c52c100fa"`,
    );
    await queryRunner.query(`DROP INDEX "public"."outbound_messages_due"`);
    await queryRunner.query(`DROP INDEX "public"."outbound_messages_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c6698f9e850fbee3ea2f76020"`);
    await queryRunner.query(`DROP TABLE "outbound_messages"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notification_digests"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_newest_first"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "bouncing_addresses"`);
  }
}
