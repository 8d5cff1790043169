import { Injectable } from '@nestjs/common';
import type { EhcPlanInFull, RedactedEhcPlan } from '@convene/contracts';
import { REDACTION_PLACEHOLDERS, redactPlanText, type EhcPlanSection } from '@convene/domain';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../identity/session-user.js';
import { CaseAccessService } from '../case-access.service.js';
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
    const [plan] = await this.dataSource.query(
      `SELECT r.id AS request_id, r.final_issued_on::text, c.id AS child_id, c.case_reference, c.given_name, c.family_name,
              c.date_of_birth::text, c.setting_name
         FROM ehc_requests r JOIN children c ON c.id = r.child_id
        WHERE r.id = $1 AND r.stage = 'final_issued'`,
      [requestId],
    );
    if (!plan) return null;
    const [parentCarers, sections] = await Promise.all([
      this.dataSource.query(`SELECT name, relationship FROM parent_carers WHERE child_id = $1 ORDER BY name, id`, [plan.child_id]),
      this.dataSource.query(`SELECT section, text FROM plan_sections WHERE request_id = $1`, [requestId]),
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
      parentCarers: parentCarers.map((p: { name: string; relationship: string }) => ({ name: p.name, relationship: p.relationship })),
      sections: new Map(sections.map((s: { section: EhcPlanSection; text: string }) => [s.section, s.text])),
    };
  }
}
