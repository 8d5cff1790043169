import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KnowDevicesThatSignedInBefore1796603046698 implements MigrationInterface {
  name = 'KnowDevicesThatSignedInBefore1796603046698';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "known_devices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_signed_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f1337dfd94ae70a64a4c50e52ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_26eb449cab9d34323a3f66f1d4" ON "known_devices"  ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9a86826243304385e7b1185bfe" ON "known_devices"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "sign_in_attempts" ADD "known_device_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_f0fb66ccbdec4a2f026c6cd721" ON "sign_in_attempts"  ("known_device_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "known_devices" ADD CONSTRAINT "FK_9a86826243304385e7b1185bfe7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "known_devices" DROP CONSTRAINT "FK_9a86826243304385e7b1185bfe7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0fb66ccbdec4a2f026c6cd721"`);
    await queryRunner.query(`ALTER TABLE "sign_in_attempts" DROP COLUMN "known_device_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9a86826243304385e7b1185bfe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26eb449cab9d34323a3f66f1d4"`);
    await queryRunner.query(`DROP TABLE "known_devices"`);
  }
}
