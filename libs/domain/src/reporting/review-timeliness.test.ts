import { describe, expect, it } from 'vitest';
import {
  phaseTransferFiguresFromTallies,
  reviewStanding,
  reviewTimelinessFromTallies,
  tallyReviewsByMonth,
  tallyTransfersByDeadline,
  transferStanding,
  type PhaseTransferDeadlineFigures,
} from './review-timeliness.js';

const review = (dueOn: string, reviewMeetingOn: string | null = null) => ({ dueOn, reviewMeetingOn });
/** The months' figures from the reviews themselves, as the dashboard builds them from the database's tallies. */
const annualReviewTimeliness = (reviews: ReturnType<typeof review>[], months: string[], today: string) =>
  reviewTimelinessFromTallies(tallyReviewsByMonth(reviews, today), months);
const phaseTransferFigures = (
  transfers: Parameters<typeof tallyTransfersByDeadline>[0],
  today: string,
): PhaseTransferDeadlineFigures[] =>
  phaseTransferFiguresFromTallies(tallyTransfersByDeadline(transfers, today));

describe('annual reviews held on time', () => {
  it('a meeting on the due day is on time; the day after is late', () => {
    expect(reviewStanding(review('2026-03-10', '2026-03-10'), '2026-11-23')).toBe('held_on_time');
    expect(reviewStanding(review('2026-03-10', '2026-03-11'), '2026-11-23')).toBe('held_late');
  });

  it('a review not held is not yet due on its due day, and overdue the day after', () => {
    expect(reviewStanding(review('2026-11-23'), '2026-11-23')).toBe('not_yet_due');
    expect(reviewStanding(review('2026-11-23'), '2026-11-24')).toBe('overdue');
  });

  it('counts each month and the 12 months to its end: 5 due in March, 3 held by their due day, is 60.0%', () => {
    const reviews = [
      review('2025-04-14', '2025-04-20'), // April 2025, late: in March 2026's year, not in April 2026's
      review('2026-03-10', '2026-03-10'), // on the due day: on time
      review('2026-03-20', '2026-03-21'), // the day after: late
      review('2026-03-05', '2026-02-20'), // early: on time
      review('2026-03-31', '2026-03-31'), // on time
      review('2026-03-15'), // not held: overdue
      review('2026-04-02', '2026-04-01'), // April, on time
    ];
    const [march, april] = annualReviewTimeliness(reviews, ['2026-03', '2026-04'], '2026-11-23');
    expect(march).toEqual({
      month: '2026-03',
      due: 5,
      heldOnTime: 3,
      heldLate: 1,
      overdue: 1,
      notYetDue: 0,
      percentOnTime: 60,
      // April 2025 to March 2026: the 5, and April 2025's late one.
      rolling: { due: 6, heldOnTime: 3, heldLate: 2, overdue: 1, notYetDue: 0, percentOnTime: 50 },
    });
    // May 2025 to April 2026: March's 5 and April's 1; April 2025 has left the year.
    expect(april).toMatchObject({
      due: 1,
      heldOnTime: 1,
      percentOnTime: 100,
      rolling: { due: 6, heldOnTime: 4, heldLate: 1, overdue: 1, percentOnTime: 66.7 },
    });
  });

  it('leaves reviews not yet due out of the percentage, and gives none when nothing has fallen due', () => {
    const reviews = [review('2026-11-10'), review('2026-11-30'), review('2026-11-20', '2026-11-18')];
    const [november] = annualReviewTimeliness(reviews, ['2026-11'], '2026-11-23');
    expect(november).toMatchObject({ due: 3, heldOnTime: 1, overdue: 1, notYetDue: 1, percentOnTime: 50 });
    expect(annualReviewTimeliness([review('2026-11-30')], ['2026-11'], '2026-11-23')[0]).toMatchObject({
      due: 1,
      notYetDue: 1,
      percentOnTime: null,
    });
    expect(annualReviewTimeliness([], ['2026-10'], '2026-11-23')[0]).toMatchObject({
      due: 0,
      percentOnTime: null,
      rolling: { due: 0, percentOnTime: null },
    });
  });
});

