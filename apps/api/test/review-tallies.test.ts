import {
  addDays,
  addMonths,
  annualReviewDueOn,
  monthsEnding,
  REVIEW_STANDINGS,
  reviewStanding,
  tallyReviewsByMonth,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnualReviewsRepository, type ReviewCycleFilter } from '../src/reviews/annual-reviews.repository.js';
import { aCase } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const reviewTalliesByMonth = (db: DataSource, filter: { dueFrom: string; dueUntil: string; today: string }) =>
  new AnnualReviewsRepository(db.manager).talliesByMonth(filter);
const reviewCycles = (db: DataSource, filter: ReviewCycleFilter) =>
  new AnnualReviewsRepository(db.manager).cycles(filter);

/*
 * The dashboard's annual-review figures are counted by the database (reviewTalliesByMonth), the lists behind them
 * by the libs' rule over every review (reviewCycles + tallyReviewsByMonth). The rule is written twice, so this
 * holds the two to each other over plans whose reviews land on every edge: held on the due day and the day after,
 * due on the day counted for and the day before, a plan issued on 29 February, plans ceased at a review, a year
 * recorded but not yet held, and years nobody has recorded.
 */
const TODAY = '2026-03-15';

/** A small seeded generator, so a failure names the same plans every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('annual reviews counted by the database, as the libs count them', () => {
  let test: TestApp;
  let dataSource: DataSource;

  /** A plan issued on `issuedOn`, then its reviews year by year as `nextMeeting` says, until it says stop. */
  async function aPlan(
    issuedOn: string,
    nextMeeting: (
      dueOn: string,
      year: number,
    ) => { meetingOn: string | null; outcome?: 'maintain' | 'amend' | 'cease' } | 'stop',
  ) {
    const c = await aCase(dataSource, { receivedOn: addDays(issuedOn, -140) });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = $2 WHERE id = $1`,
      [c.requestId, issuedOn],
    );
    let countsFrom = issuedOn;
    for (let year = 0; year < 6; year++) {
      const dueOn = annualReviewDueOn(countsFrom);
      const next = nextMeeting(dueOn, year);
      if (next === 'stop') return;
      const outcome = next.meetingOn ? (next.outcome ?? null) : null;
      await dataSource.query(
        `INSERT INTO annual_reviews (child_id, request_id, counts_from, due_on, review_meeting_on, decision_on, decision_outcome) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [c.childId, c.requestId, countsFrom, dueOn, next.meetingOn, outcome ? next.meetingOn : null, outcome],
      );
      if (!next.meetingOn || outcome === 'cease') return;
      countsFrom = next.meetingOn;
    }
  }

  const held = (meetingOn: string, outcome?: 'maintain' | 'amend' | 'cease') => ({ meetingOn, outcome });

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);

    // The edges, by hand.
    // Each due the day before the anniversary of its plan (s44(1)).
    await aPlan('2025-03-16', () => 'stop'); // due today, nothing recorded: not yet due
    await aPlan('2025-03-15', () => 'stop'); // due yesterday (its anniversary is today), nothing recorded: overdue
    await aPlan('2025-03-17', () => ({ meetingOn: null })); // due tomorrow, recorded but not held: not yet due
    await aPlan('2025-03-14', () => ({ meetingOn: null })); // due two days ago, recorded but not held: overdue
    await aPlan('2024-02-29', (due, year) => (year === 0 ? held(due) : 'stop')); // due 28 Feb 2025, held that day; the next year running from it
    await aPlan('2024-01-10', (due, year) => (year === 0 ? held(addDays(due, 1)) : 'stop')); // held the day after: late
    await aPlan('2024-01-20', (due, year) => (year === 0 ? held(due, 'cease') : 'stop')); // ceased: no review running after it
    await aPlan('2024-02-01', (due, year) => (year === 0 ? held(addDays(due, -20), 'amend') : 'stop')); // held early; the next due 20 days before a year on
  });
  afterAll(async () => {
    await test?.close();
  });

  it('counts the edges as the rule does: due today or recorded but not yet held is not yet due, due yesterday is overdue', async () => {
    const [march] = await reviewTalliesByMonth(dataSource, {
      dueFrom: '2026-03-13',
      dueUntil: '2026-03-16',
      today: TODAY,
    });
    expect(march).toEqual({ month: '2026-03', due: 4, heldOnTime: 0, heldLate: 0, overdue: 2, notYetDue: 2 });
    const february = (
      await reviewTalliesByMonth(dataSource, { dueFrom: '2025-02-28', dueUntil: '2025-02-28', today: TODAY })
    )[0];
    expect(february).toMatchObject({ due: 1, heldOnTime: 1 });
  });

  describe('with 150 plans of every kind besides', () => {
    beforeAll(async () => {
      // Their meetings scattered around their due days.
      const random = seeded(20_260_315);
      for (let n = 0; n < 150; n++) {
        const issuedOn = addDays('2021-01-01', Math.floor(random() * 1_900));
        await aPlan(issuedOn, (dueOn) => {
          const roll = random();
          if (roll < 0.15) return 'stop';
          if (roll < 0.25) return { meetingOn: null };
          const meetingOn = addDays(dueOn, Math.floor(random() * 50) - 35);
          if (meetingOn > TODAY) return 'stop';
          return held(meetingOn, random() < 0.1 ? 'cease' : random() < 0.5 ? 'amend' : 'maintain');
        });
      }
    });

    it('gives the same counts for every month, over every review due from 2022 to the month after today', async () => {
      const filter = { dueFrom: '2022-01-01', dueUntil: '2026-04-30' };
      const byDatabase = await reviewTalliesByMonth(dataSource, { ...filter, today: TODAY });
      const byRule = tallyReviewsByMonth(await reviewCycles(dataSource, filter), TODAY);
      expect(byDatabase).toEqual(byRule);
      // The data reach every standing, so the comparison is not of zeros.
      const total = (key: 'due' | 'heldOnTime' | 'heldLate' | 'overdue' | 'notYetDue') =>
        byRule.reduce((n, t) => n + t[key], 0);
      expect(total('due')).toBeGreaterThan(200);
      for (const key of ['heldOnTime', 'heldLate', 'overdue', 'notYetDue'] as const)
        expect(total(key)).toBeGreaterThan(0);
    });

    it('lists, for each standing, exactly the reviews the counts give, each standing that way by the rule', async () => {
      const filter = { dueFrom: '2022-01-01', dueUntil: '2026-04-30' };
      const tallies = await reviewTalliesByMonth(dataSource, { ...filter, today: TODAY });
      const key = {
        held_on_time: 'heldOnTime',
        held_late: 'heldLate',
        overdue: 'overdue',
        not_yet_due: 'notYetDue',
      } as const;
      for (const standing of REVIEW_STANDINGS) {
        const listed = await reviewCycles(dataSource, {
          ...filter,
          standing: { is: standing, today: TODAY },
        });
        expect(listed.length).toBe(tallies.reduce((n, t) => n + t[key[standing]], 0));
        expect(listed.every((review) => reviewStanding(review, TODAY) === standing)).toBe(true);
      }
    });

    it('gives the same counts for a window that starts and ends mid-month', async () => {
      for (const month of monthsEnding('2026-03', 4)) {
        const filter = { dueFrom: `${month}-10`, dueUntil: addDays(addMonths(`${month}-10`, 1), -3) };
        expect(await reviewTalliesByMonth(dataSource, { ...filter, today: TODAY })).toEqual(
          tallyReviewsByMonth(await reviewCycles(dataSource, filter), TODAY),
        );
      }
    });
  });
});
