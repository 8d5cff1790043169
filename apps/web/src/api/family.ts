import type {
  FamilyAdvice,
  FamilyChild,
  FamilyDecisions,
  FamilyPlan,
  FamilyPlanReviews,
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

/** A family route about one of their children. */
const ofChild = (childId: string, what: string) =>
  `/api/family/children/${encodeURIComponent(childId)}/${what}`;

export const familyRequest = (childId: string) => getJson<FamilyRequestOverview>(ofChild(childId, 'request'));

export const familyDecisions = (childId: string) => getJson<FamilyDecisions>(ofChild(childId, 'decisions'));

/** Where the browser downloads a decision's letter (a PDF, sent as an attachment). */
export const familyLetterUrl = (childId: string, decisionId: string) =>
  ofChild(childId, `decisions/${encodeURIComponent(decisionId)}/letter`);

export const familyAdvice = (childId: string) => getJson<FamilyAdvice>(ofChild(childId, 'advice'));

export const familyPlanReviews = (childId: string) => getJson<FamilyPlanReviews>(ofChild(childId, 'reviews'));

/** The child's draft plan while it is out, then the final plan. */
export const familyPlan = (childId: string) => getJson<FamilyPlan>(ofChild(childId, 'plan'));

/** Comments on the draft and, if the family names one, the school or college they would like. */
export const sendDraftComments = (childId: string, sent: SendDraftComments) =>
  postJson<SentDraftComments>(ofChild(childId, 'plan/comments'), sent);
