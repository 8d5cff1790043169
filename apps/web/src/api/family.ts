import type {
  FamilyChild,
  FamilyPlan,
  FamilyRequestOverview,
  FamilySignInLinkAsked,
  SendDraftComments,
  SentDraftComments,
  SignedInUser,
} from '@convene/contracts';
import { getJson, postJson } from './http';

/** Asks for a one-time sign-in link; the same answer whether or not the address is known. */
export const askForSignInLink = (email: string) =>
  postJson<FamilySignInLinkAsked>('/api/auth/family/link', { email });

/** Signs in with the token from the link, in the browser that asked for it. */
export const signInWithLink = (token: string) =>
  postJson<SignedInUser>('/api/auth/family/link/redeem', { token });

/** Whether the council's residents' identity provider is set up, and the words on its button. */
export const residentSignInStatus = () =>
  getJson<{ enabled: boolean; label: string }>('/api/auth/family/oidc');

/** Where the resident account button goes: the API sends the browser on to the provider. */
export const RESIDENT_SIGN_IN_START = '/api/auth/family/oidc/start';

export const familyChildren = () => getJson<FamilyChild[]>('/api/family/children');

export const familyRequest = (childId: string) =>
  getJson<FamilyRequestOverview>(`/api/family/children/${encodeURIComponent(childId)}/request`);

/** The child's draft plan while it is out, then the final plan. */
export const familyPlan = (childId: string) =>
  getJson<FamilyPlan>(`/api/family/children/${encodeURIComponent(childId)}/plan`);

/** Comments on the draft and, if the family names one, the school or college they would like. */
export const sendDraftComments = (childId: string, sent: SendDraftComments) =>
  postJson<SentDraftComments>(`/api/family/children/${encodeURIComponent(childId)}/plan/comments`, sent);
