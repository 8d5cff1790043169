import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Actions with an owner (a person or a team), a day due by and where they were agreed. */
export class AddActions1796626710660 implements MigrationInterface {
  name = 'AddActions1796626710660';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "what" text NOT NULL, "owner_user_id" uuid, "owner_agency_id" uuid, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT 'open', "origin" text NOT NULL, "child_id" uuid, "meeting_id" uuid, "agenda_item_id" uuid, "advice_request_id" uuid, "dip_sample_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closing_note" text, "closed_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "actions_origin_kept" CHECK (CASE origin WHEN 'meeting_item' THEN meeting_id IS NOT NULL AND agenda_item_id IS NOT NULL WHEN 'case' THEN child_id IS NOT NULL WHEN 'advice_request' THEN advice_request_id IS NOT NULL AND child_id IS NOT NULL WHEN 'dip_sample' THEN dip_sample_id IS NOT NULL END), CONSTRAINT "actions_closed" CHECK ((status = 'open') = (closed_at IS NULL) AND (closed_at IS NULL) = (closing_note IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL)), CONSTRAINT "actions_one_owner" CHECK ((owner_user_id IS NULL) <> (owner_agency_id IS NULL)), CONSTRAINT "actions_origin" CHECK (origin IN ('meeting_item', 'case', 'advice_request', 'dip_sample')), CONSTRAINT "actions_status" CHECK (status IN ('open', 'done', 'cancelled')), CONSTRAINT "PK_7bfb822f56be449c0b8adbf83cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "actions_by_meeting" ON "actions"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "actions_by_child" ON "actions"  ("child_id") `);
    await queryRunner.query(
      `CREATE INDEX "actions_open_by_team" ON "actions"  ("owner_agency_id", "due_on") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "actions_open_by_person" ON "actions"  ("owner_user_id", "due_on") WHERE status = 'open'`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_134715f2f29ba7c661c982b30bf" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_f65170cd44b92c3cccc938fc64c" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_98450822cbae54dc6bef294ea74" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_50da74b6e18cec602bea8c9a874" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_d9e3fe552566ae6ce76803be5c7" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_7f37369d15b7311ce03579bd6b1" FOREIGN KEY ("advice_request_id") REFERENCES "advice_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_658013c27d647b48e6114d6d739" FOREIGN KEY ("dip_sample_id") REFERENCES "dip_samples"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_87f47bca7c648f57c8b32d7eb8e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "FK_5a0fa79ba4ec48bea41fe74385d" FOREIGN KEY ("closed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_5a0fa79ba4ec48bea41fe74385d"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_87f47bca7c648f57c8b32d7eb8e"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_658013c27d647b48e6114d6d739"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_7f37369d15b7311ce03579bd6b1"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_d9e3fe552566ae6ce76803be5c7"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_50da74b6e18cec602bea8c9a874"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_98450822cbae54dc6bef294ea74"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_f65170cd44b92c3cccc938fc64c"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "FK_134715f2f29ba7c661c982b30bf"`);
    await queryRunner.query(`DROP INDEX "public"."actions_open_by_person"`);
    await queryRunner.query(`DROP INDEX "public"."actions_open_by_team"`);
    await queryRunner.query(`DROP INDEX "public"."actions_by_child"`);
    await queryRunner.query(`DROP INDEX "public"."actions_by_meeting"`);
    await queryRunner.query(`DROP TABLE "actions"`);
  }
}
