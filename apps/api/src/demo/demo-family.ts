import { addDays, draftCommentsLastDay, isAfter } from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { FamilyLinksRepository } from '../family/family-links.repository.js';
import { YouSaidWeDidRepository } from '../family-say/you-said-we-did.repository.js';
import type { DemoCouncil } from './demo-rows.js';
import { DEMO_LOGIN_EMAILS } from './demo-staff.js';

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

/** What families told the service, and what it changed: published by the chair (the SEND service manager). */
const YOU_SAID_WE_DID: readonly { youSaid: string; weDid: string; daysAgo: number }[] = [
  {
    youSaid: 'You said you did not know who to ask while you waited for a decision.',
    weDid:
      'We now give every family a named Family Link Officer in the first week, with their email address.',
    daysAgo: 40,
  },
  {
    youSaid: 'You said the draft plan was hard to read and full of words you did not know.',
    weDid:
      'We rewrote our plan headings in plain words, and you can now read the draft and send us your comments online.',
    daysAgo: 12,
  },
];

/** The service's "You said, we did" page, so the demo family has something to read there. */
export async function loadDemoYouSaidWeDid(
  manager: EntityManager,
  demo: DemoCouncil,
  today: string,
): Promise<void> {
  const chair = demo.users.find((u) => u.email === DEMO_LOGIN_EMAILS.chair)!;
  const entries = new YouSaidWeDidRepository(manager);
  for (const entry of YOU_SAID_WE_DID)
    await entries.add({
      youSaid: entry.youSaid,
      weDid: entry.weDid,
      publishedOn: addDays(today, -entry.daysAgo),
      writtenBy: chair.id,
    });
}
