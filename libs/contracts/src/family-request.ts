import type { FamilyRequestView } from '@convene/domain';

/**
 * One child's request as their family sees it (`GET /api/family/children/{childId}/request`): the path in plain
 * words and who to contact. Only what the council shares with families: no panel votes, notes or papers.
 */
export interface FamilyRequestOverview {
  child: { id: string; firstName: string; requestReference: string };
  view: FamilyRequestView;
  /** The child's Family Link Officer, the family's person at the council; null until one is named. */
  familyLinkOfficer: { name: string; email: string } | null;
}
