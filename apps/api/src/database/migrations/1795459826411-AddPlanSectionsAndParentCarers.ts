import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPlanSectionsAndParentCarers1795459826411 implements MigrationInterface {
  name = 'AddPlanSectionsAndParentCarers1795459826411';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "parent_carers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "name" text NOT NULL, "relationship" text NOT NULL, CONSTRAINT "parent_carers_relationship" CHECK (length(btrim(relationship)) BETWEEN 1 AND 60), CONSTRAINT "parent_carers_name" CHECK (length(btrim(name)) BETWEEN 1 AND 200), CONSTRAINT "PK_d82758b56c8d6a624ced6697740" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6563850e5486fab7c53a62fa30" ON "parent_carers"  ("child_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_sections" ("request_id" uuid NOT NULL, "section" text NOT NULL, "text" text NOT NULL, CONSTRAINT "plan_sections_text" CHECK (length(btrim(text)) BETWEEN 1 AND 20000), CONSTRAINT "plan_sections_section" CHECK (section IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h1', 'h2', 'i', 'j', 'k')), CONSTRAINT "PK_231b288cd5141410a697e74cfb3" PRIMARY KEY ("request_id", "section"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "parent_carers" ADD CONSTRAINT "FK_6563850e5486fab7c53a62fa30b" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_sections" ADD CONSTRAINT "FK_d8114de221b229d2ccd7e88c175" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_sections" DROP CONSTRAINT "FK_d8114de221b229d2ccd7e88c175"`);
    await queryRunner.query(`ALTER TABLE "parent_carers" DROP CONSTRAINT "FK_6563850e5486fab7c53a62fa30b"`);
    await queryRunner.query(`DROP TABLE "plan_sections"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6563850e5486fab7c53a62fa30"`);
    await queryRunner.query(`DROP TABLE "parent_carers"`);
  }
}
