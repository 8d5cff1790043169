import { Injectable } from '@nestjs/common';
import type { AddPlacement, Sen2ReturnDetails, UpdateSen2ReturnDetails } from '@convene/contracts';
import { isAfter, isBefore, isUkPostcode, isValidUpn } from '@convene/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { NothingToChangeError } from '../../common/nothing-to-change.error.js';
import { todayInEngland } from '../../common/today.js';
import type { SessionUser } from '../../identity/session-user.js';
import { CaseAccessService, CaseNotFoundError } from '../case-access.service.js';
import { ReturnDetailRuleError } from './return-details.errors.js';
import { ReturnDetailsRepository, type ChildReturnFields } from './return-details.repository.js';

const CHILD_KEYS = [
  'upn',
  'uln',
  'upnUnknown',
  'sex',
  'ethnicity',
  'postcode',
  'senType',
  'secondSenType',
] as const;

/**
 * What the SEN2 return needs of a child that the case record did not hold: recorded and corrected from the case
 * page by the child's Family Link Officer, a SEND manager or an administrator; every change in the audit trail.
 */
@Injectable()
export class ReturnDetailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async details(user: SessionUser, childId: string): Promise<Sen2ReturnDetails> {
    await this.access.assertCanSee(user, childId);
    const details = await new ReturnDetailsRepository(this.dataSource.manager).details(childId);
    if (!details) throw new CaseNotFoundError();
    return details;
  }

  async update(
    user: SessionUser,
    childId: string,
    change: UpdateSen2ReturnDetails,
  ): Promise<Sen2ReturnDetails> {
    await this.access.assertCanSee(user, childId);
    const givesChild = CHILD_KEYS.some((key) => change[key] !== undefined);
    const givesEnding = change.planCeasedOn !== undefined || change.planCeaseReason !== undefined;
    if (!givesChild && !givesEnding)
      throw new NothingToChangeError('Give at least one return detail to change.');
    await this.dataSource.transaction(async (manager) => {
      const details = new ReturnDetailsRepository(manager);
      const before = await details.lockChild(childId);
      if (!before) throw new CaseNotFoundError();
      if (givesChild) {
        const after = checkedChild(before, change);
        await details.updateChild(childId, after);
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'child.return_details_changed',
          entityType: 'child',
          entityId: childId,
          before: { ...before },
          after: { ...after },
        });
      }
      if (givesEnding) {
        const plan = await details.latestPlan(childId);
        if (!plan) throw new ReturnDetailRuleError('planCeasedOn', 'This child has no final plan to cease.');
        const ceasedOn = change.planCeasedOn === undefined ? plan.ceasedOn : change.planCeasedOn;
        const reason = change.planCeaseReason === undefined ? plan.ceaseReason : change.planCeaseReason;
        if ((ceasedOn === null) !== (reason === null))
          throw new ReturnDetailRuleError(
            ceasedOn === null ? 'planCeasedOn' : 'planCeaseReason',
            'Give the day the plan ceased and why, together (or clear both).',
          );
        if (ceasedOn !== null && isBefore(ceasedOn, plan.finalIssuedOn))
          throw new ReturnDetailRuleError(
            'planCeasedOn',
            'A plan cannot cease before its final version was issued.',
          );
        if (ceasedOn !== null && isAfter(ceasedOn, todayInEngland()))
          throw new ReturnDetailRuleError('planCeasedOn', 'The day the plan ceased cannot be in the future.');
        await details.setPlanEnding(plan.requestId, ceasedOn, reason);
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'request.plan_ceased',
          entityType: 'request',
          entityId: plan.requestId,
          before: { planCeasedOn: plan.ceasedOn, planCeaseReason: plan.ceaseReason },
          after: { planCeasedOn: ceasedOn, planCeaseReason: reason },
        });
      }
    });
    return this.details(user, childId);
  }

  async addPlacement(
    user: SessionUser,
    childId: string,
    placement: AddPlacement,
  ): Promise<Sen2ReturnDetails> {
    await this.access.assertCanSee(user, childId);
    const urn = placement.urn ?? null;
    const ukprn = placement.ukprn ?? null;
    const senSetting = placement.senSetting ?? null;
    const establishmentName = placement.establishmentName?.trim() || null;
    if (urn === null && ukprn === null && senSetting === null && establishmentName === null)
      throw new ReturnDetailRuleError(
        'urn',
        'Give the establishment’s URN or UKPRN, or the kind of setting it is (or its name, until the number is known).',
      );
    const senSettingOther = placement.senSettingOther?.trim() || null;
    if (senSetting === 'OTH' && senSettingOther === null)
      throw new ReturnDetailRuleError('senSettingOther', 'Say what the other kind of setting is.');
    const leavingDate = placement.leavingDate ?? null;
    if (leavingDate !== null && isBefore(leavingDate, placement.entryDate))
      throw new ReturnDetailRuleError('leavingDate', 'The leaving date cannot be before the start date.');
    await this.dataSource.transaction(async (manager) => {
      const details = new ReturnDetailsRepository(manager);
      if (!(await details.lockChild(childId))) throw new CaseNotFoundError();
      const row = {
        childId,
        establishmentName,
        urn,
        ukprn,
        senSetting,
        senSettingOther: senSetting === 'OTH' ? senSettingOther : null,
        rank: placement.rank,
        entryDate: placement.entryDate,
        leavingDate,
        senUnit: placement.senUnit,
        resourcedProvision: placement.resourcedProvision,
        recordedBy: user.id,
      };
      const id = await details.addPlacement(row);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'placement.added',
        entityType: 'placement',
        entityId: id,
        after: { ...row },
      });
    });
    return this.details(user, childId);
  }
}

/** The child's fields after the change, each checked against the specification's rule for it. */
function checkedChild(before: ChildReturnFields, change: UpdateSen2ReturnDetails): ChildReturnFields {
  const pick = <K extends (typeof CHILD_KEYS)[number]>(key: K): ChildReturnFields[K] =>
    (change[key] === undefined ? before[key] : change[key]) as ChildReturnFields[K];
  const upn = pick('upn')?.trim().toUpperCase() || null;
  if (upn !== null && !isValidUpn(upn))
    throw new ReturnDetailRuleError(
      'upn',
      'That is not a valid UPN: check the 13 characters and the check letter.',
    );
  const postcode = pick('postcode')?.trim().toUpperCase().replace(/\s+/g, ' ') || null;
  if (postcode !== null && !isUkPostcode(postcode))
    throw new ReturnDetailRuleError('postcode', 'Give a full UK postcode, such as NE1 4ST.');
  const senType = pick('senType');
  const secondSenType = pick('secondSenType');
  if (secondSenType !== null && senType === null)
    throw new ReturnDetailRuleError(
      'secondSenType',
      'Record the primary type of need before a secondary one.',
    );
  if (secondSenType !== null && secondSenType === senType)
    throw new ReturnDetailRuleError(
      'secondSenType',
      'The secondary type of need must differ from the primary one.',
    );
  // A UPN recorded replaces the reason there was none.
  const upnUnknown = upn !== null && change.upnUnknown === undefined ? null : pick('upnUnknown');
  if (upn !== null && upnUnknown !== null)
    throw new ReturnDetailRuleError('upnUnknown', 'Give either the UPN or why it is not known, not both.');
  return {
    upn,
    uln: pick('uln')?.trim() || null,
    upnUnknown,
    sex: pick('sex'),
    ethnicity: pick('ethnicity'),
    postcode,
    senType,
    secondSenType,
  };
}
