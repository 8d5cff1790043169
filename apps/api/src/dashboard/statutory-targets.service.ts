import { Injectable } from '@nestjs/common';
import type {
  DecisionsToAssessReport,
  DecisionToAssessCase,
  TransferYearGroupCase,
  TransferYearGroupsReport,
} from '@convene/contracts';
import {
  DECISION_TO_ASSESS_TARGET_PERCENT,
  decidedInSixWeeks,
  decisionToAssessDeadline,
  decisionToAssessTimeliness,
  monthsEnding,
  transferInYearGroup,
  transfersByYearGroup,
  yearOf,
  type TransferInYearGroup,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import { PhaseTransfersRepository } from '../reviews/phase-transfers.repository.js';
import { DecisionsToAssessRepository } from './decisions-to-assess.repository.js';
import { figurePeriod } from './figure-period.js';
import type {
  DecisionsToAssessQuery,
  DecisionToAssessCasesQuery,
  TransferYearGroupCasesQuery,
  TransferYearGroupsQuery,
} from './statutory-targets.dto.js';

/**
 * The improvement plan's targets on the statutory clock (seed 001), from the records: decisions whether to assess
 * within 6 weeks (reg 5(1)), and phase transfers amended by their deadline (reg 18) by year group.
 */
@Injectable()
export class StatutoryTargetsService {
  constructor(private readonly dataSource: DataSource) {}

  async decisionsToAssess(query: DecisionsToAssessQuery): Promise<DecisionsToAssessReport> {
    const last = query.month ?? todayInEngland().slice(0, 7);
    const months = monthsEnding(last, query.months ?? 12);
    // Decisions from 11 months before the first month shown, so every rolling year is whole.
    const { from } = figurePeriod(months[0]!, 'rolling');
    const { to } = figurePeriod(last, 'month');
    const rows = await new DecisionsToAssessRepository(this.dataSource.manager).madeBetween(from, to);
    const decisions = rows.map((row) => ({
      receivedOn: row.received_on,
      decidedOn: row.decided_on,
      exceptionCase: row.exception_case,
    }));
    return {
      months,
      targetPercent: DECISION_TO_ASSESS_TARGET_PERCENT,
      withExceptions: decisionToAssessTimeliness(decisions, months),
      withoutExceptions: decisionToAssessTimeliness(
        decisions.filter((decision) => !decision.exceptionCase),
        months,
      ),
    };
  }

  /** The decisions behind a figure: made in the month (or the 12 months to its end), in 6 weeks or late. */
  async decisionToAssessCases(query: DecisionToAssessCasesQuery): Promise<DecisionToAssessCase[]> {
    const { from, to } = figurePeriod(query.month, query.span ?? 'month');
    const rows = await new DecisionsToAssessRepository(this.dataSource.manager).madeBetween(from, to);
    const measure = query.measure ?? 'decided';
    return rows
      .map((row): DecisionToAssessCase => ({
        childId: row.child_id,
        caseReference: row.case_reference,
        receivedOn: row.received_on,
        dueOn: decisionToAssessDeadline(row.received_on),
        decidedOn: row.decided_on,
        outcome: row.refused ? 'refused' : 'agreed',
        inSixWeeks: decidedInSixWeeks({ receivedOn: row.received_on, decidedOn: row.decided_on }),
        exceptionCase: row.exception_case,
      }))
      .filter(
        (c) =>
          (query.exceptions !== 'exclude' || !c.exceptionCase) &&
          (measure === 'decided' || c.inSixWeeks === (measure === 'in_six_weeks')),
      );
  }

  async transferYearGroups(query: TransferYearGroupsQuery): Promise<TransferYearGroupsReport> {
    const today = todayInEngland();
    const transferYear = query.year ?? yearOf(today);
    const transfers = await this.transfersOf(transferYear);
    return { transferYear, yearGroups: transfersByYearGroup(transfers, today) };
  }

  /** The transfers behind a year group's figure: all those due, or those standing one way (outstanding: not amended yet). */
  async transferYearGroupCases(query: TransferYearGroupCasesQuery): Promise<TransferYearGroupCase[]> {
    const today = todayInEngland();
    const measure = query.measure ?? 'due';
    return (await this.transfersOf(query.year))
      .map((transfer): TransferYearGroupCase => {
        const { deadline, yearGroup, standing } = transferInYearGroup(transfer, today);
        return {
          childId: transfer.childId,
          caseReference: transfer.caseReference,
          kind: transfer.kind,
          transferYear: transfer.transferYear,
          deadline,
          amendedPlanIssuedOn: transfer.amendedPlanIssuedOn,
          standing,
          yearGroup,
        };
      })
      .filter(
        (t) =>
          t.yearGroup === query.yearGroup &&
          (measure === 'due' ||
            t.standing === measure ||
            (measure === 'outstanding' && (t.standing === 'overdue' || t.standing === 'not_yet_due'))),
      );
  }

  private async transfersOf(
    transferYear: number,
  ): Promise<(TransferInYearGroup & { childId: string; caseReference: string })[]> {
    const rows = await new PhaseTransfersRepository(this.dataSource.manager).ofTransferYear(transferYear);
    return rows.map((row) => ({
      childId: row.child_id,
      caseReference: row.case_reference,
      kind: row.kind,
      transferYear: row.transfer_year,
      transfersOn: row.transfers_on,
      yearGroupToday: row.year_group,
      amendedPlanIssuedOn: row.amended_plan_issued_on,
    }));
  }
}
