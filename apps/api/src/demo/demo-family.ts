import { draftCommentsLastDay, isAfter } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { FamilyLinksRepository } from '../family/family-links.repository.js';
import type { DemoCouncil } from './demo-rows.js';

/** The demo parent's address: `.example` is reserved (RFC 2606), so no real mailbox can ever have it. */
export const DEMO_FAMILY_EMAIL = 'parent@family.example';

/**
 * A parent with a family account for the child whose draft plan went out most recently, so that the demo shows a
 * family reading the draft and commenting while the 15 days run. Added by the child's Family Link Officer, as the
 * council would.
 */
export async function loadDemoFamily(
  manager: EntityManager,
  demo: DemoCouncil,
  today: string,
): Promise<void> {
  const drafts = demo.requests
    .filter((r) => r.stage === 'draft_issued' && r.draftIssuedOn && !isAfter(r.draftIssuedOn, today))
    .sort((a, b) => b.draftIssuedOn!.localeCompare(a.draftIssuedOn!));
  const open = drafts.find((r) => !isAfter(today, draftCommentsLastDay(r.draftIssuedOn!)));
  const request = open ?? drafts[0];
  if (!request) return;
  const child = demo.children.find((c) => c.id === request.childId)!;
  const carer = demo.parentCarers.find((p) => p.childId === child.id)!;
  const links = new FamilyLinksRepository(manager);
  const userId = await links.createAccount(DEMO_FAMILY_EMAIL, carer.name);
  await links.addLink({
    userId,
    childId: child.id,
    kind: 'parent_carer',
    relationship: carer.relationship,
    contactRestricted: false,
    addedBy: child.familyLinkOfficerId,
  });
}
