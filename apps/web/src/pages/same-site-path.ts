/**
 * A path of this site to go to after signing in, from a query parameter; null for anything else. Only "/…" and
 * never "//…" (another site, to the browser) or "/\\…" (the same, to some browsers): a link in an email must not be
 * able to send someone elsewhere once they have signed in.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  return /^\/[/\\]/.test(value) ? null : value;
}
