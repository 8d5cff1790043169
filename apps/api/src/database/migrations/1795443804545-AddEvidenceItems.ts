import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEvidenceItems1795443804545 implements MigrationInterface {
  name = 'AddEvidenceItems1795443804545';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evidence_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "request_id" uuid, "kind" text NOT NULL, "title" text NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evidence_items_size" CHECK (size_bytes > 0), CONSTRAINT "evidence_items_kind" CHECK (kind IN ('sen_support_plan', 'apdr_cycle', 'ep_advice', 'health_advice', 'social_care_advice', 'parent_views', 'child_views', 'school_report', 'other')), CONSTRAINT "PK_5c67144bedcbdc385c0716d8e50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ddfdf97ab1db42b0e37d74a04f" ON "evidence_items"  ("child_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "FK_ddfdf97ab1db42b0e37d74a04f1" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "FK_7053233c36bee714af6c2ba9eb6" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_items" ADD CONSTRAINT "FK_62385be4fcd5ea33ecd2d3ecfd6" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_items" DROP CONSTRAINT "FK_62385be4fcd5ea33ecd2d3ecfd6"`);
    await queryRunner.query(`ALTER TABLE "evidence_items" DROP CONSTRAINT "FK_7053233c36bee714af6c2ba9eb6"`);
    await queryRunner.query(`ALTER TABLE "evidence_items" DROP CONSTRAINT "FK_ddfdf97ab1db42b0e37d74a04f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddfdf97ab1db42b0e37d74a04f"`);
    await queryRunner.query(`DROP TABLE "evidence_items"`);
  }
}