describe('annual reviews counted month by month', () => {
  it('tallies each month that has a review, in month order, each review once by its standing', () => {
    const reviews = [
      review('2026-03-20', '2026-03-21'),
      review('2026-01-05'),
      review('2026-03-10', '2026-03-10'),
      review('2026-11-30'),
    ];
    expect(tallyReviewsByMonth(reviews, '2026-11-23')).toEqual([
      { month: '2026-01', due: 1, heldOnTime: 0, heldLate: 0, overdue: 1, notYetDue: 0 },
      { month: '2026-03', due: 2, heldOnTime: 1, heldLate: 1, overdue: 0, notYetDue: 0 },
      { month: '2026-11', due: 1, heldOnTime: 0, heldLate: 0, overdue: 0, notYetDue: 1 },
    ]);
  });

  it('builds the months and their rolling years from tallies alone, a month without one counting as none', () => {
    const tallies = [
      { month: '2025-04', due: 2, heldOnTime: 1, heldLate: 1, overdue: 0, notYetDue: 0 },
      { month: '2026-03', due: 4, heldOnTime: 3, heldLate: 0, overdue: 1, notYetDue: 0 },
    ];
    const [march, april] = reviewTimelinessFromTallies(tallies, ['2026-03', '2026-04']);
    expect(march).toEqual({
      month: '2026-03',
      due: 4,
      heldOnTime: 3,
      heldLate: 0,
      overdue: 1,
      notYetDue: 0,
      percentOnTime: 75,
      rolling: { due: 6, heldOnTime: 4, heldLate: 1, overdue: 1, notYetDue: 0, percentOnTime: 66.7 },
    });
    expect(april).toEqual({
      month: '2026-04',
      due: 0,
      heldOnTime: 0,
      heldLate: 0,
      overdue: 0,
      notYetDue: 0,
      percentOnTime: null,
      rolling: { due: 4, heldOnTime: 3, heldLate: 0, overdue: 1, notYetDue: 0, percentOnTime: 75 },
    });
  });
});

describe('phase transfers done by their deadline', () => {
  it('an amendment on 15 February is by the deadline; on 16 February it is late', () => {
    expect(transferStanding('2027-02-15', '2027-02-15', '2027-03-01')).toBe('by_deadline');
    expect(transferStanding('2027-02-15', '2027-02-16', '2027-03-01')).toBe('late');
    expect(transferStanding('2027-02-15', null, '2027-02-15')).toBe('not_yet_due');
    expect(transferStanding('2027-02-15', null, '2027-02-16')).toBe('overdue');
  });

  it('groups the transfers by deadline: 15 February, and 31 March for post-16', () => {
    const figures = phaseTransferFigures(
      [
        { kind: 'primary_to_secondary', transferYear: 2027, amendedPlanIssuedOn: '2027-02-15' },
        { kind: 'primary_to_secondary', transferYear: 2027, amendedPlanIssuedOn: '2027-02-16' },
        { kind: 'infant_to_junior', transferYear: 2027, amendedPlanIssuedOn: null },
        { kind: 'secondary_to_post16', transferYear: 2027, amendedPlanIssuedOn: '2027-02-01' },
        { kind: 'secondary_to_post16', transferYear: 2027, amendedPlanIssuedOn: null },
      ],
      '2027-03-01',
    );
    expect(figures).toEqual([
      {
        transferYear: 2027,
        deadline: '2027-02-15',
        kinds: ['infant_to_junior', 'primary_to_secondary'],
        due: 3,
        byDeadline: 1,
        late: 1,
        outstanding: 1,
        overdue: 1,
        percentByDeadline: 33.3,
      },
      // The one still to be amended has a month left: it is outstanding, not counted against the deadline yet.
      {
        transferYear: 2027,
        deadline: '2027-03-31',
        kinds: ['secondary_to_post16'],
        due: 2,
        byDeadline: 1,
        late: 0,
        outstanding: 1,
        overdue: 0,
        percentByDeadline: 100,
      },
    ]);
  });
  it('gives the share by the deadline from counts alone, none while nothing is amended or overdue', () => {
    const tally = {
      transferYear: 2028,
      deadline: '2028-02-15',
      kinds: ['primary_to_secondary' as const],
      due: 2,
      byDeadline: 0,
      late: 0,
      outstanding: 2,
      overdue: 0,
    };
    expect(phaseTransferFiguresFromTallies([tally])[0]!.percentByDeadline).toBeNull();
    expect(
      phaseTransferFiguresFromTallies([{ ...tally, byDeadline: 3, late: 1, overdue: 1, due: 7 }])[0]!
        .percentByDeadline,
    ).toBe(60);
  });

  it('counts a move between post-16 institutions by its own deadline, five months before the move (reg 18(2))', () => {
    const [row] = tallyTransfersByDeadline(
      [
        {
          kind: 'post16_to_post16',
          transferYear: 2027,
          transfersOn: '2027-01-06',
          amendedPlanIssuedOn: '2026-08-06',
        },
        {
          kind: 'post16_to_post16',
          transferYear: 2027,
          transfersOn: '2027-01-06',
          amendedPlanIssuedOn: '2026-08-07',
        },
      ],
      '2026-11-23',
    );
    expect(row).toMatchObject({
      deadline: '2026-08-06',
      kinds: ['post16_to_post16'],
      byDeadline: 1,
      late: 1,
    });
  });
});
