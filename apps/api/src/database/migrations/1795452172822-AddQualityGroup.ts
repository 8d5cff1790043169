import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddQualityGroup1795452172822 implements MigrationInterface {
  name = 'AddQualityGroup1795452172822';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dip_samples" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tier" text NOT NULL, "meeting_id" uuid, "theme" text, "seed" bigint NOT NULL, "size" integer NOT NULL, "by_locality" jsonb NOT NULL, "drawn_by" uuid NOT NULL, "drawn_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "dip_samples_tier" CHECK (tier IN ('multiagency', 'senior')), CONSTRAINT "PK_c9c068bb1a279c84b1ca758f20d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8eec287d72514bbd9e8ada19e5" ON "dip_samples"  ("meeting_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dip_sample_plans" ("sample_id" uuid NOT NULL, "request_id" uuid NOT NULL, CONSTRAINT "PK_e4b765e35a882d4a34ddd1758c1" PRIMARY KEY ("sample_id", "request_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_51c86d56cda2b85287467a4d92" ON "dip_sample_plans"  ("request_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_scores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "met_criteria" uuid array NOT NULL, "computed_grade" text NOT NULL, "grade" text NOT NULL, "override_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_scores_override_has_reason" CHECK (grade = computed_grade OR override_reason IS NOT NULL), CONSTRAINT "plan_scores_computed_grade" CHECK (computed_grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')), CONSTRAINT "plan_scores_grade" CHECK (grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')), CONSTRAINT "PK_0acfef842d05df9d3ada20069e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9d83fad17700c3498bdd186391" ON "plan_scores"  ("agenda_item_id", "reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "quality_criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "section" text NOT NULL, "text" text NOT NULL, "weight" integer NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quality_criteria_weight" CHECK (weight BETWEEN 1 AND 10), CONSTRAINT "PK_1fc4c4aa6b86862bcd7eed94b73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e4e63cd5e6e0854ecca7db3491" ON "quality_criteria"  ("position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_samples" ADD CONSTRAINT "FK_8eec287d72514bbd9e8ada19e5b" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_samples" ADD CONSTRAINT "FK_ed385067ac045d94f34787b4875" FOREIGN KEY ("drawn_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" ADD CONSTRAINT "FK_1679fc4c01bff9fd73ecebd6efd" FOREIGN KEY ("sample_id") REFERENCES "dip_samples"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" ADD CONSTRAINT "FK_51c86d56cda2b85287467a4d92c" FOREIGN KEY ("request_id") REFERENCES "ehc_requests"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ADD CONSTRAINT "FK_65278808700d3e8f33ca2584f74" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_scores" ADD CONSTRAINT "FK_20cfaa3cd84426ea5d2a7058022" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // The council's quality framework, seeded from its QA framework; administrators edit it.
    const framework: [string, [string, number][]][] = [
      [
        'Statutory requirements',
        [
          ['Every statutory section (A to K) is present and completed', 3],
          ['Special educational needs in section B are matched by provision in section F', 3],
          ['Provision in section F is specified and quantified (who, what, how often)', 3],
        ],
      ],
      [
        'Outcomes',
        [
          ['Outcomes are SMART: specific, measurable, achievable, relevant and time-bound', 3],
          ['Outcomes look towards preparation for adulthood', 1],
        ],
      ],
      [
        'The child and family',
        [
          ["The child's or young person's voice is captured in their own words", 2],
          ["The family's views, interests and aspirations are captured", 2],
          ['The plan was co-produced with the family and the setting', 2],
        ],
      ],
      [
        'Multi-agency advice',
        [
          'Health advice is reflected in sections C and G',
          'Social care advice is reflected in sections D and H',
        ].map((text): [string, number] => [text, 2]),
      ],
      [
        'Accessibility and the Code of Practice',
        [
          ['The plan is written in plain, accessible language, free of jargon', 1],
          ['The plan follows the principles of the SEND Code of Practice (chapter 9)', 1],
        ],
      ],
    ];
    let position = 0;
    for (const [section, criteria] of framework) {
      for (const [text, weight] of criteria) {
        position += 1;
        await queryRunner.query(
          `INSERT INTO "quality_criteria" ("section", "text", "weight", "position") VALUES ($1, $2, $3, $4)`,
          [section, text, weight, position],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_scores" DROP CONSTRAINT "FK_20cfaa3cd84426ea5d2a7058022"`);
    await queryRunner.query(`ALTER TABLE "plan_scores" DROP CONSTRAINT "FK_65278808700d3e8f33ca2584f74"`);
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" DROP CONSTRAINT "FK_51c86d56cda2b85287467a4d92c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "dip_sample_plans" DROP CONSTRAINT "FK_1679fc4c01bff9fd73ecebd6efd"`,
    );
    await queryRunner.query(`ALTER TABLE "dip_samples" DROP CONSTRAINT "FK_ed385067ac045d94f34787b4875"`);
    await queryRunner.query(`ALTER TABLE "dip_samples" DROP CONSTRAINT "FK_8eec287d72514bbd9e8ada19e5b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4e63cd5e6e0854ecca7db3491"`);
    await queryRunner.query(`DROP TABLE "quality_criteria"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d83fad17700c3498bdd186391"`);
    await queryRunner.query(`DROP TABLE "plan_scores"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51c86d56cda2b85287467a4d92"`);
    await queryRunner.query(`DROP TABLE "dip_sample_plans"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8eec287d72514bbd9e8ada19e5"`);
    await queryRunner.query(`DROP TABLE "dip_samples"`);
  }
}
