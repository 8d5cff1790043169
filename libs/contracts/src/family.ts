import type { FamilyMemberKind } from '@convene/domain';

/** Someone who may sign in to see one child's case, as the child's Family Link Officer manages them. */
export interface FamilyMember {
  /** The family link's id: this person's access to this child. */
  id: string;
  name: string;
  email: string;
  kind: FamilyMemberKind;
  relationship: string;
  contactRestricted: boolean;
  addedAt: string;
}

export interface AddFamilyMember {
  name: string;
  email: string;
  kind: FamilyMemberKind;
  /** Must be true for a parent or carer: only those with parental responsibility have an account. */
  parentalResponsibility?: boolean;
  relationship: string;
  contactRestricted?: boolean;
}

export interface ChangeFamilyMember {
  email?: string;
  relationship?: string;
  contactRestricted?: boolean;
}

/** A child a family account covers, as the family sees it: first name only. */
export interface FamilyChild {
  id: string;
  firstName: string;
  requestReference: string;
}

export interface AskForFamilySignInLink {
  email: string;
}

/** The one answer to asking for a link, whether or not the address is known. */
export interface FamilySignInLinkAsked {
  message: string;
  /**
   * Only for a demo account (an address at a `.example` domain, which no real mailbox can have, while the council's
   * demo data is on): the link its email carries, so the demo can be tried without a mail server.
   */
  demoLink?: string;
}

export interface RedeemFamilySignInLink {
  token: string;
}

/** The cookie that binds a one-time sign-in link to the browser that asked for it. */
export const FAMILY_LINK_BROWSER_COOKIE = 'convene_family_link';

export const FAMILY_SIGN_IN_ERROR_CODES = {
  expired: 'sign_in_link_expired',
  used: 'sign_in_link_used',
  otherBrowser: 'sign_in_link_other_browser',
  unknown: 'sign_in_link_unknown',
} as const;
