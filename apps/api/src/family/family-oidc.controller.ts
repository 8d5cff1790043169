import { oidcRoutes } from '../identity/oidc/oidc-routes.js';

/** Injects the families' `OidcSignInService`. */
export const FAMILY_OIDC_SIGN_IN = Symbol('FAMILY_OIDC_SIGN_IN');

/** Families sign in through the council's residents' identity provider: `/api/auth/family/oidc`, `/start`, `/callback`. */
export class FamilyOidcController extends oidcRoutes({
  path: 'auth/family/oidc',
  service: FAMILY_OIDC_SIGN_IN,
  provider: "the council's residents' identity provider (families)",
  returnTo: 'Not used: families always land on /family.',
  signedIn: 'to /family for a live family account the council has recorded (active, linked to a child now)',
  refused: '/family/sign-in?problem',
}) {}
