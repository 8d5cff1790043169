import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A command's receipt is its event: the idempotency key moves onto meeting_events (unique per sender), and
 * command_receipts, which held the same sender, meeting and sequence again, goes. A vote writes one row fewer.
 */
export class KeepReceiptsOnMeetingEvents1795469630876 implements MigrationInterface {
  name = 'KeepReceiptsOnMeetingEvents1795469630876';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_events" ADD "idempotency_key" text`);
    // Every event was written with its receipt, in the same statement, at the same sequence.
    await queryRunner.query(
      `UPDATE "meeting_events" e SET "idempotency_key" = r."idempotency_key" FROM "command_receipts" r
        WHERE r."meeting_id" = e."meeting_id" AND r."version" = e."sequence" AND r."user_id" = e."actor_id"`,
    );
    // None is expected; should one have lost its receipt, a key no client can send keeps it apart.
    await queryRunner.query(
      `UPDATE "meeting_events" SET "idempotency_key" = 'event:' || "meeting_id" || ':' || "sequence" WHERE "idempotency_key" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_events" ALTER COLUMN "idempotency_key" SET NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_events_idempotency_key" ON "meeting_events"  ("actor_id", "idempotency_key") `,
    );
    await queryRunner.query(`DROP TABLE "command_receipts"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "command_receipts" ("user_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "meeting_id" uuid NOT NULL, "command" text NOT NULL, "version" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_006243460dcbcc41c78a1a70fee" PRIMARY KEY ("user_id", "idempotency_key"))`,
    );
    // The command's name was kept in its audit record's action, not on the event: the event's type stands in.
    await queryRunner.query(
      `INSERT INTO "command_receipts" ("user_id", "idempotency_key", "meeting_id", "command", "version", "created_at")
       SELECT "actor_id", "idempotency_key", "meeting_id", "type", "sequence", "at" FROM "meeting_events" WHERE "actor_id" IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."meeting_events_idempotency_key"`);
    await queryRunner.query(`ALTER TABLE "meeting_events" DROP COLUMN "idempotency_key"`);
  }
}
