import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `'admin', 'chair', 'panel_member', 'presenter', 'dco', 'health_team_rep', 'dsco', 'social_care_team_rep', 'principal_ep', 'ep_team_rep', 'qa_reviewer', 'parent_reviewer', 'observer'`;
const KINDS = `'send_service', 'ep_service', 'virtual_school', 'health', 'social_care', 'early_help', 'parent_carer_forum'`;

/**
 * Family accounts (issue #30): parents and carers with parental responsibility, and young people of 16 or over, sign
 * in to see their own child's case. They are users with the `family` role in the council's Families agency; each
 * child they may see is a family link; they sign in with one-time links sent to their address.
 */
export class AddFamilyAccounts1796670000000 implements MigrationInterface {
  name = 'AddFamilyAccounts1796670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.check(queryRunner, 'users', 'users_roles', `roles <@ ARRAY[${ROLES}, 'family']::text[]`);
    await this.check(queryRunner, 'agencies', 'agencies_kind', `kind IN (${KINDS}, 'families')`);
    await queryRunner.query(
      `INSERT INTO "agencies" (code, name, kind) VALUES ('families', 'Families', 'families') ON CONFLICT (code) DO NOTHING`,
    );
    await queryRunner.query(
      `CREATE TABLE "family_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "child_id" uuid NOT NULL, "kind" text NOT NULL, "relationship" text NOT NULL, "contact_restricted" boolean NOT NULL DEFAULT false, "added_by" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_by" uuid, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "family_links_kind" CHECK (kind IN ('parent_carer', 'young_person')), CONSTRAINT "family_links_relationship" CHECK (length(btrim(relationship)) BETWEEN 1 AND 60), CONSTRAINT "PK_family_links" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f04f3dab28649aec9176389afb" ON "family_links" ("child_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "family_links_live_once" ON "family_links" ("user_id", "child_id") WHERE removed_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_links" ADD CONSTRAINT "FK_08c1e7557b8516caf3fd0664a32" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_links" ADD CONSTRAINT "FK_f04f3dab28649aec9176389afb9" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_links" ADD CONSTRAINT "FK_4ba58c4399796d794b74c595142" FOREIGN KEY ("added_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_links" ADD CONSTRAINT "FK_67653d016b3183be60f4faf9766" FOREIGN KEY ("removed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "family_sign_in_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "browser_nonce_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_family_sign_in_links" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f4bf1b4484c6ce9d04b7fbb729" ON "family_sign_in_links" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5e3a0ebd74c0c65ffcbed09f40" ON "family_sign_in_links" ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "family_sign_in_links" ADD CONSTRAINT "FK_f4bf1b4484c6ce9d04b7fbb729b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "family_sign_in_links"`);
    await queryRunner.query(`DROP TABLE "family_links"`);
    await queryRunner.query(
      `DELETE FROM "sessions" WHERE user_id IN (SELECT id FROM "users" WHERE 'family' = ANY(roles))`,
    );
    await queryRunner.query(`DELETE FROM "users" WHERE 'family' = ANY(roles)`);
    await queryRunner.query(`DELETE FROM "agencies" WHERE kind = 'families'`);
    await this.check(queryRunner, 'agencies', 'agencies_kind', `kind IN (${KINDS})`);
    await this.check(queryRunner, 'users', 'users_roles', `roles <@ ARRAY[${ROLES}]::text[]`);
  }

  private async check(queryRunner: QueryRunner, table: string, name: string, condition: string) {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${condition})`);
  }
}
