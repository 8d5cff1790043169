import {
  annualReviewDueOn,
  monthsEnding,
  phaseTransferDeadline,
  reviewStanding,
  reviewTimelinessFromTallies,
  tallyReviewsByMonth,
} from '@convene/domain';
import { describe, expect, it } from 'vitest';
import { generateDemoCouncil } from './demo-council.js';

const TODAY = '2026-11-23';
const council = generateDemoCouncil(TODAY);
const allChildren = [...council.children, ...council.earlierPlans.children];
const lastYear = council.annualReviews.filter((r) => r.dueOn >= '2025-12-01' && r.dueOn < TODAY);

describe("the demo council's annual reviews and phase transfers", () => {
  it('is drawn again exactly from the same seed and day', () => {
    const again = generateDemoCouncil(TODAY);
    expect(again.annualReviews).toEqual(council.annualReviews);
    expect(again.phaseTransfers).toEqual(council.phaseTransfers);
  });

  it('has plans issued in earlier years, their children with references of their own', () => {
    expect(
      council.earlierPlans.requests.every((r) => r.stage === 'final_issued' && r.receivedOn < '2025-11-01'),
    ).toBe(true);
    expect(council.earlierPlans.requests.length).toBeGreaterThan(400);
    expect(new Set(allChildren.map((c) => c.caseReference)).size).toBe(allChildren.length);
  });

  it('reviews plans through the last 12 months: most on time, some late, some not held and overdue', () => {
    const standings = lastYear.map((r) => reviewStanding(r, TODAY));
    const share = (s: string) => standings.filter((x) => x === s).length / standings.length;
    expect(lastYear.length).toBeGreaterThan(300);
    expect(share('held_on_time')).toBeGreaterThan(0.6);
    expect(share('held_late')).toBeGreaterThan(0.05);
    expect(share('overdue')).toBeGreaterThan(0.01);
    // Every month of the year has reviews due.
    const months = reviewTimelinessFromTallies(
      tallyReviewsByMonth(lastYear, TODAY),
      monthsEnding('2026-10', 11),
    );
    expect(months.every((m) => m.due > 10)).toBe(true);
  });

  it('keeps each review to the rules the database checks', () => {
    const openByPlan = new Map<string, number>();
    for (const r of council.annualReviews) {
      expect(r.dueOn).toBe(annualReviewDueOn(r.countsFrom));
      if (r.reviewMeetingOn) expect(r.reviewMeetingOn > r.countsFrom && r.reviewMeetingOn < TODAY).toBe(true);
      else openByPlan.set(r.requestId, (openByPlan.get(r.requestId) ?? 0) + 1);
      if (r.decisionOn)
        expect(r.decisionOn >= r.reviewMeetingOn! && r.decisionOn < TODAY && r.decisionOutcome !== null).toBe(
          true,
        );
      if (r.amendedPlanIssuedOn)
        expect(r.decisionOutcome === 'amend' && r.amendedPlanIssuedOn >= r.decisionOn!).toBe(true);
    }
    expect([...openByPlan.values()].every((n) => n === 1)).toBe(true);
    expect(council.annualReviews.some((r) => r.amendedPlanIssuedOn)).toBe(true);
  });

  it('moves Year 6 to secondary by 15 February and Year 11 to post-16 by 31 March of the coming year, some already amended', () => {
    const yearGroup = new Map(allChildren.map((c) => [c.id, c.yearGroup]));
    const coming = council.phaseTransfers.filter((t) => t.transferYear === 2027);
    expect(coming.length).toBeGreaterThan(40);
    for (const t of council.phaseTransfers) {
      const moved = t.transferYear === 2026 ? 1 : 0;
      expect(t.kind).toBe(
        yearGroup.get(t.childId) === 6 + moved ? 'primary_to_secondary' : 'secondary_to_post16',
      );
      expect(yearGroup.get(t.childId)).toBe((t.kind === 'primary_to_secondary' ? 6 : 11) + moved);
      expect(t.deadline).toBe(phaseTransferDeadline(t.kind, t.transferYear));
      if (t.amendedPlanIssuedOn) expect(t.amendedPlanIssuedOn < TODAY && t.settingName).toBeTruthy();
    }
    const amended = coming.filter((t) => t.amendedPlanIssuedOn).length;
    expect(amended).toBeGreaterThan(0);
    expect(amended).toBeLessThan(coming.length);
  });

  it("has last year's transfers, their deadlines past: most amended by them, some late", () => {
    const last = council.phaseTransfers.filter((t) => t.transferYear === 2026);
    expect(last.length).toBeGreaterThan(20);
    const byDeadline = last.filter(
      (t) => t.amendedPlanIssuedOn && t.amendedPlanIssuedOn <= t.deadline,
    ).length;
    const late = last.filter((t) => t.amendedPlanIssuedOn && t.amendedPlanIssuedOn > t.deadline).length;
    expect(byDeadline / last.length).toBeGreaterThan(0.5);
    expect(late).toBeGreaterThan(0);
  });
});
