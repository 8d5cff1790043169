import { Injectable } from '@nestjs/common';
import type { PhaseTransferView } from '@convene/contracts';
import {
  checkPhaseTransferAmendment,
  formatCalendarDate,
  phaseTransferClock,
  phaseTransferDeadline,
  transferStanding,
  yearOf,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { todayInEngland } from '../common/today.js';
import type { SessionUser } from '../identity/session-user.js';
import type { RecordPhaseTransferAmendmentDto } from './dto/record-phase-transfer-amendment.dto.js';
import type { RecordPhaseTransferDto } from './dto/record-phase-transfer.dto.js';
import { assertMayRecord, lockChildPlan } from './plan-keeper.js';
import { reviewClockView } from './review-clock-view.js';
import { AlreadyRecordedError, PhaseTransferNotFoundError, ReviewRuleError } from './reviews.errors.js';
import { PhaseTransfersRepository, type PhaseTransferRow } from './phase-transfers.repository.js';

/** A child's moves between phases of education (reg 18(1)) and between post-16 institutions (reg 18(2)), and the plan amended for each by its deadline. */
@Injectable()
export class PhaseTransfersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, childId: string): Promise<PhaseTransferView[]> {
    await this.access.assertCanSee(user, childId);
    const rows = await new PhaseTransfersRepository(this.dataSource.manager).ofChild(childId);
    const today = todayInEngland();
    return rows.map((row) => toView(row, today));
  }

  /** A move coming up for a child with a final plan: one a year. */
  async record(user: SessionUser, childId: string, body: RecordPhaseTransferDto): Promise<PhaseTransferView> {
    await this.access.assertCanSee(user, childId);
    const id = await this.dataSource.transaction(async (manager) => {
      const plan = await lockChildPlan(manager, childId, 'kind');
      assertMayRecord(user, plan.familyLinkOfficerId);
      const transfers = new PhaseTransfersRepository(manager);
      if (await transfers.isRecorded(childId, body.transferYear))
        throw new AlreadyRecordedError(
          `A phase transfer in ${body.transferYear} is already recorded for this child.`,
        );
      const settingName = body.settingName?.trim() || null;
      const transfersOn = moveDay(body);
      const deadline = phaseTransferDeadline(body.kind, body.transferYear, transfersOn);
      const transferId = await transfers.record({
        childId,
        requestId: plan.requestId,
        kind: body.kind,
        transferYear: body.transferYear,
        transfersOn,
        deadline,
        settingName,
        recordedBy: user.id,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'phase_transfer.recorded',
        entityType: 'phase_transfer',
        entityId: transferId,
        after: {
          childId,
          requestId: plan.requestId,
          kind: body.kind,
          transferYear: body.transferYear,
          transfersOn,
          deadline,
          settingName,
        },
      });
      return transferId;
    });
    return this.view(id);
  }

  /** The plan amended for the move, naming the school or college. */
  async recordAmendment(
    user: SessionUser,
    transferId: string,
    body: RecordPhaseTransferAmendmentDto,
  ): Promise<PhaseTransferView> {
    await this.dataSource.transaction(async (manager) => {
      const transfers = new PhaseTransfersRepository(manager);
      const transfer = await transfers.lock(transferId);
      if (!transfer) throw new PhaseTransferNotFoundError();
      await this.access.assertCanSee(user, transfer.child_id).catch(() => {
        throw new PhaseTransferNotFoundError();
      });
      assertMayRecord(user, transfer.family_link_officer_id);
      if (transfer.amended_plan_issued_on) {
        throw new AlreadyRecordedError(
          `The plan was already amended for this transfer on ${formatCalendarDate(transfer.amended_plan_issued_on)}.`,
        );
      }
      const settingName = body.settingName.trim();
      if (!settingName)
        throw new ReviewRuleError('settingName', 'Name the school or college the amended plan names.');
      const problem = checkPhaseTransferAmendment({
        planIssuedOn: transfer.final_issued_on,
        amendedPlanIssuedOn: body.amendedPlanIssuedOn,
        today: todayInEngland(),
      });
      if (problem) throw new ReviewRuleError(problem.field, problem.message);
      await transfers.recordAmendment(transferId, body.amendedPlanIssuedOn, settingName, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'phase_transfer.plan_amended',
        entityType: 'phase_transfer',
        entityId: transferId,
        before: { amendedPlanIssuedOn: null, settingName: transfer.setting_name },
        after: { amendedPlanIssuedOn: body.amendedPlanIssuedOn, settingName },
      });
    });
    return this.view(transferId);
  }

  private async view(transferId: string): Promise<PhaseTransferView> {
    return toView(
      await new PhaseTransfersRepository(this.dataSource.manager).find(transferId),
      todayInEngland(),
    );
  }
}

/**
 * reg 18(2): a move between post-16 institutions has a day of its own, in the year given, and its deadline counts
 * back from it; a move between phases happens in September and has none.
 */
function moveDay(body: RecordPhaseTransferDto): string | null {
  if (body.kind !== 'post16_to_post16') {
    if (body.transfersOn)
      throw new ReviewRuleError(
        'transfersOn',
        'Only a move between post-16 institutions has a day of its own: leave it out for a move between phases.',
      );
    return null;
  }
  if (!body.transfersOn)
    throw new ReviewRuleError(
      'transfersOn',
      'Give the day of the move: the plan is amended at least five months before it (reg 18(2)).',
    );
  if (yearOf(body.transfersOn) !== body.transferYear)
    throw new ReviewRuleError(
      'transfersOn',
      `The day of the move, ${formatCalendarDate(body.transfersOn)}, is not in ${body.transferYear}.`,
    );
  return body.transfersOn;
}

function toView(row: PhaseTransferRow, today: string): PhaseTransferView {
  const clock = phaseTransferClock(
    { kind: row.kind, transferYear: row.transfer_year, transfersOn: row.transfers_on },
    row.amended_plan_issued_on,
    today,
  );
  return {
    id: row.id,
    requestId: row.request_id,
    kind: row.kind,
    transferYear: row.transfer_year,
    transfersOn: row.transfers_on,
    deadline: row.deadline,
    settingName: row.setting_name,
    amendedPlanIssuedOn: row.amended_plan_issued_on,
    standing: transferStanding(row.deadline, row.amended_plan_issued_on, today),
    clock: reviewClockView(`transfer in ${row.transfer_year}`, [clock]),
    recordedBy: row.recorded_by_id ? { id: row.recorded_by_id, displayName: row.recorded_by_name } : null,
  };
}
