import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A locality or an agency still in use is retired rather than deleted: no longer offered for new cases or new
 * users. A locality names the Family Link Officers who work in it.
 */
export class RetireLocalitiesAndAgencies1796626091165 implements MigrationInterface {
  name = 'RetireLocalitiesAndAgencies1796626091165';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "locality_family_link_officers" ("locality_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_2252a1254e29ee00b926c046374" PRIMARY KEY ("locality_id", "user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "agencies" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "localities" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "locality_family_link_officers" ADD CONSTRAINT "FK_d4683c11190fb8fb2fa68d370aa" FOREIGN KEY ("locality_id") REFERENCES "localities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "locality_family_link_officers" ADD CONSTRAINT "FK_7b2dd69def0b771a2682c1bb6ba" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "locality_family_link_officers" DROP CONSTRAINT "FK_7b2dd69def0b771a2682c1bb6ba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "locality_family_link_officers" DROP CONSTRAINT "FK_d4683c11190fb8fb2fa68d370aa"`,
    );
    await queryRunner.query(`ALTER TABLE "localities" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "agencies" DROP COLUMN "retired_at"`);
    await queryRunner.query(`DROP TABLE "locality_family_link_officers"`);
  }
}
