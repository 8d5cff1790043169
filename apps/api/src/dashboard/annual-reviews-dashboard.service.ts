import { Injectable } from '@nestjs/common';
import type { AnnualReviewCase, AnnualReviewsReport, PhaseTransferCase } from '@convene/contracts';
import {
  addDays,
  addMonths,
  monthsEnding,
  phaseTransferFiguresFromTallies,
  reviewStanding,
  reviewTimelinessFromTallies,
  transferStanding,
  yearOf,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import { AnnualReviewsRepository } from '../reviews/annual-reviews.repository.js';
import { PhaseTransfersRepository } from '../reviews/phase-transfers.repository.js';
import type {
  AnnualReviewCasesQuery,
  AnnualReviewsQuery,
  PhaseTransferCasesQuery,
} from './annual-reviews-dashboard.dto.js';

const lastDayOf = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

/** Annual reviews held on time and phase transfers amended by their deadline, from the records. */
@Injectable()
export class AnnualReviewsDashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async report(query: AnnualReviewsQuery): Promise<AnnualReviewsReport> {
    const today = todayInEngland();
    const last = query.month ?? today.slice(0, 7);
    const months = monthsEnding(last, query.months ?? 12);
    // Reviews due from 11 months before the first month shown, so every rolling year is whole.
    const from = `${monthsEnding(months[0]!, 12)[0]!}-01`;
    const [tallies, transfers] = await Promise.all([
      new AnnualReviewsRepository(this.dataSource.manager).talliesByMonth({
        dueFrom: from,
        dueUntil: lastDayOf(last),
        today,
      }),
      // The transfer years of the months shown, and the next: the coming February's deadline is the one to watch.
      new PhaseTransfersRepository(this.dataSource.manager).talliesByDeadline({
        fromYear: yearOf(`${months[0]}-01`),
        toYear: yearOf(`${last}-01`) + 1,
        today,
      }),
    ]);
    return {
      months,
      annualReviews: reviewTimelinessFromTallies(tallies, months),
      phaseTransfers: phaseTransferFiguresFromTallies(transfers),
    };
  }

  /** The reviews behind a figure: those due in the month (or the 12 months to its end), or those standing one way. */
  async reviewCases(query: AnnualReviewCasesQuery): Promise<AnnualReviewCase[]> {
    const today = todayInEngland();
    const months = query.span === 'rolling' ? monthsEnding(query.month, 12) : [query.month];
    const measure = query.measure ?? 'due';
    const standing = measure === 'due' ? undefined : { is: measure, today };
    const cycles = await new AnnualReviewsRepository(this.dataSource.manager).cycles({
      dueFrom: `${months[0]}-01`,
      dueUntil: lastDayOf(query.month),
      standing,
    });
    return cycles
      .map((c): AnnualReviewCase => ({
        childId: c.childId,
        caseReference: c.caseReference,
        countsFrom: c.countsFrom,
        dueOn: c.dueOn,
        reviewMeetingOn: c.reviewMeetingOn,
        decisionOn: c.decisionOn,
        decisionOutcome: c.decisionOutcome,
        amendedPlanIssuedOn: c.amendedPlanIssuedOn,
        standing: reviewStanding(c, today),
      }))
      .filter((c) => measure === 'due' || c.standing === measure)
      .sort((a, b) =>
        a.dueOn === b.dueOn ? a.caseReference.localeCompare(b.caseReference) : a.dueOn < b.dueOn ? -1 : 1,
      );
  }

  /** The transfers behind a figure: those with this deadline, or those standing one way (outstanding: not amended yet). */
  async transferCases(query: PhaseTransferCasesQuery): Promise<PhaseTransferCase[]> {
    const today = todayInEngland();
    const rows = await new PhaseTransfersRepository(this.dataSource.manager).withDeadline(query.deadline);
    const measure = query.measure ?? 'due';
    return rows
      .map((t): PhaseTransferCase => ({
        childId: t.child_id,
        caseReference: t.case_reference,
        kind: t.kind,
        transferYear: t.transfer_year,
        deadline: t.deadline,
        amendedPlanIssuedOn: t.amended_plan_issued_on,
        standing: transferStanding(t.deadline, t.amended_plan_issued_on, today),
      }))
      .filter(
        (t: PhaseTransferCase) =>
          measure === 'due' ||
          t.standing === measure ||
          (measure === 'outstanding' && (t.standing === 'overdue' || t.standing === 'not_yet_due')),
      );
  }
}
