import { isBefore } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../audit/audit.service.js';
import { todayInEngland } from '../common/today.js';
import { ActionRuleError } from './actions.errors.js';
import { ActionsRepository, type NewAction } from './actions.repository.js';

/** The text, owner and due day of a new action, from wherever it is agreed. */
export interface ActionTerms {
  what: string;
  ownerUserId?: string;
  ownerTeamId?: string;
  dueOn: string;
}

/** Where an action was agreed: the case, a meeting's item, an advice request or a dip sample. */
export type ActionOriginColumns = Omit<
  NewAction,
  'what' | 'ownerUserId' | 'ownerAgencyId' | 'dueOn' | 'createdBy'
>;

/**
 * One rule for every way an action is agreed (a case page, a meeting's item, the Health Gateway, a dip sample):
 * checks its terms (422 naming the field), writes it with the caller's transaction, and returns its audit record
 * for the caller to write in the same transaction (the room's engine writes its own).
 */
export async function addAction(
  manager: EntityManager,
  actorId: string,
  terms: ActionTerms,
  origin: ActionOriginColumns,
): Promise<{ id: string; audit: AuditEntry }> {
  const actions = new ActionsRepository(manager);
  await checkTerms(actions, terms);
  const action: NewAction = {
    what: terms.what.trim(),
    ownerUserId: terms.ownerUserId ?? null,
    ownerAgencyId: terms.ownerTeamId ?? null,
    dueOn: terms.dueOn,
    createdBy: actorId,
    ...origin,
  };
  const id = await actions.add(action);
  return {
    id,
    audit: {
      actorId,
      action: 'action.added',
      entityType: 'action',
      entityId: id,
      meetingId: action.meetingId ?? null,
      after: { ...action },
    },
  };
}

async function checkTerms(actions: ActionsRepository, terms: ActionTerms): Promise<void> {
  if (!terms.what.trim()) throw new ActionRuleError('what', 'Say what is to be done.');
  if ((terms.ownerUserId === undefined) === (terms.ownerTeamId === undefined))
    throw new ActionRuleError('owner', 'Choose who owns the action: one person or one team.');
  if (terms.ownerUserId !== undefined && !(await actions.isActiveUser(terms.ownerUserId)))
    throw new ActionRuleError('ownerUserId', 'There is no active user with that id to own the action.');
  if (terms.ownerTeamId !== undefined && !(await actions.isAgency(terms.ownerTeamId)))
    throw new ActionRuleError('ownerTeamId', 'There is no team with that id to own the action.');
  if (isBefore(terms.dueOn, todayInEngland()))
    throw new ActionRuleError('dueOn', 'The day it is due by must be today or later.');
}
