import { Injectable } from '@nestjs/common';
import type { EhcPlanInFull, RedactedEhcPlan } from '@convene/contracts';
import { REDACTION_PLACEHOLDERS, redactPlanText, type EhcPlanSection } from '@convene/domain';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';
import { CaseAccessService } from '../case-access.service.js';
import { EhcPlansRepository } from './ehc-plans.repository.js';
import { PlanNotFoundError } from './plan-not-found.error.js';
import { planSectionViews } from './plan-section-views.js';

/** An issued plan as stored: its sections, and who it names. */
interface IssuedPlan {
  requestId: string;
  childId: string;
  caseReference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  settingName: string | null;
  finalIssuedOn: string | null;
  parentCarers: { name: string; relationship: string }[];
  sections: Map<EhcPlanSection, string>;
}

/**
 * Issued EHC plans: in full, with names, for the roles that may see a child's name; redacted and
 * pseudonymous for everyone else who reviews them (the callers check that the plan is theirs to review).
 */
@Injectable()
export class EhcPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async inFull(user: SessionUser, requestId: string): Promise<EhcPlanInFull> {
    if (!this.caseAccess.seesPersonalFields(user)) throw new PlanNotFoundError();
    const plan = await this.issued(requestId);
    if (!plan) throw new PlanNotFoundError();
    await this.caseAccess.assertCanSee(user, plan.childId);
    return {
      requestId: plan.requestId,
      childId: plan.childId,
      caseReference: plan.caseReference,
      child: { givenName: plan.givenName, familyName: plan.familyName, dateOfBirth: plan.dateOfBirth },
      parentCarers: plan.parentCarers,
      settingName: plan.settingName,
      finalIssuedOn: plan.finalIssuedOn,
      sections: planSectionViews(plan.sections),
    };
  }

  /** The plan with the child, family, setting, dates and contact details taken out: the case reference stays. */
  async redacted(requestId: string): Promise<RedactedEhcPlan> {
    const plan = await this.issued(requestId);
    if (!plan) throw new PlanNotFoundError();
    const identifiers = {
      child: { givenName: plan.givenName, familyName: plan.familyName },
      parentCarers: plan.parentCarers.map((p) => p.name),
      settingName: plan.settingName,
    };
    return {
      caseReference: plan.caseReference,
      sections: planSectionViews(plan.sections, (text) => redactPlanText(text, identifiers)),
      placeholders: Object.values(REDACTION_PLACEHOLDERS),
    };
  }

  private async issued(requestId: string): Promise<IssuedPlan | null> {
    const plans = new EhcPlansRepository(this.dataSource.manager);
    const plan = await plans.issued(requestId);
    if (!plan) return null;
    const [parentCarers, sections] = await Promise.all([
      plans.parentCarers(plan.child_id),
      plans.sections(requestId),
    ]);
    return {
      requestId: plan.request_id,
      childId: plan.child_id,
      caseReference: plan.case_reference,
      givenName: plan.given_name,
      familyName: plan.family_name,
      dateOfBirth: plan.date_of_birth,
      settingName: plan.setting_name,
      finalIssuedOn: plan.final_issued_on,
      parentCarers: parentCarers.map((p) => ({ name: p.name, relationship: p.relationship })),
      sections: new Map(sections.map((s) => [s.section, s.text])),
    };
  }
}
