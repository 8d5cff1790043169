import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RaisedHandsItemAllowancesAndReopenedVotes1796592925077 implements MigrationInterface {
  name = 'RaisedHandsItemAllowancesAndReopenedVotes1796592925077';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "raised_hands" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63722079d02194725b59b215a43" PRIMARY KEY ("meeting_id", "user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "allowance_minutes" integer`);
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD "voting_reopened_reasons" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_allowance_minutes" CHECK (allowance_minutes BETWEEN 1 AND 120)`,
    );
    await queryRunner.query(
      `ALTER TABLE "raised_hands" ADD CONSTRAINT "FK_537d317340170c1e1fab6648f85" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "raised_hands" ADD CONSTRAINT "FK_4ff7bdcdbfb04146aa6389b9b4a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "raised_hands" DROP CONSTRAINT "FK_4ff7bdcdbfb04146aa6389b9b4a"`);
    await queryRunner.query(`ALTER TABLE "raised_hands" DROP CONSTRAINT "FK_537d317340170c1e1fab6648f85"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_allowance_minutes"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "voting_reopened_reasons"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "allowance_minutes"`);
    await queryRunner.query(`DROP TABLE "raised_hands"`);
  }
}
