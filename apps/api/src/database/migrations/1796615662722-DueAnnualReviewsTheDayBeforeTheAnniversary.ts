import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * s44(1): a plan is reviewed within the 12 months starting with the day it was made or last reviewed, so the review
 * is due on the day before the anniversary (on 28 February when the year counts from 29 February). Reviews recorded
 * with the anniversary as their due day are brought forward a day.
 */
export class DueAnnualReviewsTheDayBeforeTheAnniversary1796615662722 implements MigrationInterface {
  name = 'DueAnnualReviewsTheDayBeforeTheAnniversary1796615662722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_reviews" DROP CONSTRAINT "annual_reviews_due"`);
    await queryRunner.query(
      `UPDATE "annual_reviews" SET "due_on" = ((counts_from + interval '12 months')::date - CASE WHEN extract(day FROM counts_from + interval '12 months') = extract(day FROM counts_from) THEN 1 ELSE 0 END)`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_reviews" ADD CONSTRAINT "annual_reviews_due" CHECK (due_on = ((counts_from + interval '12 months')::date - CASE WHEN extract(day FROM counts_from + interval '12 months') = extract(day FROM counts_from) THEN 1 ELSE 0 END))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_reviews" DROP CONSTRAINT "annual_reviews_due"`);
    await queryRunner.query(
      `UPDATE "annual_reviews" SET "due_on" = (counts_from + interval '12 months')::date`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_reviews" ADD CONSTRAINT "annual_reviews_due" CHECK (due_on = (counts_from + interval '12 months')::date)`,
    );
  }
}
