/** Why a sign-in link did not work, in words a parent reads on their phone, and what to do. */
export const LINK_PROBLEMS: Record<string, string> = {
  sign_in_link_expired: 'This link has run out. Links work for 15 minutes. Ask for a new one below.',
  sign_in_link_used: 'This link has been used already. Each link works once. Ask for a new one below.',
  sign_in_link_other_browser:
    'Open the link on the same phone or computer, in the same browser, that you asked for it on. Or ask for a new one below.',
  sign_in_link_unknown:
    'This link does not work. Check you used the whole link from the email, or ask for a new one below.',
};

/** The token in a link's fragment (`#token=…`), which never reaches a server's logs. */
export function tokenInFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}
