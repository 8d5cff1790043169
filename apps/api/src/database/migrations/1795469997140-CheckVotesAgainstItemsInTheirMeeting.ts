import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vote's item and meeting are checked together, against the item in that meeting, where two keys checked
 * them apart (a vote could name an item of another meeting). The meeting's existence follows from the item's
 * own key to it. Each vote's insert now checks and locks one parent row fewer: not the meeting's row, which
 * every command updates.
 */
export class CheckVotesAgainstItemsInTheirMeeting1795469997140 implements MigrationInterface {
  name = 'CheckVotesAgainstItemsInTheirMeeting1795469997140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "FK_df093a73a92dc559e980f09e6cc"`);
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "FK_8ea8556bf292ebd1399d128d293"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_id_meeting" UNIQUE ("id", "meeting_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "votes_item_in_meeting" FOREIGN KEY ("agenda_item_id", "meeting_id") REFERENCES "agenda_items"("id","meeting_id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "votes_item_in_meeting"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_id_meeting"`);
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "FK_8ea8556bf292ebd1399d128d293" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "FK_df093a73a92dc559e980f09e6cc" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }
}
