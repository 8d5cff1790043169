import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSen2ReturnDetailsAndPlacements1796652174232 implements MigrationInterface {
  name = 'AddSen2ReturnDetailsAndPlacements1796652174232';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "urn" text, "ukprn" text, "sen_setting" text, "sen_setting_other" text, "establishment_name" text, "placement_rank" smallint NOT NULL, "entry_date" date NOT NULL, "leaving_date" date, "sen_unit" boolean NOT NULL DEFAULT false, "resourced_provision" boolean NOT NULL DEFAULT false, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placements_dates" CHECK (leaving_date IS NULL OR leaving_date >= entry_date), CONSTRAINT "placements_rank" CHECK (placement_rank IN (1, 2)), CONSTRAINT "placements_sen_setting" CHECK (sen_setting IS NULL OR sen_setting IN ('OLA', 'EHE', 'EYP', 'OPA', 'OTH', 'NEET', 'NIEC', 'NIEO')), CONSTRAINT "placements_ukprn" CHECK (ukprn IS NULL OR ukprn ~ '^1[0-9]{7}$'), CONSTRAINT "placements_urn" CHECK (urn IS NULL OR urn ~ '^[0-9]{6}$'), CONSTRAINT "placements_establishment" CHECK (urn IS NOT NULL OR ukprn IS NOT NULL OR sen_setting IS NOT NULL OR establishment_name IS NOT NULL), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_351a5ac64283b57ffb39841e57" ON "placements"  ("child_id") `);
    await queryRunner.query(`ALTER TABLE "children" ADD "upn" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "uln" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "upn_unknown" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "sex" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "ethnicity" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "postcode" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "sen_type" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "second_sen_type" text`);
    await queryRunner.query(`ALTER TABLE "ehc_requests" ADD "plan_ceased_on" date`);
    await queryRunner.query(`ALTER TABLE "ehc_requests" ADD "plan_cease_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "children_second_sen_type" CHECK (second_sen_type IS NULL OR (sen_type IS NOT NULL AND second_sen_type <> sen_type AND second_sen_type IN ('SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH')))`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "children_sen_type" CHECK (sen_type IS NULL OR sen_type IN ('SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "children_upn_or_reason" CHECK (upn IS NULL OR upn_unknown IS NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "children_upn_unknown" CHECK (upn_unknown IS NULL OR upn_unknown IN ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7', 'UN8', 'UN9', 'UN10'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "children_ethnicity" CHECK (ethnicity IS NULL OR ethnicity IN ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "children_sex" CHECK (sex IS NULL OR sex IN ('M', 'F', 'U'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "ehc_requests" ADD CONSTRAINT "ehc_requests_plan_ceased" CHECK ((plan_ceased_on IS NULL AND plan_cease_reason IS NULL) OR (plan_ceased_on IS NOT NULL AND final_issued_on IS NOT NULL AND plan_ceased_on >= final_issued_on AND plan_cease_reason IN ('1', '2', '3', '4', '5', '6', '7', '8', '9')))`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "FK_351a5ac64283b57ffb39841e57f" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "FK_a1ebac9ea2ecf0c92567e9071d1" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_a1ebac9ea2ecf0c92567e9071d1"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_351a5ac64283b57ffb39841e57f"`);
    await queryRunner.query(`ALTER TABLE "ehc_requests" DROP CONSTRAINT "ehc_requests_plan_ceased"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "children_sex"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "children_ethnicity"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "children_upn_unknown"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "children_upn_or_reason"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "children_sen_type"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "children_second_sen_type"`);
    await queryRunner.query(`ALTER TABLE "ehc_requests" DROP COLUMN "plan_cease_reason"`);
    await queryRunner.query(`ALTER TABLE "ehc_requests" DROP COLUMN "plan_ceased_on"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "second_sen_type"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "sen_type"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "postcode"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "ethnicity"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "sex"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "upn_unknown"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "uln"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "upn"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_351a5ac64283b57ffb39841e57"`);
    await queryRunner.query(`DROP TABLE "placements"`);
  }
}
