import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetingGroups1795446995290 implements MigrationInterface {
  name = 'AddMeetingGroups1795446995290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_55852873a69b171a59b7cb71ded" UNIQUE ("name"), CONSTRAINT "meeting_groups_kind" CHECK (kind IN ('dmg', 'dmg_children_in_care', 'dmg_vulnerable', 'health_gateway', 'quality')), CONSTRAINT "PK_5066dff026ebbca5ad6bdd616b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_group_members" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "meeting_group_members_role" CHECK (role IN ('chair', 'member', 'presenter', 'observer')), CONSTRAINT "PK_9395d7080163ac40b2ec001564f" PRIMARY KEY ("group_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_group_members" ADD CONSTRAINT "FK_a99bfbf634e33f52a6492dacc3a" FOREIGN KEY ("group_id") REFERENCES "meeting_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_group_members" ADD CONSTRAINT "FK_80cee1ba80405a6af915f6b2f27" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting_group_members" DROP CONSTRAINT "FK_80cee1ba80405a6af915f6b2f27"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_group_members" DROP CONSTRAINT "FK_a99bfbf634e33f52a6492dacc3a"`,
    );
    await queryRunner.query(`DROP TABLE "meeting_group_members"`);
    await queryRunner.query(`DROP TABLE "meeting_groups"`);
  }
}
