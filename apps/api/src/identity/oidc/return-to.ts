const HOME = '/';
const MAX_LENGTH = 1024;
const SAME_SITE = new URL('https://convene.invalid');

/**
 * Where to send someone after single sign-on: a path on this site, or home. Anything that a browser
 * could read as another site (`//evil.example`, `/\evil.example`, `https://…`, a path with a tab or
 * newline that browsers strip) becomes `/`, so the sign-in link cannot be used as an open redirect.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return HOME;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return HOME;
  if (hasControlCharacter(value)) return HOME;
  const url = new URL(value, SAME_SITE);
  if (url.origin !== SAME_SITE.origin) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A C0 control character or DEL: never part of an address a person typed or a link we made. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
