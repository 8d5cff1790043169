import { Injectable } from '@nestjs/common';
import type { DisagreementIndicatorCase, DisagreementIndicatorsReport } from '@convene/contracts';
import {
  OUTCOMES_AGAINST_THE_COUNCIL,
  daysToRegister,
  decisionTypeOf,
  disagreementIndicators,
  disagreementsBehind,
  monthsEnding,
  type AppealableDecision,
  type DisagreementKind,
  type DisagreementOnRegister,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../common/today.js';
import {
  DisagreementIndicatorsRepository,
  type DisagreementIndicatorRow,
} from './disagreement-indicators.repository.js';
import type { DisagreementCasesQuery, DisagreementIndicatorsQuery } from './disagreement-indicators.dto.js';
import { figurePeriod } from './figure-period.js';

type OnRegister = DisagreementOnRegister & { childId: string; caseReference: string };

const onRegister = (row: DisagreementIndicatorRow): OnRegister => ({
  id: row.id,
  childId: row.child_id,
  caseReference: row.case_reference,
  kind: row.kind as DisagreementKind,
  appealableDecision: row.appealable_decision as AppealableDecision | null,
  decisionNotifiedOn: row.decision_notified_on,
  openedOn: row.opened_on,
  outcome: row.outcome,
  outcomeOn: row.outcome_on,
});

/** Complaints, mediations and appeals on the dashboard (issue #28), each count with the disagreements behind it. */
@Injectable()
export class DisagreementIndicatorsService {
  constructor(private readonly dataSource: DataSource) {}

  async report(query: DisagreementIndicatorsQuery): Promise<DisagreementIndicatorsReport> {
    const month = query.month ?? todayInEngland().slice(0, 7);
    // From 11 months before the first month shown, so every rolling year is whole.
    const { from } = figurePeriod(monthsEnding(month, 12)[0]!, 'rolling');
    const { to } = figurePeriod(month, 'month');
    const repository = new DisagreementIndicatorsRepository(this.dataSource.manager);
    const [rows, tallies] = await Promise.all([
      repository.openedOrDecidedBetween(from, to),
      repository.appealableDecisionsBetween(from, to),
    ]);
    return disagreementIndicators(
      rows.map(onRegister),
      tallies.map((t) => ({ month: t.month, decisionType: t.decision_type, decisions: t.decisions })),
      month,
    );
  }

  async cases(query: DisagreementCasesQuery): Promise<DisagreementIndicatorCase[]> {
    const { from, to } = figurePeriod(query.month, query.span ?? 'month');
    const rows = await new DisagreementIndicatorsRepository(this.dataSource.manager).openedOrDecidedBetween(
      from,
      to,
    );
    return disagreementsBehind(rows.map(onRegister), {
      month: query.month,
      span: query.span ?? 'month',
      measure: query.measure,
      decisionType: query.decisionType,
    }).map((d) => ({
      disagreementId: d.id,
      childId: d.childId,
      caseReference: d.caseReference,
      kind: d.kind,
      appealableDecision: d.appealableDecision,
      decisionType: decisionTypeOf(d.appealableDecision),
      decisionNotifiedOn: d.decisionNotifiedOn,
      openedOn: d.openedOn,
      daysToRegister: d.kind === 'appeal' ? daysToRegister(d) : null,
      outcome: d.outcome,
      outcomeOn: d.outcomeOn,
      againstTheCouncil:
        d.kind === 'appeal' && d.outcome !== null && OUTCOMES_AGAINST_THE_COUNCIL.includes(d.outcome),
    }));
  }
}
