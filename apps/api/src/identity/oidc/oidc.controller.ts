import { oidcRoutes } from './oidc-routes.js';

/** Injects the staff's `OidcSignInService`. */
export const STAFF_OIDC_SIGN_IN = Symbol('STAFF_OIDC_SIGN_IN');

/** Single sign-on through the council's staff identity provider: `/api/auth/oidc`, `/start`, `/callback`. */
export class OidcController extends oidcRoutes({
  path: 'auth/oidc',
  service: STAFF_OIDC_SIGN_IN,
  provider: "single sign-on through the council's identity provider",
  returnTo: '`returnTo` must be a path on this site; anything else returns home.',
  signedIn: 'to `returnTo` for an active user the council has added',
  refused: '/sign-in?sso=failed&reason',
}) {}
