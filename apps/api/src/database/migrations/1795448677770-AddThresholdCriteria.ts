import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddThresholdCriteria1795448677770 implements MigrationInterface {
  name = 'AddThresholdCriteria1795448677770';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "threshold_criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_kind" text NOT NULL, "text" text NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "threshold_criteria_item_kind" CHECK (item_kind IN ('decision_to_assess', 'decision_to_issue', 'placement_change', 'funding', 'personal_budget', 'advice_triage', 'health_funding', 'dip_sample', 'advice_audit', 'joint_funding')), CONSTRAINT "PK_f1a5d2143a5b3705ba6507674eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e50bd15a90f26aa4b492726842" ON "threshold_criteria"  ("item_kind", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "criterion_marks" ("agenda_item_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "met" boolean NOT NULL, "marked_by" uuid NOT NULL, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_43d4b2808b404516176c308cdf3" PRIMARY KEY ("agenda_item_id", "criterion_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_marks" ADD CONSTRAINT "FK_fde84e79a6873326a6ef84f110c" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criterion_marks" ADD CONSTRAINT "FK_1c0470bf5f198fbdb4b87d5abeb" FOREIGN KEY ("criterion_id") REFERENCES "threshold_criteria"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    // The council's published criteria, in the style it gives schools; administrators edit them from here.
    const criteria: [string, string[]][] = [
      [
        'decision_to_assess',
        [
          'The child has or may have special educational needs',
          'Evidence of at least two cycles of Assess, Plan, Do, Review at SEN support, with outcomes reviewed',
          'Advice from relevant professionals (for example an educational psychologist or speech and language therapist) has been sought and followed',
          'Despite relevant and purposeful action, progress is limited against expected outcomes',
          'Provision may need to go beyond what the setting can ordinarily make available',
          "The child's and the family's views are included in the request",
        ],
      ],
      [
        'decision_to_issue',
        [
          'The assessment confirms special educational needs',
          'The special educational provision needed cannot reasonably be provided from resources ordinarily available to the setting',
          'Advice from education, health and social care has been received and considered',
          'Outcomes can be written that are specific, measurable and achievable with the provision described',
        ],
      ],
      [
        'placement_change',
        [
          'The current placement cannot meet the needs set out in the plan, with reasonable adjustments',
          'The proposed setting can meet those needs and is an efficient use of resources',
          "The family's preference has been considered",
        ],
      ],
      [
        'funding',
        [
          'The provision is specified and quantified in the plan',
          'The cost is beyond the notional SEN budget the setting is expected to use',
          'The funding band matches the level of need described in the evidence',
        ],
      ],
      [
        'personal_budget',
        [
          'The family has asked for a personal budget for provision in the plan',
          'The provision can be delivered through a personal budget without harming other children in the setting',
          'The arrangements are an efficient use of resources',
        ],
      ],
    ];
    for (const [kind, texts] of criteria) {
      for (const [index, text] of texts.entries()) {
        await queryRunner.query(
          `INSERT INTO "threshold_criteria" ("item_kind", "text", "position") VALUES ($1, $2, $3)`,
          [kind, text, index + 1],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "criterion_marks" DROP CONSTRAINT "FK_1c0470bf5f198fbdb4b87d5abeb"`);
    await queryRunner.query(`ALTER TABLE "criterion_marks" DROP CONSTRAINT "FK_fde84e79a6873326a6ef84f110c"`);
    await queryRunner.query(`DROP TABLE "criterion_marks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e50bd15a90f26aa4b492726842"`);
    await queryRunner.query(`DROP TABLE "threshold_criteria"`);
  }
}
